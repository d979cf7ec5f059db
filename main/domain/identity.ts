import { ID_TYPES, type IdType, type LocalDate, type OfficeFacts, type PartyInput, type Sex, type Violation } from './case-types';
import { assertNever } from './assert-never';
import { compareDates, isValidDate, monthDayOf, yearOf } from './dates';
import { violation } from './rule-codes';

// GB 11643-1999 (ISO 7064 MOD 11-2): weights of the first 17 digits, and the check character by sum mod 11.
const GB11643_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const GB11643_CHECK = '10X98765432';

const RESIDENT_ID = /^\d{17}[\dX]$/;
const FOREIGN_PERMANENT_2017 = /^[A-Z]{3}\d{12}$/;
const FOREIGN_PERMANENT_2023 = /^9\d{16}[\dX]$/;
const HMT_RESIDENCE_PERMIT = /^(810000|820000|830000)\d{11}[\dX]$/;
// 通行证 and passports vary by issuer: letters and digits only, checked loosely.
const LOOSE_DOCUMENT = /^[A-Z0-9]{1,20}$/;
const FIRST_GENERATION_ID = /^\d{15}$/;

/** The check character of an 18-character number from its first 17 digits. */
export function gb11643CheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('gb11643CheckChar wants exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * GB11643_WEIGHTS[i]!;
  return GB11643_CHECK[sum % 11]!;
}

/** Registrars type a lower-case x as often as an upper-case one; the card reader gives 'X'. */
function normalize(idNumber: string): string {
  return idNumber.trim().toUpperCase();
}

function hasValidCheckChar(id18: string): boolean {
  return gb11643CheckChar(id18.slice(0, 17)) === id18[17];
}

/** Digits 7-14 of an 18-character number as a date, or null when they are not a real date. */
function embeddedBirthDate(id18: string): LocalDate | null {
  const date = `${id18.slice(6, 10)}-${id18.slice(10, 12)}-${id18.slice(12, 14)}`;
  return isValidDate(date) ? date : null;
}

/** An 18-character GB 11643 number: right check character and a real birth date. */
function isValidGb11643(id18: string): boolean {
  return hasValidCheckChar(id18) && embeddedBirthDate(id18) !== null;
}

/** The number's format and check character for its document type (domain.md, table of documents). */
export function checkIdNumber(idType: IdType, idNumber: string): 'ID_NUMBER_INVALID' | null {
  const id = normalize(idNumber);
  let valid: boolean;
  switch (idType) {
    case 'resident_id':
      valid = RESIDENT_ID.test(id) && isValidGb11643(id);
      break;
    case 'foreign_permanent_id':
      valid = FOREIGN_PERMANENT_2017.test(id) || (FOREIGN_PERMANENT_2023.test(id) && isValidGb11643(id));
      break;
    case 'hmt_residence_permit':
      valid = HMT_RESIDENCE_PERMIT.test(id) && isValidGb11643(id);
      break;
    case 'hk_macao_permit':
    case 'taiwan_permit':
    case 'passport':
      valid = LOOSE_DOCUMENT.test(id);
      break;
    default:
      return assertNever(idType, 'idType');
  }
  return valid ? null : 'ID_NUMBER_INVALID';
}

/** The 18-character GB 11643 numbers carry the birth date and the sex; the others carry neither reliably. */
function carriesBirthAndSex(idType: IdType, idNumber: string): string | null {
  const id = normalize(idNumber);
  if (id.length !== 18 || checkIdNumber(idType, id) !== null) return null;
  if (idType === 'resident_id' || idType === 'hmt_residence_permit' || idType === 'foreign_permanent_id') return id;
  return null;
}

export function birthDateFromId(idType: IdType, idNumber: string): LocalDate | null {
  const id = carriesBirthAndSex(idType, idNumber);
  return id === null ? null : embeddedBirthDate(id);
}

/** Digit 17: odd for a man, even for a woman. */
export function sexFromId(idType: IdType, idNumber: string): Sex | null {
  const id = carriesBirthAndSex(idType, idNumber);
  return id === null ? null : Number(id[16]) % 2 === 1 ? 'male' : 'female';
}

/**
 * Age in full years on a date: the birthday itself counts, and someone born on 29 February turns
 * a year older on 1 March in a non-leap year (28 February still comes before 29 February).
 */
export function ageOn(birthDate: LocalDate, on: LocalDate): number {
  const born = monthDayOf(birthDate);
  const today = monthDayOf(on);
  const beforeBirthday = today.month < born.month || (today.month === born.month && today.day < born.day);
  return yearOf(on) - yearOf(birthDate) - (beforeBirthday ? 1 : 0);
}

/** A first-generation 15-digit resident number as its 18-character form: '19' before the 2-digit year, then the check character. */
export function upgradeId15(id15: string): string {
  if (!FIRST_GENERATION_ID.test(id15)) throw new RangeError('upgradeId15 wants a 15-digit number');
  const first17 = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  return first17 + gb11643CheckChar(first17);
}

/** The form two ID numbers are compared in: trimmed, upper case, first-generation numbers upgraded. */
export function canonicalIdNumber(idNumber: string): string {
  const id = normalize(idNumber);
  return FIRST_GENERATION_ID.test(id) ? upgradeId15(id) : id;
}

function isSupportedIdType(idType: string): idType is IdType {
  return (ID_TYPES as readonly string[]).includes(idType);
}

/** One party's document: type, number, birth date and sex against the number, validity on `on`, and how it was verified. */
export function checkParty(party: PartyInput, on: LocalDate, field: string): Violation[] {
  const found: Violation[] = [];
  const birthDateValid = isValidDate(party.birthDate);
  if (!birthDateValid) found.push(violation('DATE_INVALID', `${field}.birthDate`, '出生日期'));
  if (!isSupportedIdType(party.idType)) {
    found.push(violation('ID_TYPE_UNSUPPORTED', `${field}.idType`));
  } else if (checkIdNumber(party.idType, party.idNumber) !== null) {
    found.push(violation('ID_NUMBER_INVALID', `${field}.idNumber`));
  } else {
    const birthInNumber = birthDateFromId(party.idType, party.idNumber);
    if (birthDateValid && birthInNumber !== null && birthInNumber !== party.birthDate) {
      found.push(violation('ID_BIRTH_MISMATCH', `${field}.birthDate`, `证件号码显示为 ${birthInNumber}`));
    }
    const sexInNumber = sexFromId(party.idType, party.idNumber);
    if (sexInNumber !== null && sexInNumber !== party.sex) {
      found.push(violation('ID_SEX_MISMATCH', `${field}.sex`, `证件号码显示为${sexInNumber === 'male' ? '男' : '女'}`));
    }
  }
  found.push(...checkValidity(party.idValidUntil, on, `${field}.idValidUntil`));
  if (!isVerified(party.verification)) found.push(violation('PARTY_NOT_VERIFIED', `${field}.verification`));
  return found;
}

/** The last valid day is still valid; a 长期 card never expires; an unrecorded validity cannot be judged here. */
function checkValidity(validUntil: PartyInput['idValidUntil'], on: LocalDate, field: string): Violation[] {
  if (validUntil === null || validUntil === 'long_term') return [];
  if (!isValidDate(validUntil)) return [violation('DATE_INVALID', field, '证件有效期限')];
  return compareDates(validUntil, on) < 0 ? [violation('ID_EXPIRED', field, `有效期至 ${validUntil}`)] : [];
}

function isVerified(v: PartyInput['verification']): boolean {
  if (v === null) return false;
  return v.method === 'reader' || v.reason.trim() !== '';
}

const HMT_DOCUMENTS: readonly IdType[] = ['hmt_residence_permit', 'hk_macao_permit', 'taiwan_permit'];

/** A foreigner, a Hong Kong, Macao or Taiwan resident, or an overseas Chinese (华侨) makes a case foreign-related (涉外). */
export function isForeignRelatedParty(p: PartyInput): boolean {
  return p.nationality.trim().toUpperCase() !== 'CHN' || HMT_DOCUMENTS.includes(p.idType) || p.overseasChinese;
}

/**
 * Every party's document, the same person twice, and whether this office may handle a foreign-related case.
 * `prefix` names the list in violation fields ('parties' gives 'parties.0.idNumber').
 */
export function checkParties(parties: readonly PartyInput[], on: LocalDate, office: OfficeFacts, prefix = 'parties'): Violation[] {
  const found: Violation[] = [];
  parties.forEach((party, i) => found.push(...checkParty(party, on, `${prefix}.${i}`)));
  const seen = new Set<string>();
  parties.forEach((party, i) => {
    const key = `${party.idType}:${canonicalIdNumber(party.idNumber)}`;
    if (seen.has(key)) found.push(violation('PARTY_DUPLICATE', `${prefix}.${i}.idNumber`));
    seen.add(key);
  });
  if (!office.foreignRelated && parties.some(isForeignRelatedParty)) {
    found.push(violation('OFFICE_NOT_FOREIGN_RELATED', prefix));
  }
  return found;
}
