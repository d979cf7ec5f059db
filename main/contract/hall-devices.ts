import { z } from 'zod';
import { DEVICE_KINDS } from '../domain/roles';

/** Kiosks and display boards sign in with a token of their own that opens only their pages' routes. */
export const DeviceInput = z.strictObject({
  kind: z.enum(DEVICE_KINDS),
  name: z.string().trim().min(1).max(40),
  /** Ticket printer of a kiosk: '' (the kiosk's browser prints), 'tcp:HOST:PORT' (ESC/POS over the network), 'file:PATH' (an ESC/POS device file). */
  printer: z.string().trim().max(200).regex(/^$|^tcp:.+:\d+$|^file:.+/, '打印机格式应为 tcp:地址:端口 或 file:路径（留空由浏览器打印）').default(''),
});
export const DeviceView = z.object({
  id: z.number().int(),
  kind: z.enum(DEVICE_KINDS),
  name: z.string(),
  printer: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  lastSeenAt: z.string().nullable(),
  revoked: z.boolean(),
});
export type DeviceView = z.infer<typeof DeviceView>;
export const DeviceList = z.object({ items: z.array(DeviceView) });
/** The token is shown once, when the device is added; only its hash is kept. */
export const DeviceCreated = z.object({ device: DeviceView, token: z.string() });
export const DeviceIdParams = z.strictObject({ id: z.coerce.number().int().positive() });
/** `ticketLetters`: the prefixes the hall's tickets start with, for the kiosk's rating keypad (a device may not read the queue rules). */
export const DeviceSelf = z.object({ device: DeviceView, officeName: z.string(), ticketLetters: z.array(z.string()) });
export const TicketPrintResult = z.object({
  /** 'printed' by the host on the kiosk's printer, or 'browser' when the kiosk page should print it itself. */
  outcome: z.enum(['printed', 'browser']),
  printer: z.string(),
});
