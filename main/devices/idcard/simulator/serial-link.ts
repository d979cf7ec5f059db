import type { SerialLink, SerialListeners } from '../serial-transport';
import type { SimulatedWire, WireEnd } from './wire';

/** A virtual COM port: answers come back in chunks of the sizes given (cycled), as a UART hands them over. */
export class SimulatedSerialLink implements SerialLink, WireEnd {
  private closed = false;
  private chunkIndex = 0;

  constructor(
    private readonly wire: SimulatedWire,
    private readonly listeners: SerialListeners,
    private readonly chunkSizes: readonly number[],
  ) {
    wire.attach(this);
  }

  async write(bytes: Uint8Array): Promise<void> {
    if (this.closed || !this.wire.plugged) throw new Error('simulated serial port is gone');
    this.wire.hostSent(this, bytes);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wire.detach(this);
  }

  deliver(answer: Uint8Array): void {
    for (let at = 0; at < answer.length; ) {
      const size = Math.max(1, this.chunkSizes.length ? this.chunkSizes[this.chunkIndex++ % this.chunkSizes.length]! : answer.length);
      this.listeners.onData(answer.slice(at, at + size));
      at += size;
    }
  }

  unplugged(err: Error): void {
    this.closed = true;
    this.listeners.onGone(err);
  }
}
