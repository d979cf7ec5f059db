import type { CardContents } from './card-encode';
import { systemClock, type Clock } from './clock';
import { commandTable, type SamCommandName } from './commands';
import type { Result } from './errors';
import { HidTransport } from './hid-transport';
import { SIMULATOR_PROFILES, type ReaderProfile } from './profiles';
import { SerialTransport } from './serial-transport';
import { SimulatedHidDevice } from './simulator/hid-device';
import { SimulatedSam } from './simulator/sam';
import { SimulatedSerialLink } from './simulator/serial-link';
import { SimulatedWire } from './simulator/wire';
import { readerKey, type ReaderInfo, type ReaderSource, type Transport } from './transport';

export type SimulatedCarrier = keyof typeof SIMULATOR_PROFILES;

export interface SimulatedReaderOptions {
  /** hid: raw 64-byte reports; hidChunked: length-prefixed numbered reports pulled with FF; serial: a CDC stream. */
  readonly carrier?: SimulatedCarrier;
  readonly serialNumber?: string;
  readonly clock?: Clock;
  readonly answerDelayMs?: number;
  readonly readDelayMs?: number;
  /** Serial carrier: sizes (cycled) of the pieces an answer arrives in; default one piece. */
  readonly serialChunkSizes?: readonly number[];
}

/** A software reader behind the same Transport as hardware, with the controls a test or a demo needs. */
export interface SimulatedReader extends ReaderSource {
  readonly info: ReaderInfo;
  readonly sam: SimulatedSam;
  readonly plugged: boolean;
  /** Every command the SAM recognised, in order. */
  readonly commandsReceived: readonly SamCommandName[];
  place(card: CardContents): Result<void>;
  remove(): void;
  /** The next command (of that name, if given) answers `sw3`, e.g. 0x41 for a failed read. */
  injectStatus(sw3: number, command?: SamCommandName): void;
  /** The next answer (to `command`, if given) stops after `bytes`. */
  truncateNextAnswer(bytes: number, command?: SamCommandName): void;
  setDelays(delays: { answerMs?: number; readMs?: number }): void;
  setSilent(silent: boolean): void;
  unplug(): void;
  plug(): void;
}

let counter = 0;

export function createSimulatedReader(options: SimulatedReaderOptions = {}): SimulatedReader {
  const clock = options.clock ?? systemClock;
  const carrier = options.carrier ?? 'hid';
  const profile: ReaderProfile = SIMULATOR_PROFILES[carrier];
  const serialNumber = options.serialNumber ?? `SIM${String(++counter).padStart(4, '0')}`;
  const path = `simulator:${carrier}:${serialNumber}`;
  const info: ReaderInfo = {
    key: readerKey(path, profile.vendorId, profile.productId, serialNumber), path, serialNumber,
    vendorId: profile.vendorId, productId: profile.productId, manufacturer: 'registration-hall', product: profile.label, profile,
  };
  const sam = new SimulatedSam(commandTable(profile.commands));
  const wire = new SimulatedWire(sam, clock, { answerDelayMs: options.answerDelayMs ?? 0, readDelayMs: options.readDelayMs ?? 0, truncateNext: null, silent: false });

  const transport = (): Transport => {
    const c = profile.carrier;
    if (c.kind === 'hid') return new HidTransport(info, c, async () => new SimulatedHidDevice(wire, c, clock));
    if (c.kind === 'serial') return new SerialTransport(info, async (listeners) => new SimulatedSerialLink(wire, listeners, options.serialChunkSizes ?? []), clock);
    throw new Error(`no simulated device for carrier ${c.kind}`);
  };

  return {
    info,
    sam,
    get plugged() {
      return wire.plugged;
    },
    get commandsReceived() {
      return sam.received;
    },
    enumerate: async () => (wire.plugged ? [info] : []),
    transport,
    place: (card) => sam.place(card),
    remove: () => sam.remove(),
    injectStatus: (sw3, command) => sam.injectStatus(sw3, command ?? null),
    truncateNextAnswer: (bytes, command) => {
      wire.faults.truncateNext = { bytes, command: command ?? null };
    },
    setDelays: ({ answerMs, readMs }) => {
      if (answerMs !== undefined) wire.faults.answerDelayMs = answerMs;
      if (readMs !== undefined) wire.faults.readDelayMs = readMs;
    },
    setSilent: (silent) => {
      wire.faults.silent = silent;
    },
    unplug: () => wire.unplug(),
    plug: () => wire.plug(),
  };
}
