import type { Violation } from '../case-types';
import { RULES, type RuleCode } from '../rule-codes';
import type { BackEntryField } from './record';

export type Severity = 'error' | 'warning';

/**
 * One problem with one row: an error keeps the row out of the import, a warning is reported and
 * the row goes in. `column` is the sheet's column the field came from (null when it came from a
 * default or is not mapped), so the error report can name it.
 */
export interface BackEntryViolation extends Violation {
  readonly code: RuleCode;
  readonly severity: Severity;
  readonly field: BackEntryField;
  readonly column: string | null;
}

// The law then differed, and a record without an ID number or its scan still goes in: flagged, not refused.
// A record already in the database is not refused either: it is skipped, and the import goes on.
const WARNINGS: ReadonlySet<RuleCode> = new Set<RuleCode>(['IMP_UNDER_AGE_THEN', 'IMP_ID_MISSING', 'IMP_SCAN_MISSING', 'IMP_DUPLICATE_IN_DB']);

export function severityOf(code: RuleCode): Severity {
  return WARNINGS.has(code) ? 'warning' : 'error';
}

/** Which sheet column each field was read from (a mapped row's `columns`). */
export type FieldColumns = Readonly<Partial<Record<BackEntryField, string>>>;

export function backEntryViolation(code: RuleCode, field: BackEntryField, columns: FieldColumns, detail?: string): BackEntryViolation {
  const message = detail ? `${RULES[code].message}：${detail}` : RULES[code].message;
  return { code, severity: severityOf(code), field, column: columns[field] ?? null, message };
}

export function hasErrors(violations: readonly BackEntryViolation[]): boolean {
  return violations.some((v) => v.severity === 'error');
}
