import { Alert, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { openPdf, type PDFDocumentProxy } from './pdfjs';

/** One page on a canvas as sharp as the screen allows; redrawn when the zoom changes. */
function PdfPage({ doc, number, scale }: { doc: PDFDocumentProxy; number: number; scale: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let cancel = () => {};
    setDrawn(false);
    void doc.getPage(number).then((page) => {
      const el = canvas.current;
      if (cancelled || !el) return;
      const viewport = page.getViewport({ scale });
      const ratio = window.devicePixelRatio || 1;
      el.width = Math.floor(viewport.width * ratio);
      el.height = Math.floor(viewport.height * ratio);
      el.style.width = `${Math.floor(viewport.width)}px`;
      el.style.height = `${Math.floor(viewport.height)}px`;
      const task = page.render({ canvas: el, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
      cancel = () => task.cancel();
      task.promise.then(
        () => !cancelled && setDrawn(true),
        () => {
          // Cancelled by a new zoom or by closing: the next render (if any) draws it.
        },
      );
    });
    return () => {
      cancelled = true;
      cancel();
    };
  }, [doc, number, scale]);

  return (
    <canvas
      ref={canvas}
      data-testid="pdf-page"
      data-drawn={drawn ? 'true' : 'false'}
      aria-label={`第 ${number} 页`}
      style={{ display: 'block', background: '#fff', boxShadow: '0 1px 6px rgba(0, 0, 0, 0.25)' }}
    />
  );
}

/** Every page of a PDF, one under the other, at `scale` (1 = 72 pixels per inch, as pdf.js counts). */
export function PdfPages({ base64, scale }: { base64: string; scale: number }) {
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    let opened: PDFDocumentProxy | null = null;
    setDoc(null);
    setFailed(false);
    openPdf(base64).then(
      (d) => {
        opened = d;
        if (live) setDoc(d);
        else void d.destroy();
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      void opened?.destroy();
    };
  }, [base64]);

  if (failed) return <Alert type="error" showIcon title="无法显示该 PDF，请重新预览" />;
  if (!doc) return <Spin description="正在显示…" />;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 16 }}>
      {Array.from({ length: doc.numPages }, (_, i) => (
        <PdfPage key={i} doc={doc} number={i + 1} scale={scale} />
      ))}
    </div>
  );
}
