import { cupsPrinterSystem } from './cups';
import { pdfFolderPrinter } from './pdf-folder';
import type { PrinterSystem } from './types';
import { windowsPrinterSystem } from './windows';

export { PrintJobError } from './types';
export type { PrinterInfo, PrinterSystem, PrintJobResult } from './types';

export interface PrinterSystemOptions {
  /** HALL_PRINTER: a printer name, or `pdf:DIR`. */
  readonly configured: string | undefined;
  readonly platform?: NodeJS.Platform;
  /** CUPS_SERVER syntax; default the CUPS_SERVER variable, else localhost:631. */
  readonly cupsUrl?: string;
  /** For the PDF folder's file names. */
  readonly now?: () => number;
  /** How long a CUPS job may take before it is cancelled and reported (default 60 s). */
  readonly jobTimeoutMs?: number;
}

const PDF_FOLDER = 'pdf:';

/** The printers of this PC: a PDF folder when HALL_PRINTER says so, else the OS's own. */
export function openPrinterSystem(opts: PrinterSystemOptions): PrinterSystem {
  const configured = opts.configured;
  if (configured?.startsWith(PDF_FOLDER)) {
    const dir = configured.slice(PDF_FOLDER.length);
    if (dir.trim() === '') throw new Error('HALL_PRINTER=pdf: 之后须写上保存 PDF 的目录');
    return pdfFolderPrinter(configured, dir, opts.now);
  }
  if ((opts.platform ?? process.platform) === 'win32') return windowsPrinterSystem(configured);
  return cupsPrinterSystem({
    server: opts.cupsUrl ?? (process.env.CUPS_SERVER || 'localhost:631'),
    configured,
    ...(opts.jobTimeoutMs !== undefined ? { jobTimeoutMs: opts.jobTimeoutMs } : {}),
  });
}
