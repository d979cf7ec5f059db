import { CERTIFICATE_NUMBER_PATTERN } from '../domain/certificate';
import { getCase, type CaseRow } from './cases';
import type { ReadableDB } from './db';
import { nameKey } from '../domain/names';
import { prepared } from './prepared';
import { personIdsByIdNumber } from './backentry/persons';

/**
 * Finds cases by certificate number, ID number or name, newest first. Each branch is one indexed
 * lookup (the plans are tested), so two million cases answer in milliseconds.
 */
export function searchCases(db: ReadableDB, q: string, limit: number): CaseRow[] {
  const term = q.trim().toUpperCase();
  let ids: number[];
  if (CERTIFICATE_NUMBER_PATTERN.test(term) || /[-字号]/.test(term)) {
    // The certificate's own case, then what grew from it: a divorce of that marriage, a reissue of it.
    ids = prepared(
      db,
      `SELECT id FROM (SELECT id, 0 AS k FROM cases WHERE certificate_number = @term
         UNION ALL SELECT r.id, 1 FROM cases c JOIN cases r ON r.related_case_id = c.id WHERE c.certificate_number = @term) ORDER BY k, id DESC LIMIT @limit`,
    ).pluck().all({ term, limit }) as number[];
  } else if (/^[0-9A-Z]{8,}$/.test(term) && /\d{6}/.test(term)) {
    // A first-generation 15-digit number and its 18-digit form find each other (back-entered records keep both).
    const persons = personIdsByIdNumber(db, term);
    ids = persons.length === 0 ? [] : (prepared(db, `SELECT case_id FROM case_parties WHERE person_id IN (SELECT value FROM json_each(?)) ORDER BY case_id DESC LIMIT ?`)
      .pluck()
      .all(JSON.stringify(persons), limit) as number[]);
  } else {
    ids = db
      .prepare('SELECT cp.case_id FROM persons p JOIN case_parties cp ON cp.person_id = p.id WHERE p.name_key = ? ORDER BY cp.case_id DESC LIMIT ?')
      .pluck()
      .all(nameKey(q), limit) as number[];
  }
  return [...new Set(ids)].map((id) => getCase(db, id)!);
}

/** Open divorce cases (their periods decide which worklist they belong to) and drafts waiting for a manager. */
export function openDivorces(db: ReadableDB): CaseRow[] {
  return (prepared(db, "SELECT id FROM cases WHERE kind = 'divorce' AND status = 'accepted' ORDER BY id").pluck().all() as number[]).map((id) => getCase(db, id)!);
}

/** Adoption applications still waiting for their decision. */
export function openAdoptions(db: ReadableDB): CaseRow[] {
  return (prepared(db, "SELECT id FROM cases WHERE kind = 'adoption' AND status = 'accepted' ORDER BY id").pluck().all() as number[]).map((id) => getCase(db, id)!);
}

export function deemedWithdrawnOn(db: ReadableDB, on: string): CaseRow[] {
  return (prepared(db, "SELECT id FROM cases WHERE kind = 'divorce' AND status = 'deemed_withdrawn' AND withdrawn_on = ? ORDER BY id").pluck().all(on) as number[]).map(
    (id) => getCase(db, id)!,
  );
}

export function overridesWaiting(db: ReadableDB): CaseRow[] {
  return (
    db
      .prepare(
        "SELECT id FROM cases WHERE kind = 'marriage' AND status = 'draft' AND json_extract(facts, '$.overrideRequested') IS NOT NULL AND json_extract(facts, '$.unverifiedOverride') IS NULL ORDER BY id",
      )
      .pluck()
      .all() as number[]
  ).map((id) => getCase(db, id)!);
}
