import { idcardError, type Result } from './errors';
import { HEADER_BYTES, PREAMBLE, RESPONSE_LIMITS, startsWithPreamble, xorChecksum, type LengthLimits } from './frame';

/**
 * Frames out of a byte stream that arrives in pieces (HID reports, serial chunks, bulk transfers):
 * skips garbage before a preamble, waits until LEN says the frame is whole, and yields each frame's
 * body or the error it has. Holds at most one frame's bytes, so a babbling device cannot grow it.
 */
export class FrameAssembler {
  private buffer = new Uint8Array(0);

  constructor(private readonly limits: LengthLimits = RESPONSE_LIMITS) {}

  /** Bodies (between LEN and CHK) of the frames `chunk` completed, in order, with errors in between. */
  push(chunk: Uint8Array): Result<Uint8Array>[] {
    const joined = new Uint8Array(this.buffer.length + chunk.length);
    joined.set(this.buffer, 0);
    joined.set(chunk, this.buffer.length);
    let buf = joined;
    const out: Result<Uint8Array>[] = [];
    for (;;) {
      const start = findPreamble(buf);
      if (start < 0) {
        buf = buf.subarray(buf.length - partialPreambleAtEnd(buf));
        break;
      }
      buf = buf.subarray(start);
      if (buf.length < HEADER_BYTES) break;
      const len = (buf[5]! << 8) | buf[6]!;
      if (len < this.limits.min || len > this.limits.max) {
        out.push({ ok: false, error: idcardError('FRAME_LENGTH', `LEN ${len} outside ${this.limits.min}..${this.limits.max}`) });
        buf = buf.subarray(PREAMBLE.length);
        continue;
      }
      const whole = HEADER_BYTES + len;
      if (buf.length < whole) break;
      const chk = xorChecksum(buf, 5, whole - 1);
      out.push(buf[whole - 1] === chk ? { ok: true, value: buf.slice(HEADER_BYTES, whole - 1) } : { ok: false, error: idcardError('FRAME_CHECKSUM') });
      buf = buf.subarray(whole);
    }
    this.buffer = buf.slice();
    return out;
  }

  /** Whether a frame has begun and is not yet whole: a time-out now means FRAME_TRUNCATED, not silence. */
  get inFrame(): boolean {
    return this.buffer.length >= PREAMBLE.length && startsWithPreamble(this.buffer);
  }

  /** How many bytes of the begun frame arrived, for the truncation message. */
  get buffered(): number {
    return this.buffer.length;
  }

  reset(): void {
    this.buffer = new Uint8Array(0);
  }
}

function findPreamble(buf: Uint8Array): number {
  for (let i = 0; i + PREAMBLE.length <= buf.length; i++) if (startsWithPreamble(buf, i)) return i;
  return -1;
}

/** The longest tail of `buf` that could be the start of a preamble, kept for the next chunk. */
function partialPreambleAtEnd(buf: Uint8Array): number {
  for (let k = Math.min(PREAMBLE.length - 1, buf.length); k > 0; k--) {
    let match = true;
    for (let i = 0; i < k; i++) if (buf[buf.length - k + i] !== PREAMBLE[i]) match = false;
    if (match) return k;
  }
  return 0;
}
