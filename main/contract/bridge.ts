// Shared by the Electron main process, the preload and the renderer: no Node or Electron APIs here.
import type { z } from 'zod';
import type { CardReadingView, ReaderStatus, SimulatorAction } from './devices';
import type { ErrorBody } from './errors';
import type { PrinterList, PrintJobRequest, PrintJobView } from './printing-devices';

/** A device call's answer over IPC: the same shapes as the loopback device routes. */
export type DeviceAnswer<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ErrorBody };

/** What the preload exposes to the renderer as `window.hall`: small, typed, and nothing else. */
export interface HallBridge {
  /** The host the renderer talks to: the in-process host in one-desk mode, the hall host in station mode. */
  readonly hostUrl: string;
  readonly appVersion: string;
  readonly mode: 'desk' | 'station';
  /** This PC's card reader, through the main process (a station's reader is its own, not the host's). */
  readonly devices: {
    readerStatus(): Promise<DeviceAnswer<z.infer<typeof ReaderStatus>>>;
    readCard(timeoutSeconds: number): Promise<DeviceAnswer<CardReadingView>>;
    simulateCard(action: z.infer<typeof SimulatorAction>): Promise<DeviceAnswer<{ ok: true }>>;
    /** This PC's printers, and a PDF printed silently on one of them (the station's certificate printer). */
    listPrinters(): Promise<DeviceAnswer<z.infer<typeof PrinterList>>>;
    printPdf(job: PrintJobRequest): Promise<DeviceAnswer<PrintJobView>>;
  };
}

export const BRIDGE_CHANNEL = 'hall:bridge-info';
export const DEVICE_CHANNELS = {
  readerStatus: 'hall:idcard-status',
  readCard: 'hall:idcard-read',
  simulateCard: 'hall:idcard-simulate',
  listPrinters: 'hall:printers-list',
  printPdf: 'hall:printer-print',
} as const;
