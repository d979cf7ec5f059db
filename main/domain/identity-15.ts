import type { IdType, LocalDate, Sex } from './case-types';
import { isValidDate } from './dates';
import { birthDateFromId, checkIdNumber, gb11643CheckChar, sexFromId, upgradeId15 } from './identity';

/**
 * First-generation resident ID numbers (第一代居民身份证, 15 digits, issued 1984–2004): 6 digits of
 * region, the birth date as YYMMDD of a 19xx year, a 3-digit sequence whose last digit gives the sex.
 * They carry no check character, so the region's province and the date are all there is to check.
 * Paper-era records are full of them; upgradeId15 (identity.ts) gives the 18-character form.
 */
const ID15 = /^(\d{6})(\d{2})(\d{2})(\d{2})(\d{3})$/;
const ID18_OF_1900S = /^\d{6}19\d{9}[\dX]$/;

// GB/T 2260 province codes that issued first-generation cards (no 71 Taiwan, 81/82 Hong Kong and Macao).
const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
]);

export interface Id15Facts {
  readonly regionCode: string;
  readonly birthDate: LocalDate;
  readonly sequence: string;
  readonly sex: Sex;
}

/**
 * The form an ID number is read in from a sheet or a form: full-width digits and letters folded
 * (Excel cells typed with a Chinese IME), every space dropped, a lower-case x made upper-case.
 */
export function normalizeIdNumber(idNumber: string): string {
  return idNumber.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** The facts in a valid 15-digit number, or null: a known province, a real 19YY-MM-DD date. */
export function parseId15(id15: string): Id15Facts | null {
  const m = ID15.exec(id15);
  if (!m) return null;
  const [, regionCode, yy, mm, dd, sequence] = m as unknown as [string, string, string, string, string, string];
  if (!PROVINCE_CODES.has(regionCode.slice(0, 2))) return null;
  const birthDate = `19${yy}-${mm}-${dd}`;
  if (!isValidDate(birthDate)) return null;
  return { regionCode, birthDate, sequence, sex: Number(sequence[2]) % 2 === 1 ? 'male' : 'female' };
}

export function isValidId15(id15: string): boolean {
  return parseId15(id15) !== null;
}

/**
 * The 15-digit form of an 18-character number born in 19xx with a right check character, or null.
 * A wrong check character gives null: its 15-digit form would upgrade to a different number.
 */
export function downgradeId18(id18: string): string | null {
  if (!ID18_OF_1900S.test(id18)) return null;
  if (gb11643CheckChar(id18.slice(0, 17)) !== id18[17]) return null;
  return id18.slice(0, 6) + id18.slice(8, 17);
}

/**
 * Every form a resident number is stored or searched under, the given one first:
 * 15 digits → [15, 18]; 18 characters of a 19xx birth → [18, 15]; anything else → [itself].
 * Either form finds the person, whichever of the two the record holds (issue 10).
 */
export function idSearchKeys(idNumber: string): string[] {
  const id = normalizeIdNumber(idNumber);
  if (/^\d{15}$/.test(id)) return [id, upgradeId15(id)];
  const id15 = downgradeId18(id);
  return id15 === null ? [id] : [id, id15];
}

export interface IdNumberFacts {
  /** The 18-character form of a 15-digit resident number, else the number itself. */
  readonly canonicalId: string;
  readonly birthDate: LocalDate | null;
  readonly sex: Sex | null;
}

/**
 * A normalised number of any document that checkIdNumber knows, and for a resident also the
 * 15-digit first generation: what it says about its holder, or null when it is not valid.
 */
export function idNumberFacts(idType: IdType, idNumber: string): IdNumberFacts | null {
  if (idType === 'resident_id' && /^\d{15}$/.test(idNumber)) {
    const facts = parseId15(idNumber);
    return facts === null ? null : { canonicalId: upgradeId15(idNumber), birthDate: facts.birthDate, sex: facts.sex };
  }
  if (checkIdNumber(idType, idNumber) !== null) return null;
  return { canonicalId: idNumber, birthDate: birthDateFromId(idType, idNumber), sex: sexFromId(idType, idNumber) };
}
