import { parseCardAnswer } from './card-answer';
import { fail, ok, type Result } from './errors';
import { expectStatus, parseResponse } from './frame';
import type { CardIdentity } from './identity';
import { SAM_STATUS } from './sam-status';
import { decodeTextBlock } from './text-decode';

/** A card as read: the identity, and the fingerprint kept as bytes (never shown, never in the JSON). */
export interface CardReadout {
  readonly identity: CardIdentity;
  readonly fingerprint: Uint8Array | null;
}

/** The data of a successful 30 01 or 30 10 answer as the card. */
export function decodeCardData(data: Uint8Array): Result<CardReadout> {
  const answer = parseCardAnswer(data);
  if (!answer.ok) return answer;
  const identity = decodeTextBlock(answer.value.text, answer.value.photo);
  return identity.ok ? ok({ identity: identity.value, fingerprint: answer.value.fingerprint }) : identity;
}

/** One whole response frame to 30 01 or 30 10 (a capture, `hall idcard decode`) as the card. */
export function decodeCardFrame(bytes: Uint8Array): Result<CardReadout> {
  const frame = parseResponse(bytes);
  if (!frame.ok) return frame;
  const success = expectStatus(frame.value, SAM_STATUS.SUCCESS);
  return success.ok ? decodeCardData(success.value.data) : success;
}

/** Hex text as bytes: pairs of hex digits, with any whitespace between them (and an optional 0x per byte). */
export function parseHexDump(text: string): Result<Uint8Array> {
  const digits = text.replace(/0x/gi, '').replace(/\s+/g, '');
  if (!/^[0-9a-fA-F]*$/.test(digits)) return fail('HEX_INVALID', 'characters other than hex digits and white space');
  if (digits.length % 2 !== 0) return fail('HEX_INVALID', `an odd number of hex digits (${digits.length})`);
  return ok(Uint8Array.from(Buffer.from(digits, 'hex')));
}
