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

/**
 * Duplicates inside one file, row by row. It holds two keys per row (about 150 bytes each): fine
 * for a dry run of tens of thousands of rows; for a million, check duplicateKeys in a scratch table.
 */
export function inFileDuplicates(): InFileDuplicates {
  const byCertificate = new Map<string, number>();
  const byCouple = new Map<string, number>();
  const clash = (seen: Map<string, number>, key: string | null, rowNumber: number): number | null => {
    if (key === null) return null;
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, rowNumber);
    return earlier ?? null;
  };
  return {
    check(rowNumber, draft, columns) {
      const keys = duplicateKeys(draft);
      const found: BackEntryViolation[] = [];
      const sameNumber = clash(byCertificate, keys.certificate, rowNumber);
      const sameCouple = clash(byCouple, keys.couple, rowNumber);
      if (sameNumber !== null) {
        found.push(backEntryViolation('IMP_DUPLICATE_IN_FILE', 'certificateNumber', columns, `与第 ${sameNumber} 行的登记类别和证书编号相同`));
      }
      if (sameCouple !== null && sameCouple !== sameNumber) {
        found.push(backEntryViolation('IMP_DUPLICATE_IN_FILE', 'registrationDate', columns, `与第 ${sameCouple} 行的双方当事人和登记日期相同`));
      }
      return found;
    },
  };
}
