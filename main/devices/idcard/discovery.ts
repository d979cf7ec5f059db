import fs from 'node:fs';
import path from 'node:path';
import { systemClock, type Clock } from './clock';
import { nodeHidSource } from './node-hid-source';
import { KNOWN_PROFILES, profileFor, type ReaderProfile } from './profiles';
import { serialPortSource } from './serialport-source';
import { combineSources, readerKey, type ReaderInfo, type ReaderSource } from './transport';

/**
 * Every reader of a known model on this PC: HID readers through node-hid, virtual COM readers
 * through serialport, and (Linux) the vendor-bulk and unknown-carrier models node-hid cannot see,
 * listed from sysfs so `hall idcard list` can say why they are not usable rather than nothing.
 */
export function systemReaderSource(profiles: readonly ReaderProfile[] = KNOWN_PROFILES, clock: Clock = systemClock): ReaderSource {
  const buses = combineSources([nodeHidSource(profiles), serialPortSource(profiles, clock)]);
  return {
    async enumerate() {
      const found = await buses.enumerate();
      const seen = new Set(found.map((r) => `${r.vendorId}:${r.productId}:${r.serialNumber ?? ''}`));
      const unseen = listUsbBus(profiles).filter((r) => !seen.has(`${r.vendorId}:${r.productId}:${r.serialNumber ?? ''}`));
      return [...found, ...unseen];
    },
    transport: (reader) => buses.transport(reader),
  };
}

/** The usable ones: a transport exists in this build for their carrier and framing. */
export function isUsable(reader: ReaderInfo): boolean {
  return reader.profile.support === 'supported';
}

const SYSFS_USB = '/sys/bus/usb/devices';

function listUsbBus(profiles: readonly ReaderProfile[]): ReaderInfo[] {
  if (process.platform !== 'linux' || !fs.existsSync(SYSFS_USB)) return [];
  const readers: ReaderInfo[] = [];
  for (const entry of safeList(SYSFS_USB)) {
    const dir = path.join(SYSFS_USB, entry);
    const vendorId = parseInt(readAttr(dir, 'idVendor') ?? '', 16);
    const productId = parseInt(readAttr(dir, 'idProduct') ?? '', 16);
    if (Number.isNaN(vendorId) || Number.isNaN(productId)) continue;
    const profile = profileFor(vendorId, productId, profiles);
    if (!profile || profile.carrier.kind === 'hid' || profile.carrier.kind === 'serial') continue;
    const serialNumber = readAttr(dir, 'serial');
    const product = readAttr(dir, 'product');
    readers.push({
      key: readerKey(dir, vendorId, productId, serialNumber ?? undefined),
      path: dir,
      vendorId,
      productId,
      profile,
      ...(serialNumber ? { serialNumber } : {}),
      ...(product ? { product } : {}),
    });
  }
  return readers;
}

function safeList(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

function readAttr(dir: string, name: string): string | null {
  try {
    return fs.readFileSync(path.join(dir, name), 'utf8').trim() || null;
  } catch {
    return null;
  }
}
