import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildResponse,
  decodeCardFrame,
  encodeCardAnswerFrame,
  FrameAssembler,
  IDCARD_ERRORS,
  parseResponse,
  RESPONSE_LIMITS,
  type IdcardErrorCode,
} from '../../../main/devices/idcard';
import { cardFixtures } from './helpers';

/**
 * 100,000 damaged and random frames: nothing throws or hangs, every rejection carries the code an
 * independent oracle expects, and every frame that is still valid is decoded.
 */
const FIX = Object.values(cardFixtures());
const answers = FIX.flatMap((facts) => [false, true].map((fp) => encodeCardAnswerFrame({ facts, fingerprint: fp ? new Uint8Array(1024).fill(7) : null }, fp)))
  .map((r) => (r.ok ? r.value : new Uint8Array(0)));
const statusFrames = [buildResponse(0x80), buildResponse(0x9f, new Uint8Array(4)), buildResponse(0x41), buildResponse(0x90, new Uint8Array(8))];
const BASES = [...answers, ...statusFrames];
const KNOWN_CODES = new Set(Object.keys(IDCARD_ERRORS));

type Mutation =
  | { kind: 'flip'; at: number; xor: number; fix: boolean }
  | { kind: 'length'; len: number }
  | { kind: 'truncate'; keep: number }
  | { kind: 'extend'; extra: Uint8Array }
  | { kind: 'random'; bytes: Uint8Array; preamble: boolean };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }), fix: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('length' as const), len: fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0, max: 0x0a00 })) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('truncate' as const), keep: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('extend' as const), extra: fc.uint8Array({ minLength: 1, maxLength: 64 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('random' as const), bytes: fc.uint8Array({ maxLength: 96 }), preamble: fc.boolean() }) },
);

function fixChecksum(bytes: Uint8Array): void {
  let chk = 0;
  for (let i = 5; i < bytes.length - 1; i++) chk ^= bytes[i]!;
  bytes[bytes.length - 1] = chk;
}

/** The code a frame of `n` bytes with this LEN must get when its checksum is not in question. */
function lengthOracle(len: number, n: number): IdcardErrorCode | 'ok' {
  if (len < RESPONSE_LIMITS.min || len > RESPONSE_LIMITS.max) return 'FRAME_LENGTH';
  if (n < 7 + len) return 'FRAME_TRUNCATED';
  if (n > 7 + len) return 'FRAME_LENGTH';
  return 'ok';
}

/** The mutated bytes and what the oracle says parseResponse must answer ('any' where it cannot tell). */
function apply(base: Uint8Array, m: Mutation): { bytes: Uint8Array; expect: IdcardErrorCode | 'ok' | 'any'; textFlip: boolean } {
  const bytes = base.slice();
  switch (m.kind) {
    case 'flip': {
      const at = m.at % bytes.length;
      bytes[at]! ^= m.xor;
      if (at < 5) return { bytes, expect: 'FRAME_PREAMBLE', textFlip: false };
      if (at < 7) return { bytes, expect: lengthOracle((bytes[5]! << 8) | bytes[6]!, bytes.length) === 'ok' ? 'any' : lengthOracle((bytes[5]! << 8) | bytes[6]!, bytes.length), textFlip: false };
      if (m.fix && at < bytes.length - 1) {
        fixChecksum(bytes);
        // Text block of a 30 01 answer: bytes 14..269 of the frame (30 10: 16..271); 248-249 is the type mark.
        const textStart = base.length === 1295 ? 14 : 16;
        const inText = base.length > 1000 && at >= textStart && at < textStart + 256 && at - textStart !== 248 && at - textStart !== 249;
        return { bytes, expect: 'ok', textFlip: inText };
      }
      return { bytes, expect: 'FRAME_CHECKSUM', textFlip: false };
    }
    case 'length': {
      bytes[5] = m.len >> 8;
      bytes[6] = m.len & 0xff;
      const o = lengthOracle(m.len, bytes.length);
      return { bytes, expect: o === 'ok' ? 'ok' : o, textFlip: false };
    }
    case 'truncate': {
      const keep = m.keep % bytes.length;
      return { bytes: bytes.subarray(0, keep), expect: 'FRAME_TRUNCATED', textFlip: false };
    }
    case 'extend':
      return { bytes: Uint8Array.from([...bytes, ...m.extra]), expect: 'FRAME_LENGTH', textFlip: false };
    case 'random': {
      const out = m.preamble ? Uint8Array.from([0xaa, 0xaa, 0xaa, 0x96, 0x69, ...m.bytes]) : m.bytes;
      return { bytes: out, expect: 'any', textFlip: false };
    }
  }
}

describe('fuzzing the frame layer and the card decoder', () => {
  it('100,000 damaged and random frames, each rejected with its code or decoded, split anyhow into reports', { timeout: 120_000 }, () => {
    let decoded = 0;
    let rejected = 0;
    fc.assert(
      fc.property(fc.nat(BASES.length - 1), mutation, fc.array(fc.integer({ min: 1, max: 300 }), { maxLength: 8 }), (baseIndex, m, splits) => {
        const { bytes, expect: oracle, textFlip } = apply(BASES[baseIndex]!, m);
        const frame = parseResponse(bytes);
        const got = frame.ok ? 'ok' : frame.error.code;
        if (oracle !== 'any') expect(got).toBe(oracle);
        if (!frame.ok) {
          rejected++;
          expect(KNOWN_CODES.has(frame.error.code)).toBe(true);
        }
        // Whatever parses decodes to an identity or a coded refusal; a valid card frame damaged only in its text still decodes.
        const card = decodeCardFrame(bytes);
        if (card.ok) {
          decoded++;
          expect(['resident_id', 'hmt_residence_permit', 'foreign_permanent_id']).toContain(card.value.identity.cardType);
        } else {
          expect(KNOWN_CODES.has(card.error.code)).toBe(true);
        }
        if (textFlip) expect(card.ok).toBe(true);
        // The same bytes in random pieces: the assembler never throws and agrees on every valid frame.
        const assembler = new FrameAssembler();
        const events = [];
        let at = 0;
        for (const size of [...splits, bytes.length]) {
          events.push(...assembler.push(bytes.subarray(at, at + size)));
          at += size;
          if (at >= bytes.length) break;
        }
        if (frame.ok) {
          const first = events[0];
          expect(first?.ok).toBe(true);
          expect(first?.ok && first.value.length).toBe(bytes.length - 8);
        }
      }),
      { numRuns: 100_000 },
    );
    // Both paths were exercised in earnest.
    expect(decoded).toBeGreaterThan(5_000);
    expect(rejected).toBeGreaterThan(50_000);
  });
});
