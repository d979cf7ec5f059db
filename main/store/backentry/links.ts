import { addCaseEvent, type By } from '../cases';
import type { WritableDB } from '../db';
import { prepared } from '../prepared';

interface CoupleCase {
  readonly id: number;
  readonly kind: 'marriage' | 'divorce';
  readonly registeredOn: string;
  readonly relatedCaseId: number | null;
  readonly revision: number;
  readonly back: 0 | 1;
}

/**
 * Links each back-entered divorce of a couple to the marriage it ended: the latest of their
 * registered marriages before it that no divorce in between ended. Recomputed from all of the
 * couple's records whenever one of them is entered, so the links come out the same whichever order
 * the rows arrive in (a divorce before its marriage, a remarriage 复婚 between two divorces).
 * A window divorce keeps the link it was registered with. Returns how many links changed.
 */
export function relinkCoupleDivorces(db: WritableDB, personIds: readonly [number, number], by: By): number {
  const cases = prepared(
    db,
    `SELECT c.id, c.kind, c.registered_on AS registeredOn, c.related_case_id AS relatedCaseId, c.revision, be.case_id IS NOT NULL AS back
     FROM case_parties a JOIN case_parties b ON b.case_id = a.case_id AND b.person_id = @second AND b.position <> a.position
     JOIN cases c ON c.id = a.case_id LEFT JOIN back_entries be ON be.case_id = c.id
     WHERE a.person_id = @first AND c.kind IN ('marriage', 'divorce') AND c.status = 'registered'`,
  ).all({ first: personIds[0], second: personIds[1] }) as CoupleCase[];
  if (!cases.some((c) => c.kind === 'divorce' && c.back)) return 0;
  // A marriage and a divorce on the same day: the marriage came first.
  cases.sort((x, y) => x.registeredOn.localeCompare(y.registeredOn) || (x.kind === y.kind ? x.id - y.id : x.kind === 'marriage' ? -1 : 1));
  let open: number | null = null;
  let changed = 0;
  for (const c of cases) {
    if (c.kind === 'marriage') {
      open = c.id;
      continue;
    }
    const ended = open;
    open = null;
    if (!c.back || c.relatedCaseId === ended) continue;
    prepared(db, 'UPDATE cases SET related_case_id = ? WHERE id = ?').run(ended, c.id);
    addCaseEvent(db, c.id, c.revision, 'back-entry-link', by, { marriageCaseId: ended, before: c.relatedCaseId });
    changed++;
  }
  return changed;
}
