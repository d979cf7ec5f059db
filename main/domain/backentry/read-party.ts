import type { IdType, LocalDate, Sex } from '../case-types';
import { idNumberFacts, normalizeIdNumber, type IdNumberFacts } from '../identity-15';
import type { RuleCode } from '../rule-codes';
import type { MappedRow } from './mapping';
import { partyField, type BackEntryField, type BackEntryPartyDraft, type PartyField } from './record';
import { readDate, readIdType, readNationality, readSex } from './values';
import { backEntryViolation, type BackEntryViolation } from './violations';

export interface Reading<T> {
  readonly value: T;
  readonly violations: BackEntryViolation[];
}

const SEX_LABEL: Readonly<Record<Sex, string>> = { male: '男', female: '女' };

/** A date field: null when empty (nothing reported) or wrong (IMP_DATE_INVALID with what was written). */
export function readDateField(row: MappedRow, field: BackEntryField): Reading<LocalDate | null> {
  const text = row.values[field];
  if (text === undefined) return { value: null, violations: [] };
  const reading = readDate(text);
  if ('date' in reading) return { value: reading.date, violations: [] };
  const detail = reading.problem === 'nonexistent' ? `「${text}」不是真实的日期` : `「${text}」`;
  return { value: null, violations: [backEntryViolation('IMP_DATE_INVALID', field, row.columns, detail)] };
}

/**
 * One party of a row, every problem at once. Birth date and sex left empty are taken from a valid
 * ID number; written ones must agree with it. A 15-digit resident number is kept as written and
 * its 18-character form given beside it.
 */
export function readParty(row: MappedRow, index: 0 | 1): Reading<BackEntryPartyDraft> {
  const field = (f: PartyField) => partyField(index, f);
  const text = (f: PartyField) => row.values[field(f)];
  const found: BackEntryViolation[] = [];
  const report = (code: RuleCode, f: PartyField, detail?: string) =>
    found.push(backEntryViolation(code, field(f), row.columns, detail));

  const name = text('name') ?? null;
  if (name === null) report('IMP_REQUIRED', 'name');

  const idTypeText = text('idType');
  const idType: IdType | null = idTypeText === undefined ? 'resident_id' : readIdType(idTypeText);
  if (idType === null) report('IMP_VALUE_UNKNOWN', 'idType', `「${idTypeText}」`);

  const idNumberText = text('idNumber');
  const idNumber = idNumberText === undefined ? null : normalizeIdNumber(idNumberText);
  let facts: IdNumberFacts | null = null;
  if (idNumber === null) report('IMP_ID_MISSING', 'idNumber');
  else if (idType !== null) {
    facts = idNumberFacts(idType, idNumber);
    if (facts === null) report('IMP_ID_INVALID', 'idNumber', `「${idNumberText}」`);
  }

  const written = readDateField(row, field('birthDate'));
  found.push(...written.violations);
  if (written.value !== null && facts?.birthDate && facts.birthDate !== written.value) {
    report('IMP_ID_BIRTH_MISMATCH', 'birthDate', `证件号码显示为 ${facts.birthDate}`);
  }
  // A written date that is wrong is reported; the number's date still lets the age checks run.
  const birthDate = written.value ?? facts?.birthDate ?? null;

  const sexText = text('sex');
  const writtenSex = sexText === undefined ? null : readSex(sexText);
  if (sexText !== undefined && writtenSex === null) report('IMP_VALUE_UNKNOWN', 'sex', `「${sexText}」，应为 男 或 女`);
  if (writtenSex !== null && facts?.sex && facts.sex !== writtenSex) {
    report('IMP_ID_SEX_MISMATCH', 'sex', `证件号码显示为${SEX_LABEL[facts.sex]}`);
  }
  const sex = sexText === undefined ? (facts?.sex ?? null) : writtenSex;
  if (sexText === undefined && sex === null) report('IMP_REQUIRED', 'sex', '证件号码也不能确定性别');

  const nationalityText = text('nationality');
  const nationality = nationalityText === undefined ? 'CHN' : readNationality(nationalityText);
  if (nationality === null) report('IMP_VALUE_UNKNOWN', 'nationality', `「${nationalityText}」，应为三位字母代码（如 USA）或“中国”`);

  const party: BackEntryPartyDraft = {
    name,
    sex,
    birthDate,
    idType,
    idNumber,
    canonicalId: facts?.canonicalId ?? null,
    nationality,
    ethnicity: text('ethnicity') ?? null,
  };
  return { value: party, violations: found };
}
