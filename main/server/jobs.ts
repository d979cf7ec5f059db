import type { Logger } from 'pino';
import { runDeemedWithdrawals } from '../store/registrations/divorce';
import { msUntilNextMidnight, officeDate } from './clock';
import type { HostContext } from './handlers';
import { registrationContext } from './registration';

/**
 * Deemed withdrawal at start-up and just after every Beijing midnight. Each case is dated by its own
 * periods, so a host that was off over a holiday closes them on the right day when it comes back.
 */
export function startNightlyJobs(ctx: HostContext, logger: Logger): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    try {
      const nowMs = ctx.now();
      const rctx = registrationContext(ctx, { username: 'system', displayName: '系统' }, nowMs);
      const closed = runDeemedWithdrawals(ctx.db, officeDate(nowMs), rctx);
      if (closed.length) {
        logger.info({ cases: closed }, 'divorce cases deemed withdrawn');
        for (const caseId of closed) ctx.events.publish({ type: 'cases.changed', caseId });
      }
    } catch (err) {
      logger.error({ err }, 'deemed-withdrawal job failed');
    }
  };
  const schedule = () => {
    timer = setTimeout(() => {
      run();
      schedule();
    }, msUntilNextMidnight(ctx.now()) + 5_000);
    timer.unref();
  };
  run();
  schedule();
  return () => clearTimeout(timer);
}
