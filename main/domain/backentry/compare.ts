import { normalizeIdNumber } from '../identity-15';
import { nameKey } from '../names';
import type { MappedRow } from './mapping';
import { BACK_ENTRY_FIELDS, type BackEntryField } from './record';
import { readDate, readIdType, readKind, readNationality, readSex } from './values';

/** The fields a clerk types from a paper page: every field of the record but the scan's file name (the scan is attached). */
export type HandEntryField = Exclude<BackEntryField, 'scanFile'>;
export const HAND_ENTRY_FIELDS: readonly HandEntryField[] = BACK_ENTRY_FIELDS.filter((f): f is HandEntryField => f !== 'scanFile');

/** One typed page: each field's text as the clerk typed it; an empty field is left out. */
export type HandEntryValues = Readonly<Partial<Record<HandEntryField, string>>>;

/**
 * A typed page as the row an import reads, so one set of checks (checkRow) judges both; no
 * column names, since the page has none.
 */
export function handEntryRow(values: HandEntryValues): MappedRow {
  const read: Partial<Record<BackEntryField, string>> = {};
  for (const field of HAND_ENTRY_FIELDS) {
    const text = values[field]?.trim();
    if (text) read[field] = text;
  }
  return { values: read, columns: {} };
}

/** NFKC (full-width folded) with runs of spaces made one: how free text is compared. */
function foldText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

// What the reading assumes when a party's field is left empty (readParty): typing it or not says the same.
const PARTY_DEFAULTS: Readonly<Partial<Record<string, string>>> = { idType: 'resident_id', nationality: 'CHN' };

/**
 * A field's text reduced to what it means, so two clerks who typed the same page agree however
 * they wrote it: names by nameKey (full/half width, the middle dot of minority names), ID numbers
 * normalised (a 15-digit number stays 15 digits: the paper's own text is kept), dates and coded
 * words by what they read as. Null for an empty field (after its default).
 */
export function normalizedEntryValue(field: HandEntryField, text: string | undefined): string | null {
  const typed = text === undefined ? '' : foldText(text);
  const partyField = field.startsWith('parties.') ? field.slice('parties.0.'.length) : null;
  if (typed === '') return partyField === null ? null : (PARTY_DEFAULTS[partyField] ?? null);
  switch (partyField ?? field) {
    case 'name':
      return nameKey(typed);
    case 'idNumber':
      return normalizeIdNumber(typed);
    case 'birthDate':
    case 'registrationDate': {
      const reading = readDate(typed);
      return 'date' in reading ? reading.date : typed;
    }
    case 'kind':
      return readKind(typed) ?? typed;
    case 'sex':
      return readSex(typed) ?? typed;
    case 'idType':
      return readIdType(typed) ?? typed;
    case 'nationality':
      return readNationality(typed) ?? typed;
    case 'certificateNumber':
      // As the duplicate check keys it: spaces inside a paper-era number are not the clerk's choice to keep.
      return typed.replace(/\s+/g, '').toUpperCase();
    default:
      return typed;
  }
}

/** A field two entries of one page disagree on, with what each clerk typed. */
export interface EntryDifference {
  readonly field: HandEntryField;
  readonly first: string | null;
  readonly second: string | null;
}

/** The fields, in the paper's order, where two blind entries of the same page mean different things. */
export function compareEntries(first: HandEntryValues, second: HandEntryValues): EntryDifference[] {
  return HAND_ENTRY_FIELDS.filter((field) => normalizedEntryValue(field, first[field]) !== normalizedEntryValue(field, second[field])).map((field) => ({
    field,
    first: first[field]?.trim() || null,
    second: second[field]?.trim() || null,
  }));
}

/** A page reference (档案盒号/页号) as the two entries meet by it: full width folded, spaces dropped, Latin in upper case. */
export function pageRefKey(pageRef: string): string {
  return pageRef.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}
