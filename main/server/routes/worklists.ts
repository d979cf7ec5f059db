import { addDays } from '../../domain/dates';
import { divorcePeriods } from '../../domain/divorce';
import { deemedWithdrawnOn, openAdoptions, openDivorces, overridesWaiting } from '../../store/case-search';
import { adoptionCaseDates } from '../../store/registrations/adoption';
import type { RegistrationContext } from '../../store/registrations/context';
import { caseSummary } from '../../store/registrations/view';
import type { HostContext } from '../handlers';

/** How far ahead "ending soon" looks: today and the next two days. */
const SOON_DAYS = 2;

/** Adoptions whose 30-day decision falls due by `horizon` (or is overdue), and whose public notice ends by then. */
function adoptionLists(ctx: HostContext, rctx: RegistrationContext, horizon: string) {
  const today = rctx.by.on;
  const adoptionDecisionsDue = [];
  const adoptionNoticesEnding = [];
  for (const c of openAdoptions(ctx.db)) {
    const d = adoptionCaseDates(c, rctx);
    if (!d) continue;
    if (d.noticeEnds !== null && d.noticeEnds >= today && d.noticeEnds <= horizon) adoptionNoticesEnding.push(caseSummary(ctx.db, c, rctx));
    if (d.decisionDue <= horizon) adoptionDecisionsDue.push(caseSummary(ctx.db, c, rctx));
  }
  return { adoptionDecisionsDue, adoptionNoticesEnding };
}

/** Today's worklists: periods ending soon, cases deemed withdrawn today, drafts waiting for a manager. */
export function worklistsFor(ctx: HostContext, rctx: RegistrationContext) {
  const today = rctx.by.on;
  const horizon = addDays(today, SOON_DAYS);
  const coolingOffEnding = [];
  const collectionEnding = [];
  const provisional = new Set<number>();
  for (const c of openDivorces(ctx.db)) {
    const p = divorcePeriods(c.acceptedOn!, rctx.calendar);
    p.provisionalYears.forEach((y) => provisional.add(y));
    if (p.coolingOffEnds >= today && p.coolingOffEnds <= horizon) coolingOffEnding.push(caseSummary(ctx.db, c, rctx));
    else if (p.collectionEnds >= today && p.collectionEnds <= horizon) collectionEnding.push(caseSummary(ctx.db, c, rctx));
  }
  return {
    on: today,
    coolingOffEnding,
    collectionEnding,
    deemedWithdrawn: deemedWithdrawnOn(ctx.db, today).map((c) => caseSummary(ctx.db, c, rctx)),
    overridesWaiting: overridesWaiting(ctx.db).map((c) => caseSummary(ctx.db, c, rctx)),
    ...adoptionLists(ctx, rctx, horizon),
    provisionalYears: [...provisional].sort(),
  };
}
