import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { compareEntries, pageRefKey, type HandEntryField, type HandEntryValues } from '../domain/backentry/compare';
import { resolutionRefusal, secondEntryRefusal, type DoubleEntryState } from '../domain/backentry/double-entry';
import type { BackEntryRecord } from '../domain/backentry/record';
import type { BackEntryViolation } from '../domain/backentry/violations';
import type { Violation } from '../domain/case-types';
import type { RuleCode } from '../domain/rule-codes';
import { appendAudit } from './audit';
import { databaseClash } from './backentry/clashes';
import { storedKeys } from './backentry/keys';
import { enterBackRecord, type BackEntryMeta } from './backentry/record';
import type { ReadableDB, WritableDB } from './db';
import { prepared } from './prepared';
import { getJsonSetting, putJsonSetting } from './settings';
import type { Actor } from './users';

/** Scans of pages not yet entered, named by their SHA-256 in the data folder. */
export const DOUBLE_ENTRY_DIR = 'double-entry';

/** A clerk or manager acting on a page: username, display name, instant. */
export interface Clerk extends Actor {
  readonly name: string;
}

export interface EntryPage {
  readonly id: number;
  readonly pageRef: string;
  readonly scanSha256: string;
  readonly scanName: string;
  readonly scanStoredAs: string;
  readonly state: DoubleEntryState;
  readonly firstBy: string;
  readonly firstName: string;
  readonly firstAt: string;
  readonly secondBy: string | null;
  readonly secondName: string | null;
  readonly secondAt: string | null;
  readonly resolvedBy: string | null;
  readonly resolvedName: string | null;
  readonly resolvedAt: string | null;
  readonly caseId: number | null;
  readonly differences: readonly HandEntryField[];
  readonly problem: Violation | null;
}

type PageRow = Omit<EntryPage, 'differences' | 'problem'> & { differences: string; problem: string | null };

const PAGE_COLUMNS = `id, page_ref AS pageRef, scan_sha256 AS scanSha256, scan_name AS scanName, scan_stored_as AS scanStoredAs, state,
  first_by AS firstBy, first_name AS firstName, first_at AS firstAt, second_by AS secondBy, second_name AS secondName, second_at AS secondAt,
  resolved_by AS resolvedBy, resolved_name AS resolvedName, resolved_at AS resolvedAt, case_id AS caseId, differences, problem`;

function pageFromRow(row: PageRow): EntryPage {
  return { ...row, differences: JSON.parse(row.differences) as HandEntryField[], problem: row.problem === null ? null : (JSON.parse(row.problem) as Violation) };
}

export function getEntryPage(db: ReadableDB, id: number): EntryPage | undefined {
  const row = prepared(db, `SELECT ${PAGE_COLUMNS} FROM double_entry_pages WHERE id = ?`).get(id) as PageRow | undefined;
  return row && pageFromRow(row);
}

/** Pages in a state, the oldest first while they wait for someone (a work queue), the newest first once closed. */
export function listEntryPages(db: ReadableDB, state: DoubleEntryState | undefined, limit = 200): EntryPage[] {
  const waiting = state === 'awaiting_second' || state === 'disputed';
  const sql = state === undefined
    ? `SELECT ${PAGE_COLUMNS} FROM double_entry_pages ORDER BY id DESC LIMIT ?`
    : `SELECT ${PAGE_COLUMNS} FROM double_entry_pages WHERE state = ? ORDER BY id ${waiting ? 'ASC' : 'DESC'} LIMIT ?`;
  const rows = (state === undefined ? prepared(db, sql).all(limit) : prepared(db, sql).all(state, limit)) as PageRow[];
  return rows.map(pageFromRow);
}

/** What each clerk typed on a page: for the third person's comparison, never for the clerks themselves. */
export function entryPageValues(db: ReadableDB, id: number): { first: HandEntryValues; second: HandEntryValues | null } {
  const row = prepared(db, 'SELECT first_values AS first, second_values AS second FROM double_entry_pages WHERE id = ?').get(id) as { first: string; second: string | null };
  return { first: JSON.parse(row.first) as HandEntryValues, second: row.second === null ? null : (JSON.parse(row.second) as HandEntryValues) };
}

export function readEntryScan(dataDir: string, page: EntryPage): Buffer {
  return fs.readFileSync(path.join(dataDir, page.scanStoredAs));
}

/** Keeps a page's scan under its hash (the same bytes are one file), fsynced before the row naming it commits. */
function keepScan(dataDir: string, sha256: string, fileName: string, content: Buffer): string {
  const storedAs = path.join(DOUBLE_ENTRY_DIR, `${sha256}${path.extname(fileName).toLowerCase().slice(0, 10)}`);
  const full = path.join(dataDir, storedAs);
  if (fs.existsSync(full)) return storedAs;
  fs.mkdirSync(path.dirname(full), { recursive: true });
  const part = `${full}.part`;
  const fd = fs.openSync(part, 'w');
  try {
    fs.writeSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(part, full);
  return storedAs;
}

export function scanSha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

const SETTINGS_KEY = 'backentry';
export interface StoredBackEntrySettings {
  readonly doubleEntry: boolean;
}
const DEFAULT_SETTINGS: StoredBackEntrySettings = { doubleEntry: false };

export function getBackEntrySettings(db: ReadableDB): StoredBackEntrySettings {
  return getJsonSetting(db, SETTINGS_KEY, DEFAULT_SETTINGS);
}

/** Turns double entry on or off, audited with before and after. Pages already waiting stay waiting either way. */
export function putBackEntrySettings(db: WritableDB, next: StoredBackEntrySettings, by: Actor): StoredBackEntrySettings {
  return putJsonSetting(db, SETTINGS_KEY, DEFAULT_SETTINGS, next, by);
}

/** What entering a page's record needs besides the record: the hall's office code, the checks' warnings, the data folder for its scan. */
export interface EnterWith {
  readonly dataDir: string;
  readonly officeCode: string;
  readonly warnings: readonly string[];
}

function handMeta(page: Pick<EntryPage, 'pageRef' | 'scanName'>, scan: Buffer, enter: EnterWith, by: { actor: string; name: string; at: string }): BackEntryMeta {
  return {
    method: 'hand', jobId: null, sourceFile: page.pageRef, sourceRow: null, officeCode: enter.officeCode, by, warnings: enter.warnings,
    scan: { dataDir: enter.dataDir, fileName: page.scanName, content: scan },
  };
}

export type PageEntryOutcome =
  | { readonly outcome: 'awaiting_second' | 'disputed'; readonly page: EntryPage }
  | { readonly outcome: 'entered'; readonly page: EntryPage; readonly caseId: number }
  /** Both agreed on a record the archive already holds: the page is closed, nothing added. */
  | { readonly outcome: 'duplicate'; readonly page: EntryPage; readonly violation: BackEntryViolation }
  /** The page is not this clerk's to type now: nothing written. */
  | { readonly outcome: 'refused'; readonly code: RuleCode }
  /** A first entry of a record the archive already holds, or whose number another record has: nothing written. */
  | { readonly outcome: 'clash'; readonly violation: BackEntryViolation };

export interface PageEntry {
  readonly pageRef: string;
  readonly scan: { readonly fileName: string; readonly content: Buffer };
  readonly values: HandEntryValues;
  /** The record the values read as (checkRow found no error in it). */
  readonly record: BackEntryRecord;
}

function latestPage(db: ReadableDB, key: string, sha256: string): EntryPage | undefined {
  const row = prepared(db, `SELECT ${PAGE_COLUMNS} FROM double_entry_pages WHERE page_key = ? AND scan_sha256 = ? ORDER BY id DESC LIMIT 1`).get(key, sha256) as PageRow | undefined;
  return row && pageFromRow(row);
}

function storeFirstEntry(db: WritableDB, entry: PageEntry, key: string, sha256: string, enter: EnterWith, by: Clerk): EntryPage {
  const storedAs = keepScan(enter.dataDir, sha256, entry.scan.fileName, entry.scan.content);
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO double_entry_pages (page_ref, page_key, scan_sha256, scan_name, scan_stored_as, state, first_by, first_name, first_at, first_values)
     VALUES (?, ?, ?, ?, ?, 'awaiting_second', ?, ?, ?, ?)`,
  ).run(entry.pageRef, key, sha256, entry.scan.fileName, storedAs, by.actor, by.name, by.at, JSON.stringify(entry.values));
  const id = Number(lastInsertRowid);
  appendAudit(db, { at: by.at, actor: by.actor, action: 'backentry.double.first', subject: `entry-page:${id}`, detail: { pageRef: entry.pageRef, scanSha256: sha256 } });
  return getEntryPage(db, id)!;
}

/**
 * One clerk's entry of a page under double entry, in one transaction with its audit entry: the
 * page's first entry (stored, not a case); or its second, compared field by field with the first
 * (compareEntries) and entered when they agree (enterBackRecord), else left for a third person.
 */
export function submitPageEntry(db: WritableDB, entry: PageEntry, enter: EnterWith, by: Clerk): PageEntryOutcome {
  const key = pageRefKey(entry.pageRef);
  const sha256 = scanSha256(entry.scan.content);
  return db.transaction((): PageEntryOutcome => {
    const page = latestPage(db, key, sha256);
    if (page === undefined) {
      const clash = databaseClash(db, entry.record, storedKeys(entry.record), {});
      if (clash) return { outcome: 'clash', violation: clash };
      return { outcome: 'awaiting_second', page: storeFirstEntry(db, entry, key, sha256, enter, by) };
    }
    const refusal = secondEntryRefusal(page, by.actor);
    if (refusal) return { outcome: 'refused', code: refusal };

    const differences = compareEntries(entryPageValues(db, page.id).first, entry.values).map((d) => d.field);
    prepared(db, 'UPDATE double_entry_pages SET second_by = ?, second_name = ?, second_at = ?, second_values = ?, differences = ?, state = \'disputed\' WHERE id = ?')
      .run(by.actor, by.name, by.at, JSON.stringify(entry.values), JSON.stringify(differences), page.id);
    const audit = (detail: Record<string, unknown>) =>
      appendAudit(db, { at: by.at, actor: by.actor, action: 'backentry.double.second', subject: `entry-page:${page.id}`, detail: { firstBy: page.firstBy, ...detail } });
    if (differences.length > 0) {
      audit({ agree: false, differences });
      return { outcome: 'disputed', page: getEntryPage(db, page.id)! };
    }
    // Both clerks stand behind the record: the province's registrar name carries both.
    const meta = handMeta(page, entry.scan.content, enter, { actor: by.actor, name: `${page.firstName}、${by.name}`, at: by.at });
    const result = enterBackRecord(db, entry.record, meta);
    if (result.outcome === 'entered') {
      prepared(db, 'UPDATE double_entry_pages SET state = \'entered\', case_id = ? WHERE id = ?').run(result.caseId, page.id);
      audit({ agree: true, caseId: result.caseId });
      return { outcome: 'entered', page: getEntryPage(db, page.id)!, caseId: result.caseId };
    }
    // A number another record holds needs a person to look; the same record already there closes the page.
    const state = result.outcome === 'duplicate' ? 'duplicate' : 'disputed';
    prepared(db, 'UPDATE double_entry_pages SET state = ?, problem = ? WHERE id = ?').run(state, JSON.stringify(result.violation), page.id);
    audit({ agree: true, refused: result.violation.code });
    return result.outcome === 'duplicate'
      ? { outcome: 'duplicate', page: getEntryPage(db, page.id)!, violation: result.violation }
      : { outcome: 'disputed', page: getEntryPage(db, page.id)! };
  }).immediate();
}

export type ResolveOutcome =
  | { readonly outcome: 'entered'; readonly page: EntryPage; readonly caseId: number }
  | { readonly outcome: 'duplicate'; readonly page: EntryPage; readonly violation: BackEntryViolation }
  | { readonly outcome: 'refused'; readonly code: RuleCode }
  /** The archive refuses the record as decided (its number is another's): nothing written, the page still waits. */
  | { readonly outcome: 'clash'; readonly violation: BackEntryViolation };

/**
 * A third person's decision on a disputed page: the record as they settled it, entered with the
 * page's scan, in one transaction with the page closed and its audit entry naming all three.
 */
export function resolveEntryPage(
  db: WritableDB, id: number, resolution: { values: HandEntryValues; record: BackEntryRecord }, enter: EnterWith, by: Clerk,
): ResolveOutcome {
  return db.transaction((): ResolveOutcome => {
    const page = getEntryPage(db, id)!;
    const refusal = resolutionRefusal(page, by.actor);
    if (refusal) return { outcome: 'refused', code: refusal };
    const result = enterBackRecord(db, resolution.record, handMeta(page, readEntryScan(enter.dataDir, page), enter, by));
    if (result.outcome === 'refused') return { outcome: 'clash', violation: result.violation };
    const caseId = result.outcome === 'entered' ? result.caseId : null;
    prepared(db, 'UPDATE double_entry_pages SET state = ?, case_id = ?, resolved_by = ?, resolved_name = ?, resolved_at = ?, problem = COALESCE(?, problem) WHERE id = ?').run(
      result.outcome, caseId, by.actor, by.name, by.at, result.outcome === 'duplicate' ? JSON.stringify(result.violation) : null, id,
    );
    const { first, second } = entryPageValues(db, id);
    const differsFrom = (values: HandEntryValues) => new Set(compareEntries(values, resolution.values).map((d) => d.field));
    const fromFirst = differsFrom(first);
    const fromSecond = second === null ? fromFirst : differsFrom(second);
    // The fields the decision took from neither clerk: the audit says how far the third person went.
    const retyped = [...fromFirst].filter((field) => fromSecond.has(field));
    appendAudit(db, {
      at: by.at, actor: by.actor, action: 'backentry.double.resolve', subject: `entry-page:${id}`,
      detail: { firstBy: page.firstBy, secondBy: page.secondBy, differences: page.differences, retyped, outcome: result.outcome, caseId },
    });
    const closed = getEntryPage(db, id)!;
    return result.outcome === 'entered' ? { outcome: 'entered', page: closed, caseId: result.caseId } : { outcome: 'duplicate', page: closed, violation: result.violation };
  }).immediate();
}
