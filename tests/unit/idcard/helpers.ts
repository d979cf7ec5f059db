import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CardFacts, CardReader, Clock, ReaderEvent, Result } from '../../../main/devices/idcard';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'idcards');

/** Every card fixture by file name (without .json). */
export function cardFixtures(): Record<string, CardFacts> {
  const out: Record<string, CardFacts> = {};
  for (const f of fs.readdirSync(FIXTURES).filter((n) => n.endsWith('.json')).sort()) {
    out[f.replace(/\.json$/, '')] = JSON.parse(fs.readFileSync(path.join(FIXTURES, f), 'utf8')) as CardFacts;
  }
  return out;
}

export function frameFixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, 'frames', name), 'utf8');
}

/** Bytes written the way the protocol page writes them: `AA AA AA 96 69 …`. */
export function hex(text: string): Uint8Array {
  return Uint8Array.from(Buffer.from(text.replace(/\s+/g, ''), 'hex'));
}

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex').toUpperCase().replace(/(..)(?!$)/g, '$1 ');
}

/**
 * A clock that moves only when told: timers fire in order, and between two timers every promise
 * continuation runs, so the reading loop and the simulator behave as in real time, instantly.
 */
export class ManualClock implements Clock {
  private time = 0;
  private seq = 0;
  private timers: { at: number; seq: number; fire: () => void }[] = [];

  now(): number {
    return this.time;
  }

  setTimer(ms: number, fire: () => void): () => void {
    const timer = { at: this.time + Math.max(0, ms), seq: this.seq++, fire };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  async advance(ms: number): Promise<void> {
    const target = this.time + ms;
    for (;;) {
      await settle();
      const next = this.timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!next) break;
      this.timers = this.timers.filter((t) => t !== next);
      this.time = next.at;
      next.fire();
    }
    this.time = target;
    await settle();
  }

  /** Advances in steps until `done()` or `limitMs` of clock time passed; true when done. */
  async until(done: () => boolean, limitMs = 60_000, stepMs = 10): Promise<boolean> {
    for (let spent = 0; spent <= limitMs; spent += stepMs) {
      if (done()) return true;
      await this.advance(stepMs);
    }
    return done();
  }
}

function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** The loop's events as short strings (`card:张三`, `error:SAM_STATUS:41`), in order. */
export function recordEvents(reader: CardReader): { events: ReaderEvent[]; log: string[] } {
  const events: ReaderEvent[] = [];
  const log: string[] = [];
  reader.on((e) => {
    events.push(e);
    if (e.type === 'card') log.push(`card:${e.reading.identity.name ?? e.reading.identity.nameEnglish}`);
    else if (e.type === 'error') log.push(`error:${e.error.code}${e.error.status === undefined ? '' : `:${e.error.status.toString(16)}`}`);
    else if (e.type === 'reader-lost') log.push(`reader-lost:${e.error.code}`);
    else log.push(e.type);
  });
  return { events, log };
}

/** The value of a result a test expects to be ok; a failure names its code. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.detail ?? result.error.message}`);
  return result.value;
}
