import fs from 'node:fs/promises';
import net from 'node:net';
import { CharacterSet, PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import { SERVICE_LABELS, type Service } from '../../domain/queue/services';

export interface TicketSlip {
  readonly officeName: string;
  readonly number: string;
  readonly service: Service;
  readonly ahead: number | null;
  readonly issuedAt: string;
  readonly appointmentSlot: string | null;
}

/** 80 mm paper holds 48 columns of the printer's small font; 58 mm holds 32. */
const COLUMNS = 48;
const SEND_TIMEOUT_MS = 5_000;

const beijing = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' });

/**
 * The ESC/POS bytes of a queue ticket, built by node-thermal-printer (Chinese text in the printer's
 * GB code page). Its own interface is never used: the host sends the bytes itself, so a failure carries the printer's own reason.
 */
export function ticketBytes(t: TicketSlip): Buffer {
  const printer = new ThermalPrinter({
    type: PrinterTypes.EPSON,
    interface: { execute: () => Promise.resolve(), isPrinterConnected: () => Promise.resolve(true) } as unknown as string,
    characterSet: CharacterSet.CHINA,
    width: COLUMNS,
    removeSpecialCharacters: false,
  });
  printer.alignCenter();
  printer.println(t.officeName);
  printer.println(SERVICE_LABELS[t.service]);
  printer.drawLine();
  printer.setTextSize(3, 3);
  printer.bold(true);
  printer.println(t.number);
  printer.bold(false);
  printer.setTextNormal();
  printer.drawLine();
  if (t.appointmentSlot) printer.println(`预约时段 ${t.appointmentSlot}`);
  if (t.ahead !== null) printer.println(`您前面还有 ${t.ahead} 人等候`);
  printer.println(`取号时间 ${beijing.format(new Date(t.issuedAt))}`);
  printer.println('请留意叫号屏幕和语音提示，过号须重新取号');
  printer.cut();
  return printer.getBuffer();
}

export class TicketPrintError extends Error {}

/** Sends the ticket to a kiosk's printer: `tcp:HOST:PORT` (a network ESC/POS printer) or `file:PATH` (e.g. /dev/usb/lp0). */
export async function sendToPrinter(target: string, bytes: Buffer): Promise<void> {
  const [scheme, ...rest] = target.split(':');
  if (scheme === 'file') {
    await fs.writeFile(rest.join(':'), bytes, { flag: 'a' }).catch((err: Error) => {
      throw new TicketPrintError(`打印机 ${target} 无法写入：${err.message}`);
    });
    return;
  }
  if (scheme === 'tcp') {
    const port = Number(rest[rest.length - 1]);
    const host = rest.slice(0, -1).join(':');
    await new Promise<void>((resolve, reject) => {
      const socket = net.connect({ host, port });
      const fail = (why: string) => {
        socket.destroy();
        reject(new TicketPrintError(`打印机 ${target} ${why}`));
      };
      socket.setTimeout(SEND_TIMEOUT_MS, () => fail('无响应（超时）'));
      socket.on('error', (err) => fail(`连接失败：${err.message}`));
      socket.on('connect', () => socket.end(bytes));
      socket.on('close', (hadError) => {
        if (!hadError) resolve();
      });
    });
    return;
  }
  throw new TicketPrintError(`不认识的打印机设置 ${target}`);
}
