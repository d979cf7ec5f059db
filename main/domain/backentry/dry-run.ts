import type { LocalDate } from '../case-types';
import type { MappedRow } from './mapping';
import { readBackEntry } from './read-record';
import { checkBackEntry } from './record-checks';
import type { BackEntryDraft, BackEntryParty, BackEntryPartyDraft, BackEntryRecord } from './record';
import { hasErrors, type BackEntryViolation } from './violations';

export interface RowCheck {
  /** The record when the row has no error (warnings allowed), else null. */
  readonly record: BackEntryRecord | null;
  readonly draft: BackEntryDraft;
  readonly violations: readonly BackEntryViolation[];
}

/** Every check of one row that needs nothing but the row (duplicates are inFileDuplicates' and the store's). */
export function checkRow(row: MappedRow, today: LocalDate): RowCheck {
  const read = readBackEntry(row);
  const violations = [...read.violations, ...checkBackEntry(read.value, today, row.columns)];
  return { record: hasErrors(violations) ? null : toRecord(read.value), draft: read.value, violations };
}

function toParty(p: BackEntryPartyDraft): BackEntryParty | null {
  const { name, sex, idType, nationality } = p;
  if (name === null || sex === null || idType === null || nationality === null) return null;
  return { ...p, name, sex, idType, nationality };
}

/** The complete record, or null when a field it needs is missing. */
export function toRecord(draft: BackEntryDraft): BackEntryRecord | null {
  const { kind, registrationDate, certificateNumber, office } = draft;
  const first = toParty(draft.parties[0]);
  const second = toParty(draft.parties[1]);
  if (kind === null || registrationDate === null || certificateNumber === null || office === null) return null;
  if (first === null || second === null) return null;
  return { ...draft, kind, registrationDate, certificateNumber, office, parties: [first, second] };
}
