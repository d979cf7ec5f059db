import { describe, expect, it } from 'vitest';
import { marriageAgeThen } from '../../../../main/domain/backentry/legal-age';
import { check, codes } from './rows';

// Parties without ID numbers, so the dates under test are the written ones (IMP_ID_MISSING aside).
const noIds = { 身份证号: '', '身份证号#2': '' };
const withoutIdWarnings = (c: string[]) => c.filter((x) => !x.startsWith('IMP_ID_MISSING'));

describe('IMP_DATE_IN_FUTURE', () => {
  it('refuses a registration dated after today, and accepts one dated today', () => {
    expect(codes(check({ 登记日期: '2026-05-21', 结婚证字号: '京朝结字第 1 号' }).violations)).toEqual(['IMP_DATE_IN_FUTURE@registrationDate']);
    expect(check({ 登记日期: '2026-05-20' }).violations).toEqual([]);
  });

  it('refuses a birth date after today', () => {
    const v = codes(check({ ...noIds, 出生日期: '2026-05-21', 登记日期: '2026-05-20' }).violations);
    expect(v).toContain('IMP_DATE_IN_FUTURE@parties.0.birthDate');
  });
});

describe('IMP_BEFORE_BIRTH', () => {
  it('refuses a registration the day before a party was born, naming the party', () => {
    const v = check({ ...noIds, 出生日期: '1996-05-04' }).violations;
    expect(withoutIdWarnings(codes(v))).toEqual(['IMP_BEFORE_BIRTH@registrationDate']);
    expect(v.find((x) => x.code === 'IMP_BEFORE_BIRTH')!.message).toBe('登记日期早于当事人的出生日期：男方姓名出生于 1996-05-04');
  });

  it('does not call a registration on the birth date itself "before birth" (it is under age)', () => {
    expect(withoutIdWarnings(codes(check({ ...noIds, 出生日期: '1996-05-03' }).violations))).toEqual(['IMP_UNDER_AGE_THEN@parties.0.birthDate']);
  });
});

describe('IMP_UNDER_AGE_THEN: the marriage ages of the day, flagged not refused', () => {
  it('knows the ages: none before 1950-05-01, 20/18 from then, 22/20 from 1981-01-01', () => {
    expect(marriageAgeThen('1950-04-30')).toBeNull();
    expect(marriageAgeThen('1950-05-01')).toMatchObject({ man: 20, woman: 18 });
    expect(marriageAgeThen('1980-12-31')).toMatchObject({ man: 20, woman: 18 });
    expect(marriageAgeThen('1981-01-01')).toMatchObject({ man: 22, woman: 20 });
  });

  it('accepts a man of 20 and a woman of 18 on 1980-12-31, under the 1950 law', () => {
    expect(withoutIdWarnings(codes(check({ ...noIds, 登记日期: '1980-12-31', 出生日期: '1960-12-31', '出生日期#2': '1962-12-31' }).violations))).toEqual([]);
  });

  it('flags a man one day short of 20 and a woman one day short of 18 on 1980-12-31, and keeps the record', () => {
    const { record, violations } = check({ ...noIds, 登记日期: '1980-12-31', 出生日期: '1961-01-01', '出生日期#2': '1963-01-01' });
    expect(withoutIdWarnings(codes(violations))).toEqual(['IMP_UNDER_AGE_THEN@parties.0.birthDate', 'IMP_UNDER_AGE_THEN@parties.1.birthDate']);
    expect(violations.every((v) => v.severity === 'warning')).toBe(true);
    expect(violations.find((v) => v.code === 'IMP_UNDER_AGE_THEN')!.message).toBe('登记时当事人未达当时法律规定的婚龄，请核对原始档案：登记日 1980-12-31 年满 19 周岁，1950 年《婚姻法》规定男方须年满 20 周岁');
    expect(record).not.toBeNull();
  });

  it('flags the same couple a day later, 1981-01-01, under the 1980 law (22/20), and not on their birthdays under it', () => {
    const flagged = check({ ...noIds, 登记日期: '1981-01-01', 出生日期: '1959-01-02', '出生日期#2': '1961-01-02' }).violations;
    expect(withoutIdWarnings(codes(flagged))).toEqual(['IMP_UNDER_AGE_THEN@parties.0.birthDate', 'IMP_UNDER_AGE_THEN@parties.1.birthDate']);
    const onBirthdays = check({ ...noIds, 登记日期: '1981-01-01', 出生日期: '1959-01-01', '出生日期#2': '1961-01-01' }).violations;
    expect(withoutIdWarnings(codes(onBirthdays))).toEqual([]);
  });

  it('does not judge a 1949 marriage, nor a divorce of a couple married young', () => {
    expect(withoutIdWarnings(codes(check({ ...noIds, 登记日期: '1950-04-30', 出生日期: '1935-01-01', '出生日期#2': '1936-01-01' }).violations))).toEqual([]);
    expect(withoutIdWarnings(codes(check({ ...noIds, 类别: '离婚', 登记日期: '1990-01-01', 出生日期: '1970-01-01', '出生日期#2': '1975-01-01' }).violations))).toEqual([]);
  });
});

describe('IMP_SAME_SEX', () => {
  it('refuses two men, on the second party’s sex', () => {
    const v = check({ ...noIds, '性别#2': '男' }).violations;
    expect(withoutIdWarnings(codes(v))).toEqual(['IMP_SAME_SEX@parties.1.sex']);
    expect(v.find((x) => x.code === 'IMP_SAME_SEX')).toMatchObject({ column: '性别#2', message: '双方当事人性别相同：均为男' });
  });

  it('refuses two women in a divorce record too: every kind records a marriage', () => {
    expect(withoutIdWarnings(codes(check({ ...noIds, 类别: '离婚', 性别: '女' }).violations))).toEqual(['IMP_SAME_SEX@parties.1.sex']);
  });
});

describe('IMP_CERT_NUMBER_FORMAT and IMP_CERT_NUMBER_MISMATCH', () => {
  // A 2016 record of the man without his number: the modern number's year must be 2016.
  const modern = { 登记日期: '2016-05-03', 身份证号: '' };

  it('keeps paper-era numbers as printed, whatever their form', () => {
    for (const n of ['京朝结字第 1234 号', '(86)民结字第56号', '结字 0001', '1996-0001']) {
      expect(check({ 结婚证字号: n }).record?.certificateNumber, n).toBe(n);
    }
  });

  it('accepts a modern number of the right kind and year', () => {
    expect(codes(check({ ...modern, 结婚证字号: 'J110105-2016-000123' }).violations)).toEqual(['IMP_ID_MISSING@parties.0.idNumber']);
  });

  it('refuses a modern-looking number that does not match the pattern', () => {
    for (const n of ['J110105-2016-123', 'J1101052016000123', 'j110105-2016-000123', 'J110105-2016-000000', 'BJ 110105-2016-000001']) {
      const v = check({ ...modern, 结婚证字号: n }).violations;
      expect(withoutIdWarnings(codes(v)), n).toEqual(['IMP_CERT_NUMBER_FORMAT@certificateNumber']);
    }
  });

  it('refuses a divorce prefix on a marriage and a year other than the registration’s', () => {
    const v = check({ ...modern, 结婚证字号: 'L110105-2015-000123' }).violations;
    expect(withoutIdWarnings(codes(v))).toEqual(['IMP_CERT_NUMBER_MISMATCH@certificateNumber']);
    expect(v.find((x) => x.code === 'IMP_CERT_NUMBER_MISMATCH')!.message).toBe(
      '证书编号的类别或年份与登记类别、登记日期不符：前缀 L 不是J；年份 2015 不是登记年份 2016',
    );
    expect(withoutIdWarnings(codes(check({ ...modern, 类别: '补领', 结婚证字号: 'BL110105-2016-000001' }).violations))).toEqual([]);
  });
});
