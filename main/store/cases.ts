import { randomUUID } from 'node:crypto';
import type { PartyInput } from '../domain/case-types';
import type { ReadableDB, WritableDB } from './db';
import { upsertPerson } from './persons';
import { prepared } from './prepared';

export type CaseKind = 'marriage' | 'divorce' | 'reissue' | 'adoption' | 'adoption_dissolution';

export interface CaseRow {
  readonly id: number;
  readonly recordId: string;
  readonly kind: CaseKind;
  readonly status: string;
  readonly revision: number;
  readonly officeCode: string;
  readonly acceptedOn: string | null;
  readonly registeredOn: string | null;
  readonly withdrawnOn: string | null;
  readonly certificateNumber: string | null;
  readonly relatedCaseId: number | null;
  readonly facts: Record<string, unknown>;
  readonly createdAt: string;
  readonly createdBy: string;
}

interface RawCase {
  id: number;
  record_id: string;
  kind: CaseKind;
  status: string;
  revision: number;
  office_code: string;
  accepted_on: string | null;
  registered_on: string | null;
  withdrawn_on: string | null;
  certificate_number: string | null;
  related_case_id: number | null;
  facts: string;
  created_at: string;
  created_by: string;
}

export function rowToCase(r: RawCase): CaseRow {
  return {
    id: r.id,
    recordId: r.record_id,
    kind: r.kind,
    status: r.status,
    revision: r.revision,
    officeCode: r.office_code,
    acceptedOn: r.accepted_on,
    registeredOn: r.registered_on,
    withdrawnOn: r.withdrawn_on,
    certificateNumber: r.certificate_number,
    relatedCaseId: r.related_case_id,
    facts: JSON.parse(r.facts) as Record<string, unknown>,
    createdAt: r.created_at,
    createdBy: r.created_by,
  };
}

export function getCase(db: ReadableDB, id: number): CaseRow | undefined {
  const r = prepared(db, 'SELECT * FROM cases WHERE id = ?').get(id) as RawCase | undefined;
  return r && rowToCase(r);
}

export function getCaseByCertificate(db: ReadableDB, certificateNumber: string): CaseRow | undefined {
  const r = prepared(db, 'SELECT * FROM cases WHERE certificate_number = ?').get(certificateNumber) as RawCase | undefined;
  return r && rowToCase(r);
}

export function caseParties(db: ReadableDB, caseId: number): PartyInput[] {
  return (prepared(db, 'SELECT snapshot FROM case_parties WHERE case_id = ? ORDER BY position').pluck().all(caseId) as string[]).map(
    (s) => JSON.parse(s) as PartyInput,
  );
}

export interface NewCaseRow {
  readonly kind: CaseKind;
  readonly status: string;
  readonly officeCode: string;
  readonly acceptedOn: string | null;
  readonly relatedCaseId: number | null;
  readonly facts: Record<string, unknown>;
  readonly parties: readonly PartyInput[];
}

export interface By {
  readonly actor: string;
  readonly at: string;
  /** The legal date of the act, in the office's time zone. */
  readonly on: string;
}

/** Inserts a case with its parties. Call inside a transaction that also writes its event and audit entry. */
export function insertCase(db: WritableDB, c: NewCaseRow, by: By): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO cases (record_id, kind, status, office_code, accepted_on, related_case_id, facts, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(randomUUID(), c.kind, c.status, c.officeCode, c.acceptedOn, c.relatedCaseId, JSON.stringify(c.facts), by.at, by.actor);
  const id = Number(lastInsertRowid);
  c.parties.forEach((p, position) => {
    prepared(db, 'INSERT INTO case_parties (case_id, position, person_id, snapshot) VALUES (?, ?, ?, ?)').run(id, position, upsertPerson(db, p), JSON.stringify(p));
  });
  return id;
}

export interface CaseChange {
  readonly status?: string;
  readonly acceptedOn?: string;
  readonly registeredOn?: string;
  readonly withdrawnOn?: string;
  readonly certificateNumber?: string;
  readonly facts?: Record<string, unknown>;
  /** A revocation or nullity remark is a new revision of the record. */
  readonly newRevision?: boolean;
}

export function updateCase(db: WritableDB, id: number, change: CaseChange): CaseRow {
  prepared(db, 
    `UPDATE cases SET status = coalesce(@status, status), accepted_on = coalesce(@acceptedOn, accepted_on), registered_on = coalesce(@registeredOn, registered_on),
       withdrawn_on = coalesce(@withdrawnOn, withdrawn_on), certificate_number = coalesce(@certificateNumber, certificate_number),
       facts = coalesce(@facts, facts), revision = revision + @bump WHERE id = @id`,
  ).run({
    id,
    status: change.status ?? null,
    acceptedOn: change.acceptedOn ?? null,
    registeredOn: change.registeredOn ?? null,
    withdrawnOn: change.withdrawnOn ?? null,
    certificateNumber: change.certificateNumber ?? null,
    facts: change.facts ? JSON.stringify(change.facts) : null,
    bump: change.newRevision ? 1 : 0,
  });
  return getCase(db, id)!;
}

export function addCaseEvent(db: WritableDB, caseId: number, revision: number, action: string, by: By, detail: Record<string, unknown> = {}): void {
  prepared(db, 'INSERT INTO case_events (case_id, revision, action, on_date, at, actor, detail) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    caseId,
    revision,
    action,
    by.on,
    by.at,
    by.actor,
    JSON.stringify(detail),
  );
}

export interface CaseEvent {
  readonly revision: number;
  readonly action: string;
  readonly on: string;
  readonly at: string;
  readonly actor: string;
  readonly actorName: string;
  readonly detail: Record<string, unknown>;
}

export function caseEvents(db: ReadableDB, caseId: number): CaseEvent[] {
  return (
    prepared(
      db,
      // The name the registrar knows a colleague by; the username stays in the record.
      `SELECT e.revision, e.action, e.on_date AS "on", e.at, e.actor, coalesce(u.display_name, e.actor) AS actorName, e.detail
       FROM case_events e LEFT JOIN users u ON u.username = e.actor WHERE e.case_id = ? ORDER BY e.id`,
    ).all(caseId) as (Omit<
      CaseEvent,
      'detail'
    > & { detail: string })[]
  ).map((e) => ({ ...e, detail: JSON.parse(e.detail) as Record<string, unknown> }));
}

/** Persons of a registered marriage that no registered divorce, revocation or nullity has ended. */
export function isMarriedInRecords(db: ReadableDB, idType: string, idNumber: string): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM persons p JOIN case_parties cp ON cp.person_id = p.id JOIN cases m ON m.id = cp.case_id
         WHERE p.id_type = ? AND p.id_number = ? AND m.kind = 'marriage' AND m.status = 'registered'
           AND NOT EXISTS (SELECT 1 FROM cases d WHERE d.related_case_id = m.id AND d.kind = 'divorce' AND d.status = 'registered')
         LIMIT 1`,
      )
      .get(idType, idNumber) !== undefined
  );
}
