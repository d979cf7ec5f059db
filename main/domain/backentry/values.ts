import { ID_TYPES, type IdType, type LocalDate, type Sex } from '../case-types';
import { isValidDate } from '../dates';
import type { BackEntryKind } from './record';

/**
 * The words registers and clerks use for a record's coded values, read leniently: full-width
 * folded, spaces dropped, Latin in lower case. Each reader answers null for a word it does not know.
 */
function fold(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

function lookup<T>(table: Readonly<Record<string, T>>, text: string): T | null {
  const key = fold(text);
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key]! : null;
}

// 初婚, 再婚 and 复婚 are how registers label marriages; 复婚 is an ordinary marriage (domain.md).
const KIND_WORDS: Readonly<Record<string, BackEntryKind>> = {
  marriage: 'marriage', 结婚: 'marriage', 结婚登记: 'marriage', 初婚: 'marriage', 再婚: 'marriage', 复婚: 'marriage',
  divorce: 'divorce', 离婚: 'divorce', 离婚登记: 'divorce',
  reissue: 'reissue', 补领: 'reissue', 补发: 'reissue', 补证: 'reissue', 补领证书: 'reissue',
  补领结婚证: 'reissue', 补领离婚证: 'reissue', 补发结婚证: 'reissue', 补发离婚证: 'reissue',
};

// GB/T 2261.1: 1 male, 2 female.
const SEX_WORDS: Readonly<Record<string, Sex>> = {
  男: 'male', 男性: 'male', male: 'male', m: 'male', '1': 'male',
  女: 'female', 女性: 'female', female: 'female', f: 'female', '2': 'female',
};

const ID_TYPE_WORDS: Readonly<Record<string, IdType>> = {
  ...Object.fromEntries(ID_TYPES.map((t) => [t, t])),
  身份证: 'resident_id', 居民身份证: 'resident_id', 临时身份证: 'resident_id', 临时居民身份证: 'resident_id',
  一代身份证: 'resident_id', 二代身份证: 'resident_id', 第一代居民身份证: 'resident_id', 第二代居民身份证: 'resident_id',
  外国人永久居留身份证: 'foreign_permanent_id', 外国人永久居留证: 'foreign_permanent_id',
  港澳台居民居住证: 'hmt_residence_permit',
  港澳居民来往内地通行证: 'hk_macao_permit', 港澳通行证: 'hk_macao_permit', 回乡证: 'hk_macao_permit',
  台湾居民来往大陆通行证: 'taiwan_permit', 台胞证: 'taiwan_permit',
  护照: 'passport',
};

const CHINA_WORDS = new Set(['中国', '中华人民共和国', '中国大陆', 'chn', 'cn']);

export function readKind(text: string): BackEntryKind | null {
  return lookup(KIND_WORDS, text);
}

export function readSex(text: string): Sex | null {
  return lookup(SEX_WORDS, text);
}

export function readIdType(text: string): IdType | null {
  return lookup(ID_TYPE_WORDS, text);
}

/** ISO 3166-1 alpha-3 as written, or China by its Chinese names; other names are not guessed. */
export function readNationality(text: string): string | null {
  const key = fold(text);
  if (CHINA_WORDS.has(key)) return 'CHN';
  return /^[a-z]{3}$/.test(key) ? key.toUpperCase() : null;
}

// 1996-05-03, 1996-5-3, 1996/5/3, 1996.5.3, 1996年5月3日 and 19960503; never a 2-digit year.
const SEPARATED = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

export type DateReading = { readonly date: LocalDate } | { readonly problem: 'unreadable' | 'nonexistent' };

/** A date as clerks write it: unreadable when no format fits, nonexistent when it fits but is no calendar day (1997-02-29). */
export function readDate(text: string): DateReading {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  const m = SEPARATED.exec(t) ?? COMPACT.exec(t);
  if (!m) return { problem: 'unreadable' };
  const date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isValidDate(date) ? { date } : { problem: 'nonexistent' };
}
