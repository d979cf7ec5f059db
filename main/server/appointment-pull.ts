import type { Logger } from 'pino';
import type { ProvinceConfig } from '../exchange/client';
import { syncAppointments } from '../exchange/appointment-sync';
import { officeDate } from './clock';
import type { HostContext } from './handlers';

/** Every few minutes: citizens keep booking online all day. */
const PULL_EVERY_MS = 5 * 60_000;

/** Pulls online bookings at start-up and then every few minutes, one pull at a time. */
export function startAppointmentPull(ctx: HostContext, province: ProvinceConfig, logger: Logger): () => void {
  let running = false;
  const pull = async () => {
    if (running) return;
    running = true;
    try {
      const outcome = await syncAppointments(ctx.db, province, officeDate(ctx.now()), () => new Date(ctx.now()).toISOString());
      if (outcome.changed > 0) ctx.events.publish({ type: 'appointments.changed', date: '' });
      if (outcome.failedDays.length > 0 || outcome.skipped > 0) logger.warn({ failedDays: outcome.failedDays, skipped: outcome.skipped }, 'online appointments partly pulled');
    } catch (err) {
      logger.error({ err }, 'online appointment pull failed');
    } finally {
      running = false;
    }
  };
  void pull();
  const timer = setInterval(() => void pull(), PULL_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
