import { describe, expect, it } from 'vitest';
import { duplicateKeys, inFileDuplicates } from '../../../../main/domain/backentry/duplicates';
import { residentId } from '../builders';
import { check, codes, MAN_ID15, row } from './rows';

/** Rows 2, 3, … of a sheet (row 1 is the header) through one accumulator: the violations of each. */
function scan(...changes: Record<string, string>[]): string[][] {
  const finder = inFileDuplicates();
  return changes.map((c, i) => {
    const r = row(c);
    return codes(finder.check(i + 2, check(c).draft, r.columns));
  });
}

describe('IMP_DUPLICATE_IN_FILE', () => {
  it('finds the same kind and certificate number again, however spaced or wide, and names the first row', () => {
    const other = { 姓名: '王强', 身份证号: '', '姓名#2': '赵敏', '身份证号#2': '' };
    expect(scan({}, { ...other, 结婚证字号: '京朝结字第１２３４号' })).toEqual([[], ['IMP_DUPLICATE_IN_FILE@certificateNumber']]);
    const finder = inFileDuplicates();
    finder.check(2, check().draft, row().columns);
    expect(finder.check(7, check(other).draft, row().columns)[0]).toMatchObject({ column: '结婚证字号', severity: 'error', message: '与文件中的另一行重复：与第 2 行的登记类别和证书编号相同' });
  });

  it('does not call a divorce with the number of a marriage a duplicate', () => {
    expect(scan({}, { 类别: '离婚', 登记日期: '2001-01-01' })).toEqual([[], []]);
  });

  it('finds the same two persons on the same date under another number, in either order, by 15 or 18 digits', () => {
    const swapped = {
      结婚证字号: '京朝结字第 9999 号',
      姓名: '李娜', 性别: '女', 出生日期: '1972-08-09', 身份证号: residentId('1972-08-09', 'female'),
      '姓名#2': '张伟', '性别#2': '男', '出生日期#2': '1970-03-14', '身份证号#2': residentId('1970-03-14', 'male'),
    };
    expect(scan({}, swapped)).toEqual([[], ['IMP_DUPLICATE_IN_FILE@registrationDate']]);
  });

  it('tells the same couple on another date apart, and reports a row identical in both keys once', () => {
    expect(scan({}, { 登记日期: '1996-05-04', 结婚证字号: '京朝结字第 1235 号' })).toEqual([[], []]);
    expect(scan({}, {}, {})).toEqual([[], ['IMP_DUPLICATE_IN_FILE@certificateNumber'], ['IMP_DUPLICATE_IN_FILE@certificateNumber']]);
  });

  it('knows persons without numbers by name and birth date', () => {
    const noIds = { 身份证号: '', '身份证号#2': '' };
    expect(scan(noIds, { ...noIds, 姓名: '张 伟', 结婚证字号: '另 1 号' })).toEqual([[], ['IMP_DUPLICATE_IN_FILE@registrationDate']]);
    expect(scan(noIds, { ...noIds, 出生日期: '1970-03-15', 结婚证字号: '另 1 号' })).toEqual([[], []]);
  });

  it('gives no key for what it cannot read', () => {
    expect(duplicateKeys(check({ 类别: '', 登记日期: '' }).draft)).toEqual({ certificate: null, couple: null });
    // The man's register has his 15-digit number: the key holds its 18-character form.
    expect(check().draft.parties[0].idNumber).toBe(MAN_ID15);
    expect(duplicateKeys(check().draft).couple).toBe(`resident_id:${residentId('1970-03-14', 'male')}+resident_id:${residentId('1972-08-09', 'female')}|1996-05-03`);
  });
});
