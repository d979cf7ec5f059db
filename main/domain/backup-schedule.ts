/**
 * When the host backs itself up, and which old backups it may delete. Times are instants in ms; the
 * office keeps Beijing time, which has had no daylight saving since 1991, so a fixed offset is exact.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const BEIJING_OFFSET_MS = 8 * HOUR_MS;

/** No good backup for this long is a missed one: a day and a margin for a backup that ran late. */
export const BACKUP_MISSED_AFTER_MS = 26 * HOUR_MS;
/** A failed or missed backup (a USB drive not plugged in) is tried again this long after the last attempt. */
export const BACKUP_RETRY_AFTER_MS = HOUR_MS;

export const TIME_OF_DAY_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

export type BackupTrigger = 'scheduled' | 'catch-up' | 'retry' | 'manual';

export interface BackupScheduleSettings {
  readonly enabled: boolean;
  readonly folder: string;
  /** HH:MM, Beijing time. */
  readonly timeOfDay: string;
}

function minutesOfDay(timeOfDay: string): number {
  if (!TIME_OF_DAY_PATTERN.test(timeOfDay)) throw new Error(`not a time of day: ${timeOfDay}`);
  const [h, m] = timeOfDay.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** The latest instant at or before `nowMs` when the clock in Beijing read `timeOfDay`. */
export function lastSlotAtOrBefore(nowMs: number, timeOfDay: string): number {
  const beijingMs = nowMs + BEIJING_OFFSET_MS;
  let slot = Math.floor(beijingMs / DAY_MS) * DAY_MS + minutesOfDay(timeOfDay) * 60_000;
  if (slot > beijingMs) slot -= DAY_MS;
  return slot - BEIJING_OFFSET_MS;
}

/** The first instant after `nowMs` when the clock in Beijing reads `timeOfDay`. */
export function nextSlotAfter(nowMs: number, timeOfDay: string): number {
  return lastSlotAtOrBefore(nowMs, timeOfDay) + DAY_MS;
}

export interface BackupAttemptFacts {
  readonly startedMs: number;
  readonly finishedMs: number;
  readonly ok: boolean;
}

export interface BackupDueInput {
  readonly nowMs: number;
  /** When the scheduler last looked; null at start-up (or after the settings changed). */
  readonly lookedMs: number | null;
  readonly settings: BackupScheduleSettings;
  readonly lastGood: BackupAttemptFacts | null;
  readonly lastAttempt: BackupAttemptFacts | null;
}

export function backupConfigured(settings: BackupScheduleSettings): boolean {
  return settings.enabled && settings.folder.trim() !== '';
}

/**
 * Whether a backup is due now, and why: the day's time passed since the scheduler last looked and
 * nothing was attempted since ('scheduled'); the last attempt failed ('retry'); or no good backup for
 * longer than the missed limit, the PC having been off at the time ('catch-up'). The last two wait an
 * hour after the previous attempt, except at start-up or after new settings, when the folder may be back.
 */
export function backupDue(input: BackupDueInput): BackupTrigger | null {
  const { nowMs, lookedMs, settings, lastGood, lastAttempt } = input;
  if (!backupConfigured(settings)) return null;
  const slot = lastSlotAtOrBefore(nowMs, settings.timeOfDay);
  if (lookedMs !== null && slot > lookedMs && (lastAttempt === null || lastAttempt.startedMs < slot)) return 'scheduled';
  const rested = lookedMs === null || lastAttempt === null || nowMs - lastAttempt.finishedMs >= BACKUP_RETRY_AFTER_MS;
  if (!rested) return null;
  if (lastAttempt && !lastAttempt.ok) return 'retry';
  if (backupMissed(nowMs, lastGood?.finishedMs ?? null)) return 'catch-up';
  return null;
}

/** No good backup within the missed limit (none at all counts as missed). */
export function backupMissed(nowMs: number, lastGoodFinishedMs: number | null): boolean {
  return lastGoodFinishedMs === null || nowMs - lastGoodFinishedMs > BACKUP_MISSED_AFTER_MS;
}

/**
 * The good backups to delete so that `keep` remain, given newest first. The newest is never among
 * them, whatever `keep` says.
 */
export function backupsToPrune<T>(goodNewestFirst: readonly T[], keep: number): T[] {
  return goodNewestFirst.slice(Math.max(1, Math.floor(keep)));
}
