import { AsyncQueue } from './async-queue';
import type { Clock } from './clock';
import type { ReaderInfo, Transport } from './transport';

/** An open serial port: bytes out, and bytes in as they come (serialport, or the simulator's link). */
export interface SerialLink {
  write(bytes: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

export interface SerialListeners {
  onData(chunk: Uint8Array): void;
  /** The port went away (unplugged): reads and writes fail from now on. */
  onGone(err: Error): void;
}

export type OpenSerialLink = (listeners: SerialListeners) => Promise<SerialLink>;

/** Frames over a byte stream (USB CDC, CP210x, CH340, PL2303): frames as they are, 115200 8N1. */
export class SerialTransport implements Transport {
  private link: SerialLink | null = null;
  private incoming = new AsyncQueue<Uint8Array>();
  private gone: Error | null = null;

  constructor(
    readonly reader: ReaderInfo,
    private readonly openLink: OpenSerialLink,
    private readonly clock: Clock,
  ) {}

  async open(): Promise<void> {
    this.incoming = new AsyncQueue<Uint8Array>();
    this.gone = null;
    const queue = this.incoming;
    this.link = await this.openLink({
      onData: (chunk) => queue.push(chunk),
      onGone: (err) => {
        this.gone = err;
        queue.fail(err);
      },
    });
  }

  async write(frame: Uint8Array): Promise<void> {
    if (this.gone) throw this.gone;
    if (!this.link) throw new Error('serial transport used before open()');
    await this.link.write(frame);
  }

  async read(timeoutMs: number): Promise<Uint8Array | null> {
    const first = await this.incoming.take(timeoutMs, this.clock);
    if (first === null) return null;
    const rest = this.incoming.drain();
    if (rest.length === 0) return first;
    const joined = new Uint8Array(rest.reduce((n, c) => n + c.length, first.length));
    let at = 0;
    for (const chunk of [first, ...rest]) {
      joined.set(chunk, at);
      at += chunk.length;
    }
    return joined;
  }

  async close(): Promise<void> {
    const link = this.link;
    this.link = null;
    this.incoming.fail(new Error('serial transport closed'));
    if (link) await link.close();
  }
}
