import { describe, expect, it } from 'vitest';
import { isRuleCode, RULE_CODES, RULES, ruleField, violation } from '../../../main/domain/rule-codes';

// Codes of the marriage side of domain.md; adoption (ADO_*) is another issue's.
const SPEC_CODES = [
  'ID_TYPE_UNSUPPORTED', 'ID_NUMBER_INVALID', 'ID_BIRTH_MISMATCH', 'ID_SEX_MISMATCH', 'ID_EXPIRED', 'PARTY_DUPLICATE', 'PARTY_NOT_VERIFIED',
  'OFFICE_NOT_FOREIGN_RELATED', 'MAR_SEXES', 'MAR_AGE_MAN', 'MAR_AGE_WOMAN', 'MAR_ALREADY_MARRIED', 'MAR_STATUS_UNVERIFIED',
  'MAR_DECLARATION_MISSING', 'MAR_KINSHIP', 'MAR_NOT_VOLUNTARY', 'DIV_NO_AGREEMENT', 'DIV_CAPACITY', 'DIV_MARRIAGE_UNKNOWN',
  'DIV_PARTIES_MISMATCH', 'DIV_CASE_OPEN', 'DIV_COOLING_OFF', 'DIV_TERMS_UNCONFIRMED', 'DIV_BOTH_REQUIRED', 'DIV_DEEMED_WITHDRAWN',
  'DIV_CASE_CLOSED', 'REI_RECORD_NOT_FOUND', 'REI_STATUS_CHANGED', 'REV_NO_BASIS', 'CERT_STOCK_EMPTY',
];

describe('rule codes', () => {
  it('has every code of domain.md for identity, marriage, divorce, reissue, revocation and certificates', () => {
    for (const code of SPEC_CODES) expect(isRuleCode(code), code).toBe(true);
  });

  it('gives every code a Chinese message', () => {
    for (const code of RULE_CODES) expect(RULES[code].message, code).toMatch(/[\u4e00-\u9fff]/);
  });

  it('builds a violation with the message, and the detail after a full-width colon', () => {
    expect(violation('ID_EXPIRED', 'parties.0.idValidUntil')).toEqual({ code: 'ID_EXPIRED', field: 'parties.0.idValidUntil', message: '证件已超过有效期限' });
    expect(violation('ID_EXPIRED', 'parties.0.idValidUntil', '有效期至 2026-05-20').message).toBe('证件已超过有效期限：有效期至 2026-05-20');
    expect(ruleField('DIV_NO_AGREEMENT')).toBe('agreementSigned');
    expect(ruleField('ID_EXPIRED')).toBeUndefined();
    expect(isRuleCode('toString')).toBe(false);
  });
});
