import type { PrinterView, PrintJobRequest, PrintJobView } from '../../../main/contract/printing-devices';
import { devices } from './devices';

/**
 * This PC's printers, as the screens see them: the preload bridge in Electron (a station prints on its own
 * printer), the loopback device routes in a browser on the host. A failed job is an ApiError (PRINTER_FAILED)
 * whose message carries the printer's own reason.
 */
export interface PrinterClient {
  list(): Promise<readonly PrinterView[]>;
  /** Resolves once the spooler finished the job (or the PDF folder holds it). */
  print(job: PrintJobRequest): Promise<PrintJobView>;
}

export const printers: PrinterClient = {
  list: async () => (await devices.listPrinters()).items,
  print: (job) => devices.printPdf(job),
};
