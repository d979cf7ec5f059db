import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../../main/domain/backentry/guess-mapping';
import { checkMapping, columnKeys, mapRow } from '../../../../main/domain/backentry/mapping';
import { cells, HEADERS, MAPPING } from './rows';

describe('column mapping', () => {
  it('names repeated headers by their occurrence: 姓名, 姓名#2', () => {
    expect(columnKeys([' 姓名 ', '性别', '姓名', '姓名'])).toEqual(['姓名', '性别', '姓名#2', '姓名#3']);
  });

  it('maps a row to fields, trimmed, leaving empty cells out, and remembers each field’s column', () => {
    const row = mapRow(HEADERS, cells({ 姓名: '  张伟 ', 备注: '   ' }), MAPPING);
    expect(row.values['parties.0.name']).toBe('张伟');
    expect(row.values['parties.1.name']).toBe('李娜');
    expect(row.values.remarks).toBeUndefined();
    expect(row.columns['parties.1.name']).toBe('姓名#2');
    expect(row.columns.remarks).toBe('备注');
  });

  it('treats missing trailing cells as empty and ignores unmapped columns', () => {
    const row = mapRow(['登记日期', '无关', '登记机关'], ['1996-05-03'], { columns: { 登记日期: 'registrationDate', 登记机关: 'office' } });
    expect(row.values).toEqual({ registrationDate: '1996-05-03' });
  });

  it('fills a field from the defaults when the sheet has no column for it or leaves it empty', () => {
    const mapping = { columns: { 日期: 'registrationDate', 机关: 'office' }, defaults: { kind: '结婚', office: '北京市朝阳区民政局' } } as const;
    expect(mapRow(['日期', '机关'], ['1996-05-03', ''], mapping).values).toEqual({ registrationDate: '1996-05-03', kind: '结婚', office: '北京市朝阳区民政局' });
    expect(mapRow(['日期', '机关'], ['1996-05-03', '东城区'], mapping).values.office).toBe('东城区');
  });

  it('finds nothing wrong with a complete mapping', () => {
    expect(checkMapping(HEADERS, MAPPING)).toEqual([]);
  });

  it('reports a column the file lacks, a field mapped twice, an unknown field and a required field with no column', () => {
    const problems = checkMapping(['登记日期', '日期2', '姓名'], {
      columns: { 登记日期: 'registrationDate', 日期2: 'registrationDate', 身份证: 'parties.0.idNumber', 姓名: 'nonsense' as never },
      defaults: { kind: '结婚' },
    });
    expect(problems.map((p) => `${p.problem}:${p.column ?? ''}:${p.field}`)).toEqual([
      'field_twice:日期2:registrationDate',
      'column_missing:身份证:parties.0.idNumber',
      'field_unknown:姓名:nonsense',
      'required_unmapped::certificateNumber',
      'required_unmapped::office',
      'required_unmapped::parties.0.name',
      'required_unmapped::parties.1.name',
    ]);
    expect(problems[0]!.message).toBe('「登记日期」同时对应「登记日期」和「日期2」两列');
  });
});

describe('a first guess at the mapping', () => {
  it('maps the register of the tests exactly as the hand-made mapping does', () => {
    expect(guessMapping(HEADERS)).toEqual({ columns: MAPPING.columns });
  });

  it('reads 男方/女方 prefixes, spaces in headers, and leaves unknown columns unmapped', () => {
    expect(guessMapping(['结婚证字号', '男方 姓名', '女方姓名', '女方公民身份号码', '男方身份证号', '页码', '女方民族']).columns).toEqual({
      结婚证字号: 'certificateNumber',
      '男方 姓名': 'parties.0.name',
      女方姓名: 'parties.1.name',
      女方公民身份号码: 'parties.1.idNumber',
      男方身份证号: 'parties.0.idNumber',
      女方民族: 'parties.1.ethnicity',
    });
  });

  it('maps each field once, by its first column', () => {
    expect(guessMapping(['日期', '登记日期', '姓名', '姓名', '姓名']).columns).toEqual({ 日期: 'registrationDate', 姓名: 'parties.0.name', '姓名#2': 'parties.1.name' });
  });
});
