import { buildCardAnswerData } from './card-answer';
import { ok, type Result } from './errors';
import { buildResponse } from './frame';
import { PHOTO_BYTES, type CardFacts } from './identity';
import { SAM_STATUS } from './sam-status';
import { encodeTextBlock } from './text-encode';

/** A card as the simulator holds it: what its chip stores. */
export interface CardContents {
  readonly facts: CardFacts;
  /** The WLT photo; 1024 zero bytes when a fixture gives none. */
  readonly photo?: Uint8Array;
  /** Null or absent: the card has no fingerprint. */
  readonly fingerprint?: Uint8Array | null;
  /** The latest address a police station added (30 03), if any. */
  readonly latestAddress?: string;
}

/** The whole response frame the SAM sends for 30 01 (or 30 10 with `withFingerprint`) on this card. */
export function encodeCardAnswerFrame(card: CardContents, withFingerprint: boolean): Result<Uint8Array> {
  const text = encodeTextBlock(card.facts);
  if (!text.ok) return text;
  const photo = card.photo ?? new Uint8Array(PHOTO_BYTES);
  const data = buildCardAnswerData(text.value, photo, withFingerprint ? (card.fingerprint ?? null) : undefined);
  return ok(buildResponse(SAM_STATUS.SUCCESS, data));
}

/**
 * A card from identity JSON as `hall idcard read` prints it (or a fixture of bare facts): the photo
 * taken from its base64, what reading adds (warnings, the ethnicity's name) dropped.
 */
export function contentsFromIdentity(identity: CardFacts & { readonly photo?: { readonly data?: string }; readonly warnings?: unknown; readonly ethnicityName?: string }): CardContents {
  const { photo, warnings: _warnings, ethnicityName: _name, ...facts } = identity;
  return photo?.data ? { facts, photo: Uint8Array.from(Buffer.from(photo.data, 'base64')) } : { facts };
}
