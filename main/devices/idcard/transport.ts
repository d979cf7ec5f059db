import { hexOf } from './errors';
import type { ReaderProfile } from './profiles';

/** One reader found on this PC: what `hall idcard list` shows and what the loop reconnects to. */
export interface ReaderInfo {
  /** Tells two readers apart across re-plugging: the USB serial number when there is one, else the OS path. */
  readonly key: string;
  readonly path: string;
  readonly serialNumber?: string;
  readonly vendorId: number;
  readonly productId: number;
  readonly manufacturer?: string;
  readonly product?: string;
  readonly profile: ReaderProfile;
}

/**
 * A carrier of frame bytes (HID reports, a serial stream, bulk endpoints, the simulator). It moves
 * whole command frames out and frame bytes in, as they come; the frame layer reassembles them.
 * Its methods reject only when the device fails or is gone: the caller treats that as reader-lost.
 */
export interface Transport {
  readonly reader: ReaderInfo;
  open(): Promise<void>;
  write(frame: Uint8Array): Promise<void>;
  /** Bytes that arrived, or null when none came within `timeoutMs` (0: only what is already there). */
  read(timeoutMs: number): Promise<Uint8Array | null>;
  close(): Promise<void>;
}

/** Where readers come from: the PC's USB buses, or a simulator. */
export interface ReaderSource {
  enumerate(): Promise<ReaderInfo[]>;
  /** A transport for a reader `enumerate` returned; not yet open. */
  transport(reader: ReaderInfo): Transport;
}

export function readerKey(path: string, vendorId: number, productId: number, serialNumber?: string): string {
  return serialNumber ? `${hexOf(vendorId, 4)}:${hexOf(productId, 4)}:${serialNumber}` : path;
}

/** Several sources as one: the HID and serial buses together, or two simulated readers. */
export function combineSources(sources: readonly ReaderSource[]): ReaderSource {
  const owner = new Map<string, ReaderSource>();
  return {
    async enumerate() {
      const all: ReaderInfo[] = [];
      for (const source of sources) {
        for (const reader of await source.enumerate()) {
          owner.set(reader.key, source);
          all.push(reader);
        }
      }
      return all;
    },
    transport(reader) {
      const source = owner.get(reader.key);
      if (!source) throw new Error(`reader ${reader.key} was not enumerated by this source`);
      return source.transport(reader);
    },
  };
}
