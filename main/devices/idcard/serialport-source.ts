import { systemClock, type Clock } from './clock';
import { KNOWN_PROFILES, profileFor, type ReaderProfile } from './profiles';
import { SerialTransport, type SerialLink, type SerialListeners } from './serial-transport';
import { readerKey, type ReaderInfo, type ReaderSource } from './transport';

type SerialPortModule = typeof import('serialport');

/** serialport is native too: loaded only when the buses are scanned. */
async function loadSerialPort(): Promise<SerialPortModule | null> {
  try {
    const mod = (await import('serialport')) as SerialPortModule & { default?: SerialPortModule };
    return mod.SerialPort ? mod : (mod.default ?? null);
  } catch {
    return null;
  }
}

/** Virtual COM readers of known models: a CDC port is matched by its USB ids, never opened on a guess. */
export function serialPortSource(profiles: readonly ReaderProfile[] = KNOWN_PROFILES, clock: Clock = systemClock): ReaderSource {
  return {
    async enumerate() {
      const sp = await loadSerialPort();
      if (!sp) return [];
      const readers: ReaderInfo[] = [];
      for (const port of await sp.SerialPort.list()) {
        if (!port.vendorId || !port.productId) continue;
        const vendorId = parseInt(port.vendorId, 16);
        const productId = parseInt(port.productId, 16);
        const profile = profileFor(vendorId, productId, profiles);
        if (!profile || profile.carrier.kind !== 'serial') continue;
        readers.push({
          key: readerKey(port.path, vendorId, productId, port.serialNumber),
          path: port.path,
          vendorId,
          productId,
          profile,
          ...(port.serialNumber ? { serialNumber: port.serialNumber } : {}),
          ...(port.manufacturer ? { manufacturer: port.manufacturer } : {}),
        });
      }
      return readers;
    },
    transport(reader) {
      const carrier = reader.profile.carrier;
      if (carrier.kind !== 'serial') throw new Error(`profile ${reader.profile.id} is not a serial carrier`);
      return new SerialTransport(reader, (listeners) => openSerialPort(reader.path, carrier.baudRate, listeners), clock);
    },
  };
}

async function openSerialPort(path: string, baudRate: number, listeners: SerialListeners): Promise<SerialLink> {
  const sp = await loadSerialPort();
  if (!sp) throw new Error('serialport is not available');
  const port = new sp.SerialPort({ path, baudRate, dataBits: 8, parity: 'none', stopBits: 1, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())));
  port.on('data', (chunk: Buffer) => listeners.onData(new Uint8Array(chunk)));
  port.on('close', () => listeners.onGone(new Error(`serial port ${path} closed`)));
  port.on('error', (err: Error) => listeners.onGone(err));
  return {
    write: (bytes) =>
      new Promise<void>((resolve, reject) => {
        port.write(Buffer.from(bytes), (err) => (err ? reject(err) : port.drain((e) => (e ? reject(e) : resolve()))));
      }),
    close: () => new Promise<void>((resolve) => (port.isOpen ? port.close(() => resolve()) : resolve())),
  };
}
