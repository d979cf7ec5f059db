import type { PartyInput } from '../domain/case-types';
import type { StatusCheckRecord } from '../store/status-checks';
import type { HostContext } from './handlers';

/** Asks the province about each party at once; an unanswered check is recorded as not made, never as "unmarried". */
export async function runStatusChecks(ctx: HostContext, parties: readonly PartyInput[], at: string): Promise<StatusCheckRecord[]> {
  const answers = await Promise.all(parties.map((p) => ctx.statusChecker.check(p.idType, p.idNumber)));
  return answers.map((a, position) =>
    a.made ? { position, made: true, status: a.status, reason: null, checkedAt: at } : { position, made: false, status: null, reason: a.reason, checkedAt: at },
  );
}
