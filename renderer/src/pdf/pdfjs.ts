import type { PDFDocumentProxy } from 'pdfjs-dist';
import { bytesFromBase64 } from '../api/base64';

export type { PDFDocumentProxy };


/** pdf.js, loaded the first time a PDF is shown: most screens never need it, and stations fetch the bundle over the LAN. */
async function pdfjs() {
  const [lib, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  // The worker comes from our own origin, so the CSP's script-src 'self' admits it (no blob: worker).
  lib.GlobalWorkerOptions.workerSrc = worker.default;
  return lib;
}

/**
 * Opens a PDF the host rendered. No eval (the CSP has no 'unsafe-eval'), no WebAssembly decoders (our PDFs carry
 * only TrueType text, vectors and JPEG photos, which pdf.js decodes in plain script): nothing the CSP refuses.
 */
export async function openPdf(base64: string): Promise<PDFDocumentProxy> {
  const lib = await pdfjs();
  return lib.getDocument({ data: bytesFromBase64(base64), isEvalSupported: false, useWasm: false, enableXfa: false }).promise;
}
