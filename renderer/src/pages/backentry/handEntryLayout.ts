import type { Violation } from '../../../../main/contract';
import { handEntryRow, HAND_ENTRY_FIELDS, type HandEntryField, type HandEntryValues } from '../../../../main/domain/backentry/compare';
import { checkRow } from '../../../../main/domain/backentry/dry-run';
import { BACK_ENTRY_FIELD_LABELS } from '../../../../main/domain/backentry/record';
import type { Severity } from '../../../../main/domain/backentry/violations';

export interface FieldSpec {
  readonly field: HandEntryField;
  readonly label: string;
  readonly placeholder: string;
  readonly span: number;
}

const spec = (field: HandEntryField, placeholder: string, span: number): FieldSpec => ({ field, label: BACK_ENTRY_FIELD_LABELS[field], placeholder, span });

const partyFields = (i: 0 | 1): FieldSpec[] => [
  spec(`parties.${i}.name`, '照登记簿写法', 6),
  spec(`parties.${i}.sex`, '男 / 女（可空，按证件号码）', 6),
  spec(`parties.${i}.birthDate`, '如 1970-03-14（可空，按证件号码）', 6),
  spec(`parties.${i}.idType`, '空为居民身份证', 6),
  spec(`parties.${i}.idNumber`, '15 位或 18 位，照原样', 9),
  spec(`parties.${i}.nationality`, '空为中国，外籍填三位字母代码', 8),
  spec(`parties.${i}.ethnicity`, '如 汉族', 7),
];

/** The form in the order of the paper page (a register's line, then 男方, then 女方): Tab and Enter follow it. */
export const PAGE_SECTIONS: readonly { readonly title: string; readonly fields: readonly FieldSpec[] }[] = [
  {
    title: '登记',
    fields: [
      spec('kind', '结婚 / 离婚 / 补领', 5),
      spec('registrationDate', '如 1996-05-03 或 19960503', 6),
      spec('certificateNumber', '照原样，如 京朝结字第 1234 号', 7),
      spec('office', '登记机关名称或 9 位代码', 6),
    ],
  },
  { title: '男方', fields: partyFields(0) },
  { title: '女方', fields: partyFields(1) },
  { title: '其他', fields: [spec('remarks', '登记簿上的备注', 24)] },
];

export interface ShownViolation extends Violation {
  readonly severity: Severity;
}

/** What the import's own row checks (checkRow) say about a typed page, as the clerk types it: errors and warnings by field. */
export function liveViolations(values: HandEntryValues, today: string): ShownViolation[] {
  return checkRow(handEntryRow(values), today).violations.map(({ code, field, message, severity }) => ({ code, field, message, severity }));
}

/** The typed fields the API takes: the record's fields only, empty ones left out. */
export function typedValues(form: Readonly<Record<string, unknown>>): HandEntryValues {
  return Object.fromEntries(HAND_ENTRY_FIELDS.flatMap((f) => (typeof form[f] === 'string' && form[f].trim() ? [[f, form[f].trim()]] : []))) as HandEntryValues;
}
