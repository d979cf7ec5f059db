import type { CommandTable } from './commands';

/** How a HID reader carries a frame in its fixed-size reports. */
export type HidFraming =
  /** Frame bytes fill each report; the last is padded. */
  | { readonly kind: 'raw' }
  /** Byte 0 of each report is the payload length (1 to size-1); with `pullByte`, the host sends a report of that byte to ask for each next chunk. */
  | { readonly kind: 'length-prefixed'; readonly pullByte: number | null };

export type CarrierSpec =
  | { readonly kind: 'hid'; readonly reportSize: number; readonly reportId: number; readonly framing: HidFraming }
  | { readonly kind: 'serial'; readonly baudRate: number }
  | {
      readonly kind: 'bulk';
      /** Endpoints: the 7-byte header and the rest may travel on different ones (one public driver does). */
      readonly outHeader: number;
      readonly outRest: number;
      readonly inHeader: number;
      readonly inRest: number;
    }
  | { readonly kind: 'unknown' };

/**
 * supported: this build talks to it. framing-unknown: its framing is not public; support starts from
 * a USB capture, never a guess. carrier-unavailable: known framing, but this build lacks the USB
 * library for it. not-sam: it speaks something other than SAM frames.
 */
export type ProfileSupport = 'supported' | 'framing-unknown' | 'carrier-unavailable' | 'not-sam';

export interface ReaderTimeouts {
  readonly findMs: number;
  readonly selectMs: number;
  readonly readMs: number;
  /** Reset, SAM status, SAM id, latest address. */
  readonly otherMs: number;
}

export interface ReaderProfile {
  readonly id: string;
  readonly label: string;
  readonly vendorId: number;
  readonly productId: number;
  readonly carrier: CarrierSpec;
  readonly support: ProfileSupport;
  readonly timeouts: ReaderTimeouts;
  /** CMD PARA pairs this firmware uses instead of the protocol's. */
  readonly commands?: Partial<CommandTable>;
  readonly note?: string;
}

/** Seen in public drivers: 300 ms for select, about 1,100 ms for read. */
export const DEFAULT_TIMEOUTS: ReaderTimeouts = { findMs: 300, selectMs: 300, readMs: 1100, otherMs: 500 };

const profile = (p: Omit<ReaderProfile, 'timeouts'> & { timeouts?: ReaderTimeouts }): ReaderProfile => ({ timeouts: DEFAULT_TIMEOUTS, ...p });

/** The models named in idcard-protocol.md, with only what public drivers establish about each. */
export const KNOWN_PROFILES: readonly ReaderProfile[] = [
  profile({
    id: 'standard-bulk', label: '标准读卡器（精伦 iDR200、神思）', vendorId: 0x0400, productId: 0xc35a,
    carrier: { kind: 'bulk', outHeader: 0x02, outRest: 0x06, inHeader: 0x81, inRest: 0x85 }, support: 'carrier-unavailable',
    note: 'vendor bulk, not HID: needs the usb (libusb) carrier, not in this build; on Windows the WinUSB binding',
  }),
  profile({ id: 'jinglun-hid', label: '精伦 HID', vendorId: 0x0425, productId: 0x8159, carrier: { kind: 'unknown' }, support: 'framing-unknown', note: 'HID framing not public' }),
  profile({ id: 'xintong-serial', label: '信通（串口桥）', vendorId: 0x10c4, productId: 0x8a1b, carrier: { kind: 'serial', baudRate: 115200 }, support: 'supported' }),
  profile({ id: 'senrui', label: '森锐', vendorId: 0x2015, productId: 0x0008, carrier: { kind: 'unknown' }, support: 'framing-unknown', note: 'carrier and framing not public' }),
  profile({ id: 'yishu', label: '亿数', vendorId: 0x9573, productId: 0x4836, carrier: { kind: 'unknown' }, support: 'framing-unknown', note: 'carrier and framing not public' }),
  profile({ id: 'deke-hid', label: '德科 HID', vendorId: 0x0483, productId: 0x572b, carrier: { kind: 'unknown' }, support: 'not-sam', note: 'speaks its own cloud protocol inside the reports' }),
];

/** The simulator's readers: one per carrier and framing the driver implements, so each path is exercised. */
export const SIMULATOR_PROFILES = {
  hid: profile({ id: 'simulator-hid', label: '模拟读卡器（HID 64 字节报告）', vendorId: 0, productId: 1, carrier: { kind: 'hid', reportSize: 64, reportId: 0, framing: { kind: 'raw' } }, support: 'supported' }),
  hidChunked: profile({
    id: 'simulator-hid-chunked', label: '模拟读卡器（HID 分块报告）', vendorId: 0, productId: 2,
    carrier: { kind: 'hid', reportSize: 64, reportId: 2, framing: { kind: 'length-prefixed', pullByte: 0xff } }, support: 'supported',
  }),
  serial: profile({ id: 'simulator-serial', label: '模拟读卡器（虚拟串口）', vendorId: 0, productId: 3, carrier: { kind: 'serial', baudRate: 115200 }, support: 'supported' }),
} as const;

export function profileFor(vendorId: number, productId: number, profiles: readonly ReaderProfile[] = KNOWN_PROFILES): ReaderProfile | null {
  return profiles.find((p) => p.vendorId === vendorId && p.productId === productId) ?? null;
}

export const SUPPORT_LABELS: Readonly<Record<ProfileSupport, string>> = {
  supported: '可用',
  'framing-unknown': '通信格式未公开，需先抓包',
  'carrier-unavailable': '需要本版本未包含的 USB 驱动',
  'not-sam': '非 GA 467 协议',
};
