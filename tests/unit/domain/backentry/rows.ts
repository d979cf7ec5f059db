/* A register sheet as halls keep them, valid by default: each test changes the cells it is about. */
import { checkRow, type RowCheck } from '../../../../main/domain/backentry/dry-run';
import { mapRow, type ColumnMapping, type MappedRow } from '../../../../main/domain/backentry/mapping';
import type { BackEntryViolation } from '../../../../main/domain/backentry/violations';
import { residentId } from '../builders';

export const TODAY = '2026-05-20';

export const HEADERS = [
  '类别', '登记日期', '结婚证字号', '登记机关',
  '姓名', '性别', '出生日期', '身份证号',
  '姓名', '性别', '出生日期', '身份证号',
  '民族', '备注', '扫描件',
] as const;

export const MAPPING: ColumnMapping = {
  columns: {
    类别: 'kind', 登记日期: 'registrationDate', 结婚证字号: 'certificateNumber', 登记机关: 'office',
    姓名: 'parties.0.name', 性别: 'parties.0.sex', 出生日期: 'parties.0.birthDate', 身份证号: 'parties.0.idNumber',
    '姓名#2': 'parties.1.name', '性别#2': 'parties.1.sex', '出生日期#2': 'parties.1.birthDate', '身份证号#2': 'parties.1.idNumber',
    民族: 'parties.0.ethnicity', 备注: 'remarks', 扫描件: 'scanFile',
  },
};

// The man's first-generation number: 110105 · 700314 · 031 (odd: male).
export const MAN_ID15 = '110105700314031';
export const WOMAN_ID18 = residentId('1972-08-09', 'female');

export const VALID: Readonly<Record<string, string>> = {
  类别: '结婚', 登记日期: '1996-05-03', 结婚证字号: '京朝结字第 1234 号', 登记机关: '北京市朝阳区民政局',
  姓名: '张伟', 性别: '男', 出生日期: '1970-03-14', 身份证号: MAN_ID15,
  '姓名#2': '李娜', '性别#2': '女', '出生日期#2': '1972-08-09', '身份证号#2': WOMAN_ID18,
  民族: '汉族', 备注: '', 扫描件: '1996-0001.jpg',
};

const KEYS = ['类别', '登记日期', '结婚证字号', '登记机关', '姓名', '性别', '出生日期', '身份证号', '姓名#2', '性别#2', '出生日期#2', '身份证号#2', '民族', '备注', '扫描件'];

/** The row's cells with some changed, keyed by column name ('姓名#2' is the second 姓名). */
export function cells(changes: Readonly<Record<string, string>> = {}): string[] {
  const all = { ...VALID, ...changes };
  return KEYS.map((k) => all[k] ?? '');
}

export function row(changes: Readonly<Record<string, string>> = {}): MappedRow {
  return mapRow(HEADERS, cells(changes), MAPPING);
}

export function check(changes: Readonly<Record<string, string>> = {}, today = TODAY): RowCheck {
  return checkRow(row(changes), today);
}

/** code@field of each violation, for compact expectations. */
export function codes(violations: readonly BackEntryViolation[]): string[] {
  return violations.map((v) => `${v.code}@${v.field}`);
}
