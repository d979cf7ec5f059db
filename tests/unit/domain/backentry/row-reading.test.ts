import { describe, expect, it } from 'vitest';
import { residentId } from '../builders';
import { check, codes, MAN_ID15, WOMAN_ID18 } from './rows';

describe('a valid register row', () => {
  it('gives the record, the 15-digit number kept beside its 18-character form', () => {
    const { record, violations } = check();
    expect(violations).toEqual([]);
    expect(record).toEqual({
      kind: 'marriage',
      registrationDate: '1996-05-03',
      certificateNumber: '京朝结字第 1234 号',
      office: '北京市朝阳区民政局',
      parties: [
        { name: '张伟', sex: 'male', birthDate: '1970-03-14', idType: 'resident_id', idNumber: MAN_ID15, canonicalId: residentId('1970-03-14', 'male'), nationality: 'CHN', ethnicity: '汉族' },
        { name: '李娜', sex: 'female', birthDate: '1972-08-09', idType: 'resident_id', idNumber: WOMAN_ID18, canonicalId: WOMAN_ID18, nationality: 'CHN', ethnicity: null },
      ],
      remarks: null,
      scanFile: '1996-0001.jpg',
    });
  });

  it('takes birth date and sex from the ID number when the register leaves them empty', () => {
    const { record, violations } = check({ 出生日期: '', 性别: '', '性别#2': '' });
    expect(violations).toEqual([]);
    expect(record?.parties[0]).toMatchObject({ birthDate: '1970-03-14', sex: 'male' });
    expect(record?.parties[1].sex).toBe('female');
  });
});

describe('IMP_REQUIRED', () => {
  it('names each missing required field and its column, and gives no record', () => {
    const { record, violations } = check({ 类别: '', 登记日期: '', 结婚证字号: '', 登记机关: '', '姓名#2': '' });
    expect(record).toBeNull();
    expect(codes(violations)).toEqual([
      'IMP_REQUIRED@kind', 'IMP_REQUIRED@registrationDate', 'IMP_REQUIRED@certificateNumber', 'IMP_REQUIRED@office', 'IMP_REQUIRED@parties.1.name',
    ]);
    expect(violations[4]).toMatchObject({ severity: 'error', column: '姓名#2', message: '缺少必填项' });
  });

  it('wants a sex when neither the register nor a document number gives it', () => {
    const { violations } = check({ 性别: '', 身份证号: '' });
    expect(codes(violations)).toEqual(['IMP_ID_MISSING@parties.0.idNumber', 'IMP_REQUIRED@parties.0.sex']);
  });
});

describe('IMP_VALUE_UNKNOWN', () => {
  it('refuses a kind, sex, document type or nationality it cannot read, quoting what was written', () => {
    const v = check({ 类别: '收养', 性别: '未知' }).violations;
    expect(codes(v)).toEqual(['IMP_VALUE_UNKNOWN@kind', 'IMP_VALUE_UNKNOWN@parties.0.sex']);
    expect(v[0]!.message).toBe('无法识别的取值：「收养」，应为 结婚、离婚 或 补领');
  });
});

describe('IMP_ID_INVALID and IMP_ID_MISSING', () => {
  it('refuses a 15-digit number with a date that does not exist (1970-02-30) and an 18-character one with a wrong check character', () => {
    const wrongCheck = WOMAN_ID18.slice(0, 17) + (WOMAN_ID18[17] === '0' ? '1' : '0');
    const v = check({ 身份证号: '110105700230031', '身份证号#2': wrongCheck, 出生日期: '' }).violations;
    expect(codes(v)).toEqual(['IMP_ID_INVALID@parties.0.idNumber', 'IMP_ID_INVALID@parties.1.idNumber']);
  });

  it('refuses 14 and 16 digits, and accepts full-width digits and a lower-case x', () => {
    expect(codes(check({ 身份证号: MAN_ID15.slice(0, 14) }).violations)).toEqual(['IMP_ID_INVALID@parties.0.idNumber']);
    expect(codes(check({ 身份证号: `${MAN_ID15}1` }).violations)).toEqual(['IMP_ID_INVALID@parties.0.idNumber']);
    const fullWidth = MAN_ID15.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    expect(check({ 身份证号: fullWidth }).record?.parties[0].idNumber).toBe(MAN_ID15);
  });

  it('only warns when a record has no ID number (paper from before ID cards), and keeps the record', () => {
    const { record, violations } = check({ 身份证号: '' });
    expect(violations).toEqual([expect.objectContaining({ code: 'IMP_ID_MISSING', severity: 'warning', field: 'parties.0.idNumber', column: '身份证号' })]);
    expect(record?.parties[0]).toMatchObject({ idNumber: null, canonicalId: null, birthDate: '1970-03-14' });
  });
});

describe('IMP_DATE_INVALID', () => {
  it('refuses a registration on 1997-02-29 and accepts 1996-02-29', () => {
    const v = check({ 登记日期: '1997-02-29' }).violations;
    expect(codes(v)).toEqual(['IMP_DATE_INVALID@registrationDate']);
    expect(v[0]!.message).toBe('日期不存在或无法识别（应为 年-月-日，如 1996-05-03）：「1997-02-29」不是真实的日期');
    expect(check({ 登记日期: '1996-02-29' }).violations).toEqual([]);
  });

  it('refuses a birth date it cannot read, and still checks the age by the ID number', () => {
    expect(codes(check({ 出生日期: '七零年三月' }).violations)).toEqual(['IMP_DATE_INVALID@parties.0.birthDate']);
  });
});

describe('IMP_ID_BIRTH_MISMATCH and IMP_ID_SEX_MISMATCH', () => {
  it('refuses a birth date one day off the 15-digit number’s 1970-03-14', () => {
    const v = check({ 出生日期: '1970-03-15' }).violations;
    expect(codes(v)).toEqual(['IMP_ID_BIRTH_MISMATCH@parties.0.birthDate']);
    expect(v[0]!.message).toContain('证件号码显示为 1970-03-14');
  });

  it('refuses 女 for a number whose sequence ends in an odd digit', () => {
    const v = check({ 性别: '女', '性别#2': '男' }).violations;
    expect(codes(v)).toEqual(['IMP_ID_SEX_MISMATCH@parties.0.sex', 'IMP_ID_SEX_MISMATCH@parties.1.sex']);
  });
});
