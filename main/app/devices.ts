import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { DEVICE_CHANNELS, type DeviceAnswer } from '../contract/bridge';
import { SimulatorAction } from '../contract/devices';
import { API_ERRORS } from '../contract/errors';
import type { IdcardService, ServiceError } from '../server/devices/idcard-service';
import { PrintJobRequest } from '../contract/printing-devices';
import { PrintJobError, type PrinterSystem } from '../devices/printing/printers';

function refused(error: ServiceError): DeviceAnswer<never> {
  return { ok: false, error: { code: error.code, message: `${API_ERRORS[error.code].message}（${error.message}）` } };
}

/**
 * The device calls of the preload bridge. Each checks that it comes from our own page on the host
 * and validates its arguments before the reader is touched.
 */
export function handleDeviceCalls(idcard: IdcardService, printers: PrinterSystem, hostOrigin: string): void {
  const fromOurPage = (event: IpcMainInvokeEvent) => event.senderFrame !== null && new URL(event.senderFrame.url).origin === hostOrigin;
  const denied: DeviceAnswer<never> = { ok: false, error: { code: 'DEVICE_REMOTE', message: API_ERRORS.DEVICE_REMOTE.message } };

  ipcMain.handle(DEVICE_CHANNELS.readerStatus, (event) => (fromOurPage(event) ? { ok: true, value: idcard.status() } : denied));
  ipcMain.handle(DEVICE_CHANNELS.readCard, async (event, timeoutSeconds: unknown) => {
    if (!fromOurPage(event)) return denied;
    const seconds = z.number().int().min(1).max(60).safeParse(timeoutSeconds);
    const r = await idcard.read((seconds.success ? seconds.data : 15) * 1000);
    if (!r.ok) return refused(r.error);
    const { identity, photo, readAt, elapsedMs } = r.value;
    return { ok: true, value: { identity, photoDecoded: photo.photoDecoded, photoNote: photo.photoDecoded ? null : photo.reason, readAt: new Date(readAt).toISOString(), elapsedMs } };
  });
  ipcMain.handle(DEVICE_CHANNELS.simulateCard, (event, action: unknown) => {
    if (!fromOurPage(event)) return denied;
    const parsed = SimulatorAction.safeParse(action);
    if (!parsed.success) return { ok: false, error: { code: 'VALIDATION', message: API_ERRORS.VALIDATION.message } };
    const r = idcard.simulate(parsed.data);
    return r.ok ? { ok: true, value: { ok: true } } : refused(r.error);
  });
  ipcMain.handle(DEVICE_CHANNELS.listPrinters, async (event) => {
    if (!fromOurPage(event)) return denied;
    return printerAnswer(async () => ({ items: await printers.list() }));
  });
  ipcMain.handle(DEVICE_CHANNELS.printPdf, async (event, job: unknown) => {
    if (!fromOurPage(event)) return denied;
    const parsed = PrintJobRequest.safeParse(job);
    if (!parsed.success) return { ok: false, error: { code: 'VALIDATION', message: API_ERRORS.VALIDATION.message } };
    const { printer, pdfBase64, title } = parsed.data;
    return printerAnswer(() => printers.print(printer, Buffer.from(pdfBase64, 'base64'), title));
  });
}

/** A failed job answers with the printer's own words, as the loopback route does. */
async function printerAnswer<T>(work: () => Promise<T>): Promise<DeviceAnswer<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (err) {
    if (!(err instanceof PrintJobError)) throw err;
    return { ok: false, error: { code: 'PRINTER_FAILED', message: `${API_ERRORS.PRINTER_FAILED.message}（${err.printer ? `${err.printer}：` : ''}${err.reason}）` } };
  }
}
