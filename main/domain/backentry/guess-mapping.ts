import type { ColumnMapping } from './mapping';
import { columnKeys } from './mapping';
import { partyField, type BackEntryField, type PartyField } from './record';

// Headers as registers and county templates name them.
const RECORD_HEADERS: Readonly<Record<string, BackEntryField>> = {
  登记类别: 'kind', 类别: 'kind', 登记类型: 'kind', 业务类型: 'kind', 类型: 'kind',
  登记日期: 'registrationDate', 登记时间: 'registrationDate', 结婚日期: 'registrationDate', 离婚日期: 'registrationDate', 日期: 'registrationDate',
  证书编号: 'certificateNumber', 证号: 'certificateNumber', 字号: 'certificateNumber', 结婚证字号: 'certificateNumber', 离婚证字号: 'certificateNumber',
  结婚证号: 'certificateNumber', 离婚证号: 'certificateNumber', 证书字号: 'certificateNumber',
  登记机关: 'office', 婚姻登记机关: 'office', 登记机关名称: 'office', 登记机关代码: 'office',
  备注: 'remarks',
  扫描件: 'scanFile', 扫描件文件名: 'scanFile', 档案扫描件: 'scanFile', 文件名: 'scanFile',
};

const PARTY_HEADERS: Readonly<Record<string, PartyField>> = {
  姓名: 'name',
  性别: 'sex',
  出生日期: 'birthDate', 出生年月日: 'birthDate', 生日: 'birthDate',
  证件类型: 'idType', 证件种类: 'idType',
  身份证号: 'idNumber', 身份证号码: 'idNumber', 公民身份号码: 'idNumber', 证件号码: 'idNumber', 证件号: 'idNumber',
  国籍: 'nationality',
  民族: 'ethnicity',
};

const PARTY_PREFIXES: readonly [string, 0 | 1][] = [['男方', 0], ['女方', 1], ['甲方', 0], ['乙方', 1], ['男', 0], ['女', 1]];

/** The field a column's header suggests; a party's column without 男方/女方 goes by occurrence ('姓名' first, '姓名#2' second). */
function fieldOf(key: string): BackEntryField | null {
  const [header = '', occurrence] = key.split('#');
  const bare = header.replace(/\s+/g, '');
  if (RECORD_HEADERS[bare] !== undefined) return RECORD_HEADERS[bare];
  for (const [prefix, index] of PARTY_PREFIXES) {
    const field = bare.startsWith(prefix) ? PARTY_HEADERS[bare.slice(prefix.length)] : undefined;
    if (field !== undefined) return partyField(index, field);
  }
  const field = PARTY_HEADERS[bare];
  if (field === undefined || (occurrence !== undefined && occurrence !== '2')) return null;
  return partyField(occurrence === '2' ? 1 : 0, field);
}

/** A first mapping for a new file from its headers, for the manager to correct; each field taken by its first column. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const columns: Record<string, BackEntryField> = {};
  const taken = new Set<BackEntryField>();
  for (const key of columnKeys(headers)) {
    const field = fieldOf(key);
    if (field === null || taken.has(field)) continue;
    taken.add(field);
    columns[key] = field;
  }
  return { columns };
}
