import { PrintJobError } from '../../devices/printing/printers';
import { ApiError } from '../api-error';
import type { Handlers } from '../handlers';
import { localOnly } from './devices';

/** What the printer said, after whose words they are; the registrar reads it under 打印失败. */
function printerFailure(err: PrintJobError): ApiError {
  return new ApiError('PRINTER_FAILED', undefined, err.printer ? `${err.printer}：${err.reason}` : err.reason);
}

async function asApiError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof PrintJobError) throw printerFailure(err);
    throw err;
  }
}

/** The device plane in headless mode: this PC's printers, for screens opened on this PC only. */
export const printerHandlers: Pick<Handlers, 'listPrinters' | 'printPdf'> = {
  async listPrinters(ctx, { loopback }) {
    localOnly(loopback);
    return { items: await asApiError(() => ctx.printers.list()) };
  },
  async printPdf(ctx, { body, loopback }) {
    localOnly(loopback);
    const pdf = Buffer.from(body.pdfBase64, 'base64');
    return asApiError(() => ctx.printers.print(body.printer, pdf, body.title));
  },
};
