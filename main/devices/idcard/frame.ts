import { fail, hexByte, ok, samStatusError, type Result } from './errors';

/**
 * The GA 467 frame: `AA AA AA 96 69 | LEN_H LEN_L | body | CHK`, LEN counting the body and CHK,
 * CHK the XOR of LEN_H through the last body byte. Commands carry `CMD PARA DATA…` as the body,
 * responses `SW1 SW2 SW3 DATA…`. Nothing here knows how the bytes travel.
 */
export const PREAMBLE: readonly number[] = [0xaa, 0xaa, 0xaa, 0x96, 0x69];
/** Preamble and the two LEN bytes. */
export const HEADER_BYTES = 7;

export interface LengthLimits {
  readonly min: number;
  readonly max: number;
}

/** SW1 SW2 SW3 CHK at least; at most the 30 10 answer with a fingerprint (the largest in the protocol). */
export const RESPONSE_LIMITS: LengthLimits = { min: 4, max: 0x090a };
/** CMD PARA CHK at least; no command of the protocol carries more than a few data bytes. */
export const COMMAND_LIMITS: LengthLimits = { min: 3, max: 0xff };

export interface ResponseFrame {
  readonly sw1: number;
  readonly sw2: number;
  readonly sw3: number;
  readonly data: Uint8Array;
}

export interface CommandFrame {
  readonly cmd: number;
  readonly para: number;
  readonly data: Uint8Array;
}

/** XOR of bytes[from..to) */
export function xorChecksum(bytes: Uint8Array, from: number, to: number): number {
  let chk = 0;
  for (let i = from; i < to; i++) chk ^= bytes[i]!;
  return chk;
}

/** A whole frame around `body`: preamble, LEN, body, CHK. */
export function buildFrame(body: Uint8Array): Uint8Array {
  const len = body.length + 1;
  if (len > 0xffff) throw new RangeError(`frame body of ${body.length} bytes does not fit LEN`);
  const frame = new Uint8Array(HEADER_BYTES + len);
  frame.set(PREAMBLE, 0);
  frame[5] = len >> 8;
  frame[6] = len & 0xff;
  frame.set(body, HEADER_BYTES);
  frame[frame.length - 1] = xorChecksum(frame, 5, frame.length - 1);
  return frame;
}

export function buildCommand(cmd: number, para: number, data: Uint8Array = new Uint8Array(0)): Uint8Array {
  const body = new Uint8Array(2 + data.length);
  body[0] = cmd;
  body[1] = para;
  body.set(data, 2);
  return buildFrame(body);
}

/** What the SAM sends back; SW1 and SW2 are always 00 00 in the protocol. */
export function buildResponse(sw3: number, data: Uint8Array = new Uint8Array(0)): Uint8Array {
  const body = new Uint8Array(3 + data.length);
  body[2] = sw3;
  body.set(data, 3);
  return buildFrame(body);
}

export function startsWithPreamble(bytes: Uint8Array, at = 0): boolean {
  for (let i = 0; i < PREAMBLE.length; i++) if (bytes[at + i] !== PREAMBLE[i]) return false;
  return true;
}

/**
 * One complete frame, exactly: the body between LEN and CHK. Checks run in the order a reader meets
 * them, so a short dump says FRAME_TRUNCATED and a long one FRAME_LENGTH. Never reads past `bytes`.
 */
export function parseFrame(bytes: Uint8Array, limits: LengthLimits): Result<Uint8Array> {
  const preambleSeen = Math.min(bytes.length, PREAMBLE.length);
  for (let i = 0; i < preambleSeen; i++) {
    if (bytes[i] !== PREAMBLE[i]) return fail('FRAME_PREAMBLE', `byte ${i} is ${hexByte(bytes[i]!)}, expected ${hexByte(PREAMBLE[i]!)}`);
  }
  if (bytes.length < HEADER_BYTES) return fail('FRAME_TRUNCATED', `${bytes.length} bytes, the header alone is ${HEADER_BYTES}`);
  const len = (bytes[5]! << 8) | bytes[6]!;
  if (len < limits.min || len > limits.max) return fail('FRAME_LENGTH', `LEN ${len} outside ${limits.min}..${limits.max}`);
  const whole = HEADER_BYTES + len;
  if (bytes.length < whole) return fail('FRAME_TRUNCATED', `${bytes.length} of ${whole} bytes`);
  if (bytes.length > whole) return fail('FRAME_LENGTH', `LEN says ${whole} bytes, got ${bytes.length}`);
  const expected = xorChecksum(bytes, 5, whole - 1);
  if (bytes[whole - 1] !== expected) return fail('FRAME_CHECKSUM', `CHK ${hexByte(bytes[whole - 1]!)}, computed ${hexByte(expected)}`);
  return ok(bytes.subarray(HEADER_BYTES, whole - 1));
}

/** A response body (at least 3 bytes, by RESPONSE_LIMITS) as its status words and data. */
export function responseFromBody(body: Uint8Array): ResponseFrame {
  return { sw1: body[0]!, sw2: body[1]!, sw3: body[2]!, data: body.subarray(3) };
}

export function commandFromBody(body: Uint8Array): CommandFrame {
  return { cmd: body[0]!, para: body[1]!, data: body.subarray(2) };
}

export function parseResponse(bytes: Uint8Array): Result<ResponseFrame> {
  const body = parseFrame(bytes, RESPONSE_LIMITS);
  return body.ok ? ok(responseFromBody(body.value)) : body;
}

/** The frame when SW3 is one of `accepted`, else SAM_STATUS with the status and its meaning. */
export function expectStatus(frame: ResponseFrame, ...accepted: number[]): Result<ResponseFrame> {
  return accepted.includes(frame.sw3) ? ok(frame) : { ok: false, error: samStatusError(frame.sw3) };
}
