import { createWorkCalendar } from '../domain/calendar';
import { addDays } from '../domain/dates';
import { gb11643CheckChar } from '../domain/identity';
import type { PartyInput } from '../domain/case-types';
import type { WritableDB } from '../store/db';
import type { RegistrationContext } from '../store/registrations/context';
import { acceptDivorce } from '../store/registrations/divorce';
import { acceptMarriage, createMarriageDraft, registerMarriage } from '../store/registrations/marriage';
import { DEMO_OFFICE } from './demo';

function person(name: string, sex: 'male' | 'female', birthDate: string, order: number): PartyInput {
  const first17 = `110105${birthDate.replaceAll('-', '')}${String(sex === 'male' ? order | 1 : order & ~1).padStart(3, '0')}`;
  return {
    name, sex, birthDate, idType: 'resident_id', idNumber: first17 + gb11643CheckChar(first17), nationality: 'CHN',
    idValidUntil: 'long_term', overseasChinese: false, verification: { method: 'reader' },
  };
}

const DECLARED = { declarationSigned: true, prohibitedKinshipDeclared: false, voluntary: true };

/** Registers a fictitious marriage dated `on`, its provincial checks answered "unmarried". */
function demoMarriage(db: WritableDB, ctx: RegistrationContext, h: PartyInput, w: PartyInput) {
  const checks = [0, 1].map((position) => ({ position, made: true, status: 'unmarried', reason: null, checkedAt: ctx.by.at }));
  const draft = createMarriageDraft(db, { parties: [{ party: h, ...DECLARED }, { party: w, ...DECLARED }] }, checks, ctx);
  acceptMarriage(db, draft.id, ctx);
  return registerMarriage(db, draft.id, ctx);
}

/**
 * Sample cases for the demo: registered marriages, one divorce in cooling-off and one in its
 * collection period, so every desk screen has something to show. Only with --demo, only once.
 */
export function seedDemoCases(db: WritableDB, today: string): void {
  if ((db.prepare('SELECT count(*) FROM cases').pluck().get() as number) > 0) return;
  const calendar = createWorkCalendar();
  const ctxOn = (on: string): RegistrationContext => ({
    office: { officeCode: DEMO_OFFICE.officeCode, divisionCode: DEMO_OFFICE.officeCode.slice(0, 6), foreignRelated: false, marriageAgeExceptions: [] },
    calendar,
    by: { actor: 'demo', at: `${on}T02:00:00.000Z`, on },
    registrarName: '演示登记员 李明',
  });
  const couples: [PartyInput, PartyInput, number][] = [
    [person('张伟', 'male', '1994-03-12', 11), person('王静', 'female', '1996-07-08', 12), 400],
    [person('刘洋', 'male', '1990-11-02', 13), person('陈丽', 'female', '1992-01-25', 14), 200],
    [person('赵磊', 'male', '1988-05-30', 15), person('孙敏', 'female', '1989-09-14', 16), 120],
    [person('周杰', 'male', '1997-02-17', 17), person('吴婷', 'female', '1998-12-03', 18), 3],
  ];
  const marriages = couples.map(([h, w, daysAgo]) => ({ h, w, m: demoMarriage(db, ctxOn(addDays(today, -daysAgo)), h, w) }));
  // In cooling-off (accepted 10 days ago) and in the collection period (accepted 40 days ago).
  for (const [i, daysAgo] of [[0, 10], [1, 40]] as const) {
    const { h, w, m } = marriages[i]!;
    acceptDivorce(db, { parties: [h, w], marriageCertificateNumber: m.certificateNumber!, agreementSigned: true, fullCapacity: [true, true] }, ctxOn(addDays(today, -daysAgo)));
  }
}
