import type { Logger } from 'pino';
import { runDeemedWithdrawals } from '../store/registrations/divorce';
import { markPastNoShows } from '../store/appointments';
import { closeStaleWindows } from '../store/queue/windows';
import { dayStartMs } from './queue/act';
import { msUntilNextMidnight, officeDate } from './clock';
import type { HostContext } from './handlers';
import { registrationContext } from './registration';

/**
 * Deemed withdrawal and the day's no-shows at start-up and just after every Beijing midnight. Each
 * case is dated by its own periods, so a host that was off over a holiday closes them on the right
 * day when it comes back. The queue needs no job: tickets belong to their day, and a new day starts empty.
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
      const day = officeDate(nowMs);
      if (closeStaleWindows(ctx.db, new Date(dayStartMs(day)).toISOString()) > 0) ctx.events.publish({ type: 'queue.changed', day });
      const absent = markPastNoShows(ctx.db, officeDate(nowMs), new Date(nowMs).toISOString());
      if (absent) {
        logger.info({ appointments: absent }, 'past appointments never checked in marked as no-shows');
        ctx.events.publish({ type: 'appointments.changed', date: '' });
      }
    } catch (err) {
      logger.error({ err }, 'nightly job failed');
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
