import type { PartyInput } from '../../domain/case-types';
import type { BackEntryParty } from '../../domain/backentry/record';
import { ethnicityCode } from '../../domain/ethnicity';
import { idSearchKeys } from '../../domain/identity-15';
import { nameKey } from '../../domain/names';
import type { ReadableDB, WritableDB } from '../db';
import { prepared } from '../prepared';

/** persons.id_type of a party whose paper gives no document number (records from before ID cards). */
export const NO_ID_TYPE = 'none';

/**
 * The person id a party without a document number is stored under: unique to this record and
 * position, since nothing proves that two such parties are one person. It never matches a number
 * a reader or a clerk could enter, so the marital-status rule and the search never find it.
 */
export function syntheticIdNumber(recordId: string, position: number): string {
  return `NOID-${recordId}-${position}`;
}

/** The party as its case keeps it (case_parties.snapshot), with the 15-digit number as written beside the 18. */
export function backEntrySnapshot(party: BackEntryParty): PartyInput & { readonly idNumberOriginal?: string } {
  const original = party.idNumber !== null && party.idNumber !== party.canonicalId ? party.idNumber : null;
  const ethnicity = party.ethnicity === null ? null : (ethnicityCode(party.ethnicity) ?? party.ethnicity);
  return {
    name: party.name,
    sex: party.sex,
    // Unknown on the paper: empty, as a card that leaves a field blank.
    birthDate: party.birthDate ?? '',
    idType: party.idType,
    idNumber: party.canonicalId ?? '',
    nationality: party.nationality,
    idValidUntil: null,
    overseasChinese: false,
    ...(ethnicity === null ? {} : { ethnicity }),
    verification: null,
    ...(original === null ? {} : { idNumberOriginal: original }),
  };
}

/**
 * The person behind a back-entered party: found by document or created. An old paper never
 * overwrites what a later registration recorded (name, facts); it only adds the 15-digit number.
 * `isNew` says the person had no case before this one.
 */
export function backEntryPerson(
  db: WritableDB, party: BackEntryParty, snapshot: ReturnType<typeof backEntrySnapshot>, recordId: string, position: number,
): { readonly id: number; readonly isNew: boolean } {
  const known = party.canonicalId !== null;
  const idType = known ? party.idType : NO_ID_TYPE;
  const idNumber = known ? party.canonicalId : syntheticIdNumber(recordId, position);
  const original = snapshot.idNumberOriginal ?? null;
  const found = prepared(db, 'SELECT id, id_number_original AS original FROM persons WHERE id_type = ? AND id_number = ?').get(idType, idNumber) as
    | { id: number; original: string | null }
    | undefined;
  if (found) {
    if (found.original === null && original !== null) prepared(db, 'UPDATE persons SET id_number_original = ? WHERE id = ?').run(original, found.id);
    return { id: found.id, isNew: false };
  }
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO persons (id_type, id_number, id_number_original, name, name_key, sex, birth_date, nationality, ethnicity)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(idType, idNumber, original, party.name, nameKey(party.name), party.sex, snapshot.birthDate, party.nationality, snapshot.ethnicity ?? null);
  return { id: Number(lastInsertRowid), isNew: true };
}

/** Persons by an ID number in either form: 15 digits find the 18-character number and the reverse. */
export function personIdsByIdNumber(db: ReadableDB, idNumber: string): number[] {
  const keys = idSearchKeys(idNumber);
  const [first, second = first] = keys;
  return prepared(
    db,
    `SELECT id FROM persons WHERE id_number IN (@first, @second)
     UNION SELECT id FROM persons WHERE id_number_original IN (@first, @second) ORDER BY id`,
  )
    .pluck()
    .all({ first, second }) as number[];
}
