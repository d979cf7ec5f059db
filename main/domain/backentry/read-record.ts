import type { MappedRow } from './mapping';
import { readDateField, readParty, type Reading } from './read-party';
import type { BackEntryDraft } from './record';
import { readKind } from './values';
import { backEntryViolation, type BackEntryViolation } from './violations';

/**
 * A mapped row read into a record's shape, with every problem of reading it: required fields,
 * words not understood, dates that do not exist, ID numbers (15 or 18) that are not valid.
 * How the fields agree with each other is checkBackEntry's question.
 */
export function readBackEntry(row: MappedRow): Reading<BackEntryDraft> {
  const found: BackEntryViolation[] = [];
  const { values, columns } = row;
  for (const field of ['kind', 'registrationDate', 'certificateNumber', 'office'] as const) {
    if (values[field] === undefined) found.push(backEntryViolation('IMP_REQUIRED', field, columns));
  }

  const kind = values.kind === undefined ? null : readKind(values.kind);
  if (values.kind !== undefined && kind === null) {
    found.push(backEntryViolation('IMP_VALUE_UNKNOWN', 'kind', columns, `「${values.kind}」，应为 结婚、离婚 或 补领`));
  }
  const registrationDate = readDateField(row, 'registrationDate');
  const first = readParty(row, 0);
  const second = readParty(row, 1);
  found.push(...registrationDate.violations, ...first.violations, ...second.violations);

  const draft: BackEntryDraft = {
    kind,
    registrationDate: registrationDate.value,
    certificateNumber: values.certificateNumber ?? null,
    office: values.office ?? null,
    parties: [first.value, second.value],
    remarks: values.remarks ?? null,
    scanFile: values.scanFile ?? null,
  };
  return { value: draft, violations: found };
}
