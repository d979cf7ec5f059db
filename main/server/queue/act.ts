import type { SessionUser } from '../../contract/session';
import { DEFAULT_POLICY, type QueuePolicy } from '../../domain/queue/policy';
import type { ReadableDB, WritableDB } from '../../store/db';
import { getJsonSetting, putJsonSetting } from '../../store/settings';
import type { QueueAct } from '../../store/queue/actions';
import type { Actor } from '../../store/users';
import { officeDate } from '../clock';

const POLICY_KEY = 'queue.policy';

export function getPolicy(db: ReadableDB): QueuePolicy {
  return getJsonSetting(db, POLICY_KEY, DEFAULT_POLICY);
}

export function putPolicy(db: WritableDB, policy: QueuePolicy, by: Actor): QueuePolicy {
  return putJsonSetting(db, POLICY_KEY, DEFAULT_POLICY, policy, by);
}

/** Midnight in Beijing that starts an office day, as an instant. */
export function dayStartMs(day: string): number {
  return Date.parse(`${day}T00:00:00+08:00`);
}

/** A time of day on an office day, as an instant (the office keeps Beijing time, which has no DST). */
export function officeInstant(day: string, time: string): number {
  return Date.parse(`${day}T${time}:00+08:00`);
}

/** Who acts on the queue and when; the day rolls over at Beijing midnight. */
export function queueAct(db: ReadableDB, who: { user?: SessionUser; device?: { id: number; name: string } }, nowMs: number): QueueAct {
  const day = officeDate(nowMs);
  return {
    actor: who.user ? who.user.username : who.device ? `device:${who.device.id}` : 'system',
    userId: who.user?.id ?? null,
    manager: who.user?.role === 'manager',
    at: new Date(nowMs).toISOString(),
    nowMs,
    day,
    dayStartMs: dayStartMs(day),
    policy: getPolicy(db),
  };
}
