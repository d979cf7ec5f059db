import type { ReadableDB } from '../db';
import { prepared } from '../prepared';

/** What marks a case as back-entered (补录): where it came from, who entered it, what its checks flagged. */
export interface BackEntryMark {
  readonly method: 'import' | 'hand';
  readonly jobId: number | null;
  readonly sourceFile: string | null;
  readonly sourceRow: number | null;
  readonly enteredBy: string;
  readonly enteredAt: string;
  /** The registering office as the paper names it. */
  readonly officeText: string;
  readonly remarks: string | null;
  readonly warnings: readonly string[];
  /** Each party's 15-digit first-generation number as written, or null. */
  readonly idNumbersOriginal: readonly (string | null)[];
}

interface MarkRow {
  method: 'import' | 'hand'; jobId: number | null; sourceFile: string | null; sourceRow: number | null; enteredBy: string; enteredAt: string;
  officeText: string; remarks: string | null; warnings: string;
}

/** The back-entry mark of a case, or null for a registration made at the window. */
export function backEntryMark(db: ReadableDB, caseId: number): BackEntryMark | null {
  const row = prepared(
    db,
    `SELECT method, job_id AS jobId, source_file AS sourceFile, source_row AS sourceRow, entered_by AS enteredBy, entered_at AS enteredAt,
       office_text AS officeText, remarks, warnings FROM back_entries WHERE case_id = ?`,
  ).get(caseId) as MarkRow | undefined;
  if (!row) return null;
  const originals = prepared(db, 'SELECT json_extract(snapshot, \'$.idNumberOriginal\') FROM case_parties WHERE case_id = ? ORDER BY position').pluck().all(caseId) as (string | null)[];
  return { ...row, warnings: JSON.parse(row.warnings) as string[], idNumbersOriginal: originals };
}
