import { HidTransport, type HidDevice } from './hid-transport';
import { KNOWN_PROFILES, profileFor, type ReaderProfile } from './profiles';
import { readerKey, type ReaderInfo, type ReaderSource } from './transport';

type NodeHid = typeof import('node-hid');

/** node-hid is native: loaded only when a real bus is scanned, so decoding and the simulator never need it. */
export async function loadNodeHid(): Promise<NodeHid | null> {
  try {
    const mod = (await import('node-hid')) as NodeHid & { default?: NodeHid };
    return mod.default ?? mod;
  } catch {
    return null;
  }
}

/** HID readers of known models on this PC's buses. */
export function nodeHidSource(profiles: readonly ReaderProfile[] = KNOWN_PROFILES): ReaderSource {
  return {
    async enumerate() {
      const hid = await loadNodeHid();
      if (!hid) return [];
      const found = new Map<string, ReaderInfo>();
      for (const d of await hid.devicesAsync()) {
        const profile = profileFor(d.vendorId, d.productId, profiles);
        // One device may list an entry per interface: the path tells them apart.
        if (!profile || !d.path || found.has(d.path)) continue;
        found.set(d.path, {
          key: readerKey(d.path, d.vendorId, d.productId, d.serialNumber),
          path: d.path,
          vendorId: d.vendorId,
          productId: d.productId,
          profile,
          ...(d.serialNumber ? { serialNumber: d.serialNumber } : {}),
          ...(d.manufacturer ? { manufacturer: d.manufacturer } : {}),
          ...(d.product ? { product: d.product } : {}),
        });
      }
      return [...found.values()];
    },
    transport(reader) {
      const carrier = reader.profile.carrier;
      if (carrier.kind !== 'hid') throw new Error(`profile ${reader.profile.id} is not a HID carrier`);
      return new HidTransport(reader, carrier, () => openNodeHid(reader.path));
    },
  };
}

async function openNodeHid(path: string): Promise<HidDevice> {
  const hid = await loadNodeHid();
  if (!hid) throw new Error('node-hid is not available');
  const device = await hid.HIDAsync.open(path);
  return {
    async write(data) {
      await device.write(Buffer.from(data));
    },
    async read(timeoutMs) {
      const data = await device.read(Math.max(0, Math.round(timeoutMs)));
      return data && data.length > 0 ? new Uint8Array(data) : null;
    },
    close: () => device.close(),
  };
}
