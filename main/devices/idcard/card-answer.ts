import { fail, ok, type Result } from './errors';

/** The blocks of a 30 01 / 30 10 answer's data, found by its length fields. */
export interface CardAnswer {
  readonly text: Uint8Array;
  readonly photo: Uint8Array;
  /** Null for a 30 01 answer; empty when a 30 10 answer says the card has none. */
  readonly fingerprint: Uint8Array | null;
}

const be16 = (b: Uint8Array, at: number): number => (b[at]! << 8) | b[at + 1]!;

/**
 * Splits the data by its length fields, never by fixed offsets. The two layouts cannot be confused:
 * a 30 01 answer is 4 + text + photo bytes, a 30 10 answer 6 + text + photo + fingerprint.
 */
export function parseCardAnswer(data: Uint8Array): Result<CardAnswer> {
  if (data.length < 4) return fail('CARD_DATA_LENGTH', `${data.length} data bytes`);
  const textLength = be16(data, 0);
  const photoLength = be16(data, 2);
  if (4 + textLength + photoLength === data.length) {
    return ok({ text: data.subarray(4, 4 + textLength), photo: data.subarray(4 + textLength), fingerprint: null });
  }
  if (data.length >= 6) {
    const fingerprintLength = be16(data, 4);
    const photoEnd = 6 + textLength + photoLength;
    if (photoEnd + fingerprintLength === data.length) {
      return ok({ text: data.subarray(6, 6 + textLength), photo: data.subarray(6 + textLength, photoEnd), fingerprint: data.subarray(photoEnd) });
    }
  }
  return fail('CARD_DATA_LENGTH', `text ${textLength} + photo ${photoLength} bytes do not add up to ${data.length} data bytes`);
}

/** The data of an answer: a 30 01 layout when `fingerprint` is undefined, else 30 10 (null: the card has none). */
export function buildCardAnswerData(text: Uint8Array, photo: Uint8Array, fingerprint?: Uint8Array | null): Uint8Array {
  const withFingerprint = fingerprint !== undefined;
  const fp = fingerprint ?? new Uint8Array(0);
  const head = withFingerprint ? 6 : 4;
  const data = new Uint8Array(head + text.length + photo.length + fp.length);
  data[0] = text.length >> 8;
  data[1] = text.length & 0xff;
  data[2] = photo.length >> 8;
  data[3] = photo.length & 0xff;
  if (withFingerprint) {
    data[4] = fp.length >> 8;
    data[5] = fp.length & 0xff;
  }
  data.set(text, head);
  data.set(photo, head + text.length);
  data.set(fp, head + text.length + photo.length);
  return data;
}
