import type { Clock } from '../clock';
import type { SamCommandName } from '../commands';
import type { SimulatedSam } from './sam';

export interface WireFaults {
  /** Time before any answer reaches the host, and before a card read's answer (a real read takes ~500 ms). */
  answerDelayMs: number;
  readDelayMs: number;
  /** The next answer (to that command, if named) is cut to this many bytes; the rest never comes. */
  truncateNext: { readonly bytes: number; readonly command: SamCommandName | null } | null;
  /** The reader stops answering altogether (it still accepts what is written). */
  silent: boolean;
}

const READS: readonly (SamCommandName | null)[] = ['readCard', 'readCardWithFingerprint'];

/** A carrier's simulated device end: told when the host wrote, fails when unplugged. */
export interface WireEnd {
  deliver(answer: Uint8Array): void;
  unplugged(err: Error): void;
}

/**
 * The USB cable between the simulated SAM and a simulated device: plugged or not, and the faults
 * the tests inject on the way back (delay, truncation, silence). Carrier framing is the device's job.
 */
export class SimulatedWire {
  private readonly ends = new Set<WireEnd>();
  private generation = 0;
  plugged = true;

  constructor(
    readonly sam: SimulatedSam,
    private readonly clock: Clock,
    readonly faults: WireFaults,
  ) {}

  attach(end: WireEnd): void {
    if (!this.plugged) throw new Error('simulated reader is unplugged');
    this.ends.add(end);
  }

  detach(end: WireEnd): void {
    this.ends.delete(end);
  }

  /** Bytes from the host reach the SAM; its answers go back to `end`, after the configured delay. */
  hostSent(end: WireEnd, bytes: Uint8Array): void {
    if (!this.plugged) throw new Error('simulated reader is unplugged');
    const generation = this.generation;
    for (const reply of this.sam.receive(bytes)) {
      if (this.faults.silent) continue;
      let frame = reply.frame;
      const cut = this.faults.truncateNext;
      if (cut !== null && (cut.command === null || cut.command === reply.command)) {
        frame = frame.slice(0, cut.bytes);
        this.faults.truncateNext = null;
      }
      const delay = READS.includes(reply.command) ? this.faults.readDelayMs : this.faults.answerDelayMs;
      if (delay <= 0) {
        end.deliver(frame);
      } else {
        this.clock.setTimer(delay, () => {
          // An answer in flight when the cable was pulled never arrives.
          if (this.plugged && this.generation === generation && this.ends.has(end)) end.deliver(frame);
        });
      }
    }
  }

  unplug(): void {
    if (!this.plugged) return;
    this.plugged = false;
    this.generation++;
    this.sam.powerCycle();
    const err = new Error('simulated reader unplugged');
    for (const end of [...this.ends]) end.unplugged(err);
    this.ends.clear();
  }

  plug(): void {
    this.plugged = true;
  }
}
