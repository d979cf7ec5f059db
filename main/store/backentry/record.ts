import type { BackEntryKind, BackEntryRecord } from '../../domain/backentry/record';
import type { BackEntryViolation, FieldColumns } from '../../domain/backentry/violations';
import { addArchiveItem } from '../archive';
import { appendAudit } from '../audit';
import { addCaseEvent, type By } from '../cases';
import type { WritableDB } from '../db';
import { enqueueOutbox, type OutboxKind } from '../outbox';
import { prepared } from '../prepared';
import { provincialRecord, spouseRoles } from '../registrations/records';
import { databaseClash } from './clashes';
import { storedKeys, type StoredKeys } from './keys';
import { relinkCoupleDivorces } from './links';
import { backEntryPerson, backEntrySnapshot } from './persons';
import { timeOrderedUuid } from './record-id';

/** Where a back-entered record came from, who entered it, and what its checks flagged. */
export interface BackEntryMeta {
  readonly method: 'import' | 'hand';
  readonly jobId: number | null;
  readonly sourceFile: string | null;
  readonly sourceRow: number | null;
  /** The hall's own 9-digit office code: the case's office when the paper names its office in words. */
  readonly officeCode: string;
  /** Who entered the record, their display name (the province's `registrar`), and when (ISO instant). */
  readonly by: { readonly actor: string; readonly name: string; readonly at: string };
  /** The codes its checks flagged without refusing it (IMP_UNDER_AGE_THEN, IMP_ID_MISSING, IMP_SCAN_MISSING). */
  readonly warnings: readonly string[];
  /** The scanned page, filed with the case as an archive item of kind 'scan'. */
  readonly scan?: { readonly dataDir: string; readonly fileName: string; readonly content: Buffer } | null;
}

export type BackEntryOutcome =
  | { readonly outcome: 'entered'; readonly caseId: number }
  /** Already in the database (IMP_DUPLICATE_IN_DB): nothing written. */
  | { readonly outcome: 'duplicate'; readonly violation: BackEntryViolation }
  /** Its certificate number belongs to another record (IMP_CERT_NUMBER_TAKEN): nothing written. */
  | { readonly outcome: 'refused'; readonly violation: BackEntryViolation };

const OUTBOX_KIND: Readonly<Record<BackEntryKind, OutboxKind>> = { marriage: 'marriage', divorce: 'divorce', reissue: 'reissue' };

function caseOffice(officeText: string, hallOffice: string): string {
  const text = officeText.normalize('NFKC').trim();
  return /^\d{9}$/.test(text) ? text : hallOffice;
}

/**
 * Writes one back-entered record: a registered case dated and numbered as the paper is, its two
 * parties, its history event, the back-entry mark, its scan, and its record queued for the
 * province with `details.backEntry`. Links divorces and marriages of the couple. No duplicate
 * check and no audit entry: call inside a transaction that does both (enterBackRecord, commitBatch).
 */
export function insertBackRecord(db: WritableDB, record: BackEntryRecord, meta: BackEntryMeta, keys: StoredKeys): number {
  const recordId = timeOrderedUuid(Date.parse(meta.by.at));
  const officeCode = caseOffice(record.office, meta.officeCode);
  const by: By = { actor: meta.by.actor, at: meta.by.at, on: record.registrationDate };
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO cases (record_id, kind, status, revision, office_code, registered_on, certificate_number, facts, created_at, created_by)
     VALUES (?, ?, 'registered', 1, ?, ?, ?, '{"backEntry":true}', ?, ?)`,
  ).run(recordId, record.kind, officeCode, record.registrationDate, record.certificateNumber, meta.by.at, meta.by.actor);
  const caseId = Number(lastInsertRowid);

  const snapshots = record.parties.map(backEntrySnapshot);
  const persons = record.parties.map((party, position) => {
    const person = backEntryPerson(db, party, snapshots[position]!, recordId, position);
    prepared(db, 'INSERT INTO case_parties (case_id, position, person_id, snapshot) VALUES (?, ?, ?, ?)').run(caseId, position, person.id, JSON.stringify(snapshots[position]));
    return person;
  });
  addCaseEvent(db, caseId, 1, 'back-entry', by, { method: meta.method, jobId: meta.jobId, sourceFile: meta.sourceFile, sourceRow: meta.sourceRow });
  prepared(
    db,
    `INSERT INTO back_entries (case_id, job_id, source_file, source_row, method, entered_by, entered_at, office_text, certificate_key, couple_key, remarks, warnings)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    caseId, meta.jobId, meta.sourceFile, meta.sourceRow, meta.method, meta.by.actor, meta.by.at, record.office,
    keys.certificate, keys.couple, record.remarks, JSON.stringify(meta.warnings),
  );

  const payload = provincialRecord(
    { officeCode }, recordId, 1, OUTBOX_KIND[record.kind], snapshots, spouseRoles(snapshots),
    // The paper's date is when it was registered; the time of day is not on it.
    { by: { ...by, at: `${record.registrationDate}T00:00:00+08:00` }, registrarName: meta.by.name },
    { backEntry: true }, record.certificateNumber,
  );
  const parties = payload.parties.map((p, i) => {
    const original = snapshots[i]!.idNumberOriginal;
    return original === undefined ? p : { ...p, idNumberOriginal: original };
  });
  enqueueOutbox(db, { recordId, revision: 1, kind: OUTBOX_KIND[record.kind], payload: { ...payload, parties } }, meta.by.at);

  // A couple one of whom is new has no earlier record to link.
  if (record.kind !== 'reissue' && !persons[0]!.isNew && !persons[1]!.isNew) relinkCoupleDivorces(db, [persons[0]!.id, persons[1]!.id], by);
  if (meta.scan) addArchiveItem(db, meta.scan.dataDir, { caseId, kind: 'scan', fileName: meta.scan.fileName, content: meta.scan.content }, meta.by);
  return caseId;
}

/**
 * Enters ONE back-entered record in its own transaction with its own audit entry: the hand-entry
 * screen's call. A record already in the database, or whose certificate number another record
 * holds, is not written; the outcome says which, with the violation to show at its field.
 */
export function enterBackRecord(db: WritableDB, record: BackEntryRecord, meta: BackEntryMeta, columns: FieldColumns = {}): BackEntryOutcome {
  return db.transaction((): BackEntryOutcome => {
    const keys = storedKeys(record);
    const clash = databaseClash(db, record, keys, columns);
    if (clash) return clash.code === 'IMP_DUPLICATE_IN_DB' ? { outcome: 'duplicate', violation: clash } : { outcome: 'refused', violation: clash };
    const caseId = insertBackRecord(db, record, meta, keys);
    appendAudit(db, {
      at: meta.by.at, actor: meta.by.actor, action: 'backentry.enter', subject: `case:${caseId}`,
      detail: { method: meta.method, kind: record.kind, certificateNumber: record.certificateNumber, sourceFile: meta.sourceFile, sourceRow: meta.sourceRow, warnings: meta.warnings },
    });
    return { outcome: 'entered', caseId };
  }).immediate();
}
