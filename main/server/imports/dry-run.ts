import { inFileDuplicates } from '../../domain/backentry/duplicates';
import type { ColumnMapping } from '../../domain/backentry/mapping';
import type { Severity } from '../../domain/backentry/violations';
import type { LocalDate } from '../../domain/case-types';
import { databaseClash } from '../../store/backentry/clashes';
import { storedKeys } from '../../store/backentry/keys';
import { scratchKeyMemory } from '../../store/backentry/scratch-keys';
import type { ReadableDB } from '../../store/db';
import { requireMapping, rowChecker } from './classify';
import type { ScanFolder } from './scans';
import { openSheet, type SheetFile } from './sheet';

/** One line of the error report: where in the sheet, which rule, how bad, in Chinese. */
export interface ReportedProblem {
  readonly row: number;
  readonly column: string | null;
  readonly field: string;
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
}

export interface DryRunSummary {
  readonly headers: readonly string[];
  readonly rowsTotal: number;
  /** Rows that would go in, with or without a warning. */
  readonly accepted: number;
  /** Of those, rows with a warning. */
  readonly flagged: number;
  /** Rows already in the database: the import skips them. */
  readonly skipped: number;
  /** Rows with an error: the import leaves them out. */
  readonly refused: number;
  /** How often each code was found. */
  readonly counts: Readonly<Record<string, number>>;
  /** The problems in row order, the first `limit` of them; `problemsTotal` counts them all. */
  readonly problems: readonly ReportedProblem[];
  readonly problemsTotal: number;
}

export interface DryRunOptions {
  readonly today: LocalDate;
  readonly scans: ScanFolder | null;
  /** How many problems to keep for the report (the counts are always complete). */
  readonly problemLimit?: number;
  readonly onProgress?: (rowsDone: number) => void;
}

const DEFAULT_PROBLEM_LIMIT = 100_000;
const PROGRESS_EVERY = 1000;

/**
 * Checks every row of the file, streamed, as the import would: each row's own checks, its
 * duplicates in the file (kept in a scratch file, so a million rows need no more memory than a
 * thousand) and in the database. Writes nothing to the database: it only reads it.
 */
export async function dryRun(db: ReadableDB, file: SheetFile, mapping: ColumnMapping, opts: DryRunOptions): Promise<DryRunSummary> {
  const sheet = await openSheet(file);
  try {
    requireMapping(sheet.headers, mapping);
  } catch (err) {
    await sheet.close();
    throw err;
  }
  const memory = scratchKeyMemory();
  const limit = opts.problemLimit ?? DEFAULT_PROBLEM_LIMIT;
  const counts: Record<string, number> = {};
  const problems: ReportedProblem[] = [];
  let rowsTotal = 0, accepted = 0, flagged = 0, skipped = 0, refused = 0, problemsTotal = 0;
  try {
    const check = rowChecker({ headers: sheet.headers, mapping, today: opts.today, scans: opts.scans, inFile: inFileDuplicates(memory) });
    for await (const row of sheet.rows) {
      const verdict = check(row);
      const violations = [...verdict.violations];
      const clash = verdict.record && databaseClash(db, verdict.record, storedKeys(verdict.record), verdict.columns);
      if (clash) violations.push(clash);
      rowsTotal++;
      if (verdict.record === null || clash?.code === 'IMP_CERT_NUMBER_TAKEN') refused++;
      else if (clash) skipped++;
      else {
        accepted++;
        if (violations.length > 0) flagged++;
      }
      for (const v of violations) {
        counts[v.code] = (counts[v.code] ?? 0) + 1;
        problemsTotal++;
        if (problems.length < limit) problems.push({ row: row.rowNumber, column: v.column, field: v.field, code: v.code, severity: v.severity, message: v.message });
      }
      if (rowsTotal % PROGRESS_EVERY === 0) opts.onProgress?.(rowsTotal);
    }
  } finally {
    memory.close();
  }
  return { headers: sheet.headers, rowsTotal, accepted, flagged, skipped, refused, counts, problems, problemsTotal };
}
