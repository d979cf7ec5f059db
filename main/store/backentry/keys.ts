import { createHash } from 'node:crypto';
import { duplicateKeys } from '../../domain/backentry/duplicates';
import type { BackEntryDraft } from '../../domain/backentry/record';

/** A back entry's duplicate keys as stored and looked up: the domain's key text, hashed to 16 bytes. */
export interface StoredKeys {
  readonly certificate: Buffer | null;
  readonly couple: Buffer | null;
}

function digest(text: string | null): Buffer | null {
  return text === null ? null : createHash('sha256').update(text).digest().subarray(0, 16);
}

/** One source for what "the same registration" means: duplicateKeys, inside a file and against the database alike. */
export function storedKeys(draft: BackEntryDraft): StoredKeys {
  const keys = duplicateKeys(draft);
  return { certificate: digest(keys.certificate), couple: digest(keys.couple) };
}
