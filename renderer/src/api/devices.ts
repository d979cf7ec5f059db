import { z } from 'zod';
import { API_ERRORS, CardReadingView, ReaderStatus, type DeviceAnswer, type HallBridge, type SimulatorAction } from '../../../main/contract';
import { PrinterList, PrintJobView, type PrintJobRequest } from '../../../main/contract/printing-devices';
import { ApiError, call } from './client';

export type ReaderStatusView = z.infer<typeof ReaderStatus>;
export type SimulatorActionInput = z.infer<typeof SimulatorAction>;
export type { CardReadingView };

/**
 * This PC's devices, as the screens see them: one interface whatever carries the call. A refusal is
 * an ApiError with the Chinese message to show (未读到证件 …), never a transport detail.
 */
export interface DeviceClient {
  readerStatus(): Promise<ReaderStatusView>;
  /** The card on the reader, or the next one placed within the time-out (IDCARD_NO_CARD after it). */
  readCard(timeoutSeconds: number): Promise<CardReadingView>;
  /** The simulated reader only: place a sample card, or take it away. */
  simulateCard(action: SimulatorActionInput): Promise<void>;
  /** This PC's printers with their state. */
  listPrinters(): Promise<z.infer<typeof PrinterList>>;
  /** Prints a PDF silently; PRINTER_FAILED carries the printer's own reason. */
  printPdf(job: PrintJobRequest): Promise<PrintJobView>;
}

const BAD_ANSWER = { code: 'BAD_RESPONSE', message: '读卡器返回的数据无法识别，请联系系统管理员' };
const NO_BRIDGE = { code: 'DEVICE_BRIDGE', message: '无法连接本机设备服务，请重新启动登记系统' };

/** The HTTP status the same refusal has on the loopback routes, so both implementations throw alike. */
function statusOf(code: string): number {
  return Object.hasOwn(API_ERRORS, code) ? API_ERRORS[code as keyof typeof API_ERRORS].status : 500;
}

/** Unwraps an IPC answer, checked against the same schema the HTTP client checks the route's answer with. */
async function unwrap<T>(pending: Promise<DeviceAnswer<unknown>>, schema: z.ZodType<T>): Promise<T> {
  let answer: DeviceAnswer<unknown>;
  try {
    answer = await pending;
  } catch {
    throw new ApiError(0, NO_BRIDGE);
  }
  if (!answer.ok) throw new ApiError(statusOf(answer.error.code), answer.error);
  const parsed = schema.safeParse(answer.value);
  if (!parsed.success) throw new ApiError(500, BAD_ANSWER);
  return parsed.data;
}

/** Electron: the preload bridge to this PC's main process (a station's reader is its own, not the host's). */
function bridgeDevices(bridge: HallBridge['devices']): DeviceClient {
  return {
    readerStatus: () => unwrap(bridge.readerStatus(), ReaderStatus),
    readCard: (timeoutSeconds) => unwrap(bridge.readCard(timeoutSeconds), CardReadingView),
    simulateCard: async (action) => void (await unwrap(bridge.simulateCard(action), z.object({ ok: z.literal(true) }))),
    listPrinters: () => unwrap(bridge.listPrinters(), PrinterList),
    printPdf: (job) => unwrap(bridge.printPdf(job), PrintJobView),
  };
}

/** Headless host and tests: the loopback-only device routes, through the typed client. */
function loopbackDevices(): DeviceClient {
  return {
    readerStatus: () => call('idcardStatus'),
    readCard: (timeoutSeconds) => call('idcardRead', { body: { timeoutSeconds } }),
    simulateCard: async (action) => void (await call('idcardSimulate', { body: action })),
    listPrinters: () => call('listPrinters'),
    printPdf: (job) => call('printPdf', { body: job }),
  };
}

/** Chosen once, when the renderer loads; nothing else asks which one it is. */
export const devices: DeviceClient = window.hall?.devices ? bridgeDevices(window.hall.devices) : loopbackDevices();
