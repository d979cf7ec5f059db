import { birthDateFromId, checkIdNumber, sexFromId } from '../../domain/identity';
import { RULES } from '../../domain/rule-codes';
import type { CardIdentity, CardWarning, CardWarningCode } from './identity';
import { numericFromAlpha3 } from './iso3166';

/** Messages of the warnings only a card can raise; the others are the domain's own rule messages. */
const CARD_MESSAGES = {
  ID_CHECK_UNCONFIRMED: '证件号码末位与一家厂商公布的校验方法（7-3-1）不符，该方法尚未确认',
  NATIONALITY_MISMATCH: '证件号码中的国籍代码与卡上的国籍不一致',
  NATIONALITY_UNKNOWN: '卡上的国籍代码不在 ISO 3166 国家代码表中',
  SEX_UNSTATED: '卡上的性别代码不是男（1）或女（2）',
  ISSUE_COUNT_INVALID: '卡上的签发次数不是数字',
} as const;

export function cardWarning(code: CardWarningCode, field: string, detail?: string): CardWarning {
  const base = code in CARD_MESSAGES ? CARD_MESSAGES[code as keyof typeof CARD_MESSAGES] : RULES[code as keyof typeof RULES].message;
  return { code, field, message: detail ? `${base}：${detail}` : base };
}

const FOREIGN_2017_NUMBER = /^[A-Z]{3}\d{12}$/;
const FOREIGN_2023_NUMBER = /^9\d{16}[\dX]$/;

/**
 * The number against itself and the other fields, with the domain's rules: check character, the
 * birth date and sex it carries, and for foreign cards the nationality it embeds. Only warnings:
 * the identity is still returned, and the registrar decides.
 */
export function numberWarnings(identity: Omit<CardIdentity, 'photo' | 'warnings'>): CardWarning[] {
  const id = identity.idNumber;
  if (id === undefined) return [cardWarning('ID_NUMBER_INVALID', 'idNumber', '卡上没有证件号码')];
  const found: CardWarning[] = [];
  const versionForm = identity.cardVersion === '2017' ? FOREIGN_2017_NUMBER : identity.cardVersion === '2023' ? FOREIGN_2023_NUMBER : null;
  if (checkIdNumber(identity.cardType, id) !== null || (versionForm !== null && !versionForm.test(id))) {
    found.push(cardWarning('ID_NUMBER_INVALID', 'idNumber', id));
  }
  const birthInNumber = birthDateFromId(identity.cardType, id);
  if (birthInNumber !== null && identity.birthDate !== undefined && birthInNumber !== identity.birthDate) {
    found.push(cardWarning('ID_BIRTH_MISMATCH', 'birthDate', `证件号码显示为 ${birthInNumber}`));
  }
  const sexInNumber = sexFromId(identity.cardType, id);
  if (sexInNumber !== null && identity.sex !== undefined && (sexInNumber === 'male' ? 'M' : 'F') !== identity.sex) {
    found.push(cardWarning('ID_SEX_MISMATCH', 'sex', `证件号码显示为${sexInNumber === 'male' ? '男' : '女'}`));
  }
  if (identity.cardVersion === '2017' && FOREIGN_2017_NUMBER.test(id)) found.push(...foreign2017Warnings(id, identity.nationality));
  if (identity.cardVersion === '2023' && FOREIGN_2023_NUMBER.test(id) && identity.nationality !== undefined) {
    const numeric = numericFromAlpha3(identity.nationality);
    if (numeric !== null && numeric !== id.slice(3, 6)) found.push(cardWarning('NATIONALITY_MISMATCH', 'nationality', `号码中为 ${id.slice(3, 6)}`));
  }
  return found;
}

function foreign2017Warnings(id: string, nationality: string | undefined): CardWarning[] {
  const found: CardWarning[] = [];
  if (nationality !== undefined && id.slice(0, 3) !== nationality) found.push(cardWarning('NATIONALITY_MISMATCH', 'nationality', `号码中为 ${id.slice(0, 3)}`));
  if (foreign2017CheckDigit(id.slice(0, 14)) !== Number(id[14])) found.push(cardWarning('ID_CHECK_UNCONFIRMED', 'idNumber', id));
  return found;
}

/** One vendor's check digit for the 2017 card: weights 7 3 1 over the first 14 characters, A=10 … Z=35, sum mod 10. */
export function foreign2017CheckDigit(first14: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < first14.length; i++) {
    const c = first14.charCodeAt(i);
    const value = c >= 65 && c <= 90 ? c - 55 : c - 48;
    sum += value * weights[i % 3]!;
  }
  return sum % 10;
}
