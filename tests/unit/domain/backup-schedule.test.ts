import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_MISSED_AFTER_MS, BACKUP_RETRY_AFTER_MS, backupDue, backupMissed, backupsToPrune, lastSlotAtOrBefore, nextSlotAfter,
  type BackupAttemptFacts, type BackupDueInput,
} from '../../../main/domain/backup-schedule';

const at = (beijing: string) => Date.parse(`${beijing}+08:00`);
const HOUR = 3_600_000;
const SETTINGS = { enabled: true, folder: '/media/backup', timeOfDay: '02:00' };
const good = (finished: string): BackupAttemptFacts => ({ startedMs: at(finished) - 60_000, finishedMs: at(finished), ok: true });
const failed = (finished: string): BackupAttemptFacts => ({ startedMs: at(finished) - 1_000, finishedMs: at(finished), ok: false });

function due(over: Partial<BackupDueInput> & { now: string; looked?: string | null }) {
  const { now, looked, ...rest } = over;
  return backupDue({
    nowMs: at(now), lookedMs: looked === undefined ? at(now) - 60_000 : looked === null ? null : at(looked),
    settings: SETTINGS, lastGood: null, lastAttempt: null, ...rest,
  });
}

describe('the daily backup time in Beijing', () => {
  it('is today at 02:00 from 02:00 on, and yesterday at 02:00 until then', () => {
    expect(lastSlotAtOrBefore(at('2026-11-24T02:00:00'), '02:00')).toBe(at('2026-11-24T02:00:00'));
    expect(lastSlotAtOrBefore(at('2026-11-24T01:59:59'), '02:00')).toBe(at('2026-11-23T02:00:00'));
    expect(lastSlotAtOrBefore(at('2026-11-24T23:59:00'), '02:00')).toBe(at('2026-11-24T02:00:00'));
    expect(nextSlotAfter(at('2026-11-24T02:00:00'), '02:00')).toBe(at('2026-11-25T02:00:00'));
  });

  it('counts midnight and 23:59 in Beijing whatever the PC zone (UTC midnight is 08:00 there)', () => {
    expect(lastSlotAtOrBefore(Date.parse('2026-11-24T00:00:00Z'), '00:00')).toBe(at('2026-11-24T00:00:00'));
    expect(lastSlotAtOrBefore(Date.parse('2026-11-23T15:59:00Z'), '23:59')).toBe(at('2026-11-23T23:59:00'));
    expect(lastSlotAtOrBefore(Date.parse('2026-11-23T15:58:59Z'), '23:59')).toBe(at('2026-11-22T23:59:00'));
  });

  it('is always within the last day, at that minute (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_000_000_000_000 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (now, h, m) => {
        const time = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        const slot = lastSlotAtOrBefore(now, time);
        expect(slot).toBeLessThanOrEqual(now);
        expect(now - slot).toBeLessThan(24 * HOUR);
        expect(new Date(slot + 8 * HOUR).toISOString().slice(11, 16)).toBe(time);
        expect(nextSlotAfter(now, time)).toBeGreaterThan(now);
      }),
    );
  });
});

describe('when a backup is due', () => {
  it('runs when 02:00 passes since the scheduler last looked', () => {
    expect(due({ now: '2026-11-24T02:00:30', looked: '2026-11-24T01:59:30', lastGood: good('2026-11-23T02:01:00'), lastAttempt: good('2026-11-23T02:01:00') })).toBe('scheduled');
    expect(due({ now: '2026-11-24T01:59:59', looked: '2026-11-24T01:58:59', lastGood: good('2026-11-23T02:01:00'), lastAttempt: good('2026-11-23T02:01:00') })).toBeNull();
  });

  it('does not run twice for one day: a backup started at or after 02:00 is that day\'s', () => {
    const manual: BackupAttemptFacts = { startedMs: at('2026-11-24T02:00:00'), finishedMs: at('2026-11-24T02:00:20'), ok: true };
    expect(due({ now: '2026-11-24T02:00:40', looked: '2026-11-24T01:59:40', lastGood: manual, lastAttempt: manual })).toBeNull();
  });

  it('catches up at start-up when the last good backup is older than 26 hours, not at 26 hours exactly', () => {
    const last = good('2026-11-23T02:00:00');
    expect(due({ now: '2026-11-24T04:00:01', looked: null, lastGood: last, lastAttempt: last })).toBe('catch-up');
    expect(due({ now: '2026-11-24T04:00:00', looked: null, lastGood: last, lastAttempt: last })).toBeNull();
    expect(due({ now: '2026-11-24T04:00:00', looked: null })).toBe('catch-up');
  });

  it('catches up an hour after the last attempt while none good is within 26 hours', () => {
    const last = good('2026-11-22T09:00:00');
    expect(due({ now: '2026-11-23T11:00:01', lastGood: last, lastAttempt: last })).toBe('catch-up');
  });

  it('retries a failed backup an hour after it failed, and at once after start-up', () => {
    const lastGood = good('2026-11-23T02:00:00');
    expect(due({ now: '2026-11-24T02:59:59', lastGood, lastAttempt: failed('2026-11-24T02:00:00') })).toBeNull();
    expect(due({ now: '2026-11-24T03:00:00', lastGood, lastAttempt: failed('2026-11-24T02:00:00') })).toBe('retry');
    expect(due({ now: '2026-11-24T02:10:00', looked: null, lastGood, lastAttempt: failed('2026-11-24T02:00:00') })).toBe('retry');
    expect(BACKUP_RETRY_AFTER_MS).toBe(HOUR);
  });

  it('never runs while disabled or without a folder', () => {
    for (const settings of [{ ...SETTINGS, enabled: false }, { ...SETTINGS, folder: '  ' }]) {
      expect(due({ now: '2026-11-24T02:00:30', looked: '2026-11-24T01:59:30', settings })).toBeNull();
      expect(due({ now: '2026-11-24T02:00:30', looked: null, settings })).toBeNull();
    }
  });
});

describe('a missed backup', () => {
  it('is none good within 26 hours, or none at all', () => {
    expect(backupMissed(at('2026-11-24T04:00:00'), at('2026-11-23T02:00:00'))).toBe(false);
    expect(backupMissed(at('2026-11-24T04:00:01'), at('2026-11-23T02:00:00'))).toBe(true);
    expect(backupMissed(at('2026-11-24T04:00:00'), null)).toBe(true);
    expect(BACKUP_MISSED_AFTER_MS).toBe(26 * HOUR);
  });
});

describe('which old backups are deleted', () => {
  it('keeps the newest N and never the newest one, whatever N says', () => {
    const runs = [5, 4, 3, 2, 1];
    expect(backupsToPrune(runs, 3)).toEqual([2, 1]);
    expect(backupsToPrune(runs, 5)).toEqual([]);
    expect(backupsToPrune(runs, 9)).toEqual([]);
    expect(backupsToPrune(runs, 1)).toEqual([4, 3, 2, 1]);
    expect(backupsToPrune(runs, 0)).toEqual([4, 3, 2, 1]);
    expect(backupsToPrune([], 3)).toEqual([]);
  });
});
