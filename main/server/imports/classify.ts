import type { SheetRow } from '../../devices/sheets';
import type { LocalDate } from '../../domain/case-types';
import { checkRow } from '../../domain/backentry/dry-run';
import type { InFileDuplicates } from '../../domain/backentry/duplicates';
import { checkMapping, rowMapper, type ColumnMapping, type MappingProblem } from '../../domain/backentry/mapping';
import type { BackEntryRecord } from '../../domain/backentry/record';
import { backEntryViolation, hasErrors, type BackEntryViolation, type FieldColumns } from '../../domain/backentry/violations';
import type { ScanFolder } from './scans';

/** A mapping that does not fit the file's headers: nothing is read until it is put right. */
export class MappingRefused extends Error {
  constructor(readonly problems: readonly MappingProblem[]) {
    super(problems.map((p) => p.message).join('；'));
  }
}

export function requireMapping(headers: readonly string[], mapping: ColumnMapping): void {
  const problems = checkMapping(headers, mapping);
  if (problems.length > 0) throw new MappingRefused(problems);
}

/** What the checks that need no database say about one data row. */
export interface RowVerdict {
  readonly row: SheetRow;
  readonly columns: FieldColumns;
  /** The record when no error was found (warnings allowed), else null: the row is refused. */
  readonly record: BackEntryRecord | null;
  readonly violations: readonly BackEntryViolation[];
}

export interface RowChecks {
  readonly headers: readonly string[];
  readonly mapping: ColumnMapping;
  readonly today: LocalDate;
  readonly scans: ScanFolder | null;
  /** The dry run's check inside the file; the commit meets its own earlier rows in the database instead. */
  readonly inFile: InFileDuplicates | null;
}

/**
 * One check of a row for the dry run and the commit alike: checkRow, the file's earlier rows
 * (only rows that would go in hold a key, so a refused row never makes its twin a duplicate), and
 * the scanned page's file. Resolved once per file.
 */
export function rowChecker(c: RowChecks): (row: SheetRow) => RowVerdict {
  const map = rowMapper(c.headers, c.mapping);
  return (row) => {
    const mapped = map(row.cells);
    const check = checkRow(mapped, c.today);
    const violations = [...check.violations];
    if (check.record !== null && c.inFile !== null) violations.push(...c.inFile.check(row.rowNumber, check.draft, mapped.columns));
    const scanFile = check.draft.scanFile;
    if (scanFile !== null && !c.scans?.has(scanFile)) {
      const where = c.scans ? `「${scanFile}」不在文件夹 ${c.scans.dir} 中` : `「${scanFile}」：表格旁没有扫描件文件夹`;
      violations.push(backEntryViolation('IMP_SCAN_MISSING', 'scanFile', mapped.columns, where));
    }
    return { row, columns: mapped.columns, record: hasErrors(violations) ? null : check.record, violations };
  };
}
