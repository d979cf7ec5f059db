import { nameKey } from '../names';
import type { BackEntryDraft, BackEntryPartyDraft } from './record';
import { backEntryViolation, type BackEntryViolation, type FieldColumns } from './violations';

export interface DuplicateKeys {
  /** Same kind and certificate number (compared without spaces, full-width folded, upper case). */
  readonly certificate: string | null;
  /** Same two persons, in either order, on the same registration date. */
  readonly couple: string | null;
}

/** A person by their document (15 and 18 digits meet), else by name and birth date; null when neither is known. */
function personKey(p: BackEntryPartyDraft): string | null {
  if (p.idType !== null && p.canonicalId !== null) return `${p.idType}:${p.canonicalId}`;
  if (p.name === null) return null;
  return `name:${nameKey(p.name)}@${p.birthDate ?? ''}`;
}

/**
 * The keys two records are the same registration by. One source for the check inside a file and,
 * in the store, against the records already in the database.
 */
export function duplicateKeys(draft: BackEntryDraft): DuplicateKeys {
  const number = draft.certificateNumber?.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  const certificate = draft.kind !== null && number ? `${draft.kind}|${number}` : null;
  const persons = draft.parties.map(personKey);
  const couple =
    draft.registrationDate !== null && persons[0] !== null && persons[1] !== null
      ? `${[persons[0], persons[1]].sort().join('+')}|${draft.registrationDate}`
      : null;
  return { certificate, couple };
}

export interface InFileDuplicates {
  /** The row's clashes with earlier rows; the first row holding a key keeps it. */
  check(rowNumber: number, draft: BackEntryDraft, columns: FieldColumns): BackEntryViolation[];
}

/** Where inFileDuplicates remembers the first row of each key. */
export interface KeyMemory {
  /** The row that held the key first, or null when this row is the first (and is remembered). */
  firstRow(key: string, rowNumber: number): number | null;
}

/** Two keys per row in memory (about 150 bytes each): fine for tens of thousands of rows. */
export function mapKeyMemory(): KeyMemory {
  const seen = new Map<string, number>();
  return {
    firstRow(key, rowNumber) {
      const earlier = seen.get(key);
      if (earlier === undefined) seen.set(key, rowNumber);
      return earlier ?? null;
    },
  };
}

/**
 * Duplicates inside one file, row by row. For a million rows, pass a memory that keeps the keys
 * on disk (the importer's scratch table) so the check stays the same and memory stays flat.
 */
export function inFileDuplicates(memory: KeyMemory = mapKeyMemory()): InFileDuplicates {
  const clash = (kind: 'certificate' | 'couple', key: string | null, rowNumber: number): number | null =>
    key === null ? null : memory.firstRow(`${kind}:${key}`, rowNumber);
  return {
    check(rowNumber, draft, columns) {
      const keys = duplicateKeys(draft);
      const sameNumber = clash('certificate', keys.certificate, rowNumber);
      const sameCouple = clash('couple', keys.couple, rowNumber);
      return inFileDuplicateViolations(sameNumber, sameCouple, columns);
    },
  };
}

/**
 * A row's clashes with earlier rows of its file, by the rows holding the same certificate key and
 * couple key; also what the import says when a row meets one its own job already committed.
 */
export function inFileDuplicateViolations(sameNumber: number | null, sameCouple: number | null, columns: FieldColumns): BackEntryViolation[] {
  const found: BackEntryViolation[] = [];
  if (sameNumber !== null) {
    found.push(backEntryViolation('IMP_DUPLICATE_IN_FILE', 'certificateNumber', columns, `与第 ${sameNumber} 行的登记类别和证书编号相同`));
  }
  if (sameCouple !== null && sameCouple !== sameNumber) {
    found.push(backEntryViolation('IMP_DUPLICATE_IN_FILE', 'registrationDate', columns, `与第 ${sameCouple} 行的双方当事人和登记日期相同`));
  }
  return found;
}
