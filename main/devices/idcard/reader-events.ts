import type { IdcardError } from './errors';
import type { CardIdentity } from './identity';
import type { PhotoOutcome } from './photo';
import type { ReaderInfo } from './transport';

/** One card read once: what the screen fills the party from. */
export interface CardReading {
  readonly identity: CardIdentity;
  /** Kept as bytes for a later check; never shown and never in the identity JSON. */
  readonly fingerprint: Uint8Array | null;
  readonly photo: PhotoOutcome;
  /** Clock time of the read, and how long select + read + decode took. */
  readonly readAt: number;
  readonly elapsedMs: number;
}

/** What the reading loop tells the screen. */
export type ReaderEvent =
  | { readonly type: 'reader-found'; readonly reader: ReaderInfo }
  /** Unplugged, or stopped answering within its time-outs: the loop looks for it again. */
  | { readonly type: 'reader-lost'; readonly reader: ReaderInfo; readonly error: IdcardError }
  | { readonly type: 'card'; readonly reader: ReaderInfo; readonly reading: CardReading }
  /** The card reported by the last `card` event left the reader. */
  | { readonly type: 'removed'; readonly reader: ReaderInfo }
  /** A read that failed (a status such as 41, a damaged answer): the card can be placed again. */
  | { readonly type: 'error'; readonly reader: ReaderInfo; readonly error: IdcardError; readonly attempt: number; readonly giveUp: boolean };

export type ReaderEventType = ReaderEvent['type'];
