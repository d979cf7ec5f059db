import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import officialData from 'chinese-days/dist/chinese-days.json';
import { describe, expect, it } from 'vitest';
import { createWorkCalendar, DEFAULT_CALENDAR_SETTINGS } from '../../../main/domain/calendar';
import { addDays, weekday } from '../../../main/domain/dates';
import { divorcePeriods } from '../../../main/domain/divorce';

const cal = createWorkCalendar(DEFAULT_CALENDAR_SETTINGS);
const holidaysOnly = createWorkCalendar({ extendOn: 'statutory_holidays_only', overrides: [] });

describe('the official working-day calendar', () => {
  it('is open on ordinary weekdays and closed on ordinary weekends', () => {
    expect(cal.isWorkingDay('2025-06-04')).toBe(true); // Wednesday
    expect(cal.isWorkingDay('2025-06-07')).toBe(false); // Saturday
    expect(cal.isWorkingDay('2025-06-08')).toBe(false); // Sunday
  });

  it('is closed on the National Day holiday 2025-10-01 to 10-08 and open on its make-up days 09-28 (Sunday) and 10-11 (Saturday)', () => {
    for (let d = '2025-10-01'; d <= '2025-10-08'; d = addDays(d, 1)) {
      expect(cal.isWorkingDay(d)).toBe(false);
      expect(cal.isStatutoryHoliday(d)).toBe(true);
    }
    expect(cal.isWorkingDay('2025-09-28')).toBe(true);
    expect(cal.isWorkingDay('2025-10-11')).toBe(true);
    expect(cal.isStatutoryHoliday('2025-09-28')).toBe(false);
    expect(cal.isWorkingDay('2025-10-09')).toBe(true);
  });

  it('counts the whole Spring Festival block 2026-02-15 to 02-23 as statutory holiday, weekends inside it included', () => {
    expect(cal.isStatutoryHoliday('2026-02-15')).toBe(true); // a Sunday
    expect(cal.isStatutoryHoliday('2026-02-23')).toBe(true); // the Monday taken in lieu
    expect(cal.isStatutoryHoliday('2026-02-24')).toBe(false);
    expect(cal.isStatutoryHoliday('2026-02-08')).toBe(false); // an ordinary Sunday
    expect(cal.isWorkingDay('2026-02-14')).toBe(true); // Saturday make-up day
    expect(cal.isWorkingDay('2026-02-28')).toBe(true); // Saturday make-up day
  });

  it('agrees with the package’s published schedule on every day from 2004 to 2026', () => {
    const { holidays, workdays } = officialData as { holidays: Record<string, string>; workdays: Record<string, string> };
    for (let d = '2004-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) {
      const weekend = weekday(d) === 0 || weekday(d) === 6;
      const expected = d in workdays ? true : d in holidays ? false : !weekend;
      expect(cal.isWorkingDay(d), d).toBe(expected);
      expect(cal.isStatutoryHoliday(d), d).toBe(d in holidays);
    }
  });

  it('knows which years have an official schedule: 2004 to 2026, not 2027', () => {
    expect(cal.hasOfficialData(2003)).toBe(false);
    expect(cal.hasOfficialData(2004)).toBe(true);
    expect(cal.hasOfficialData(2025)).toBe(true);
    expect(cal.hasOfficialData(2026)).toBe(true);
    expect(cal.hasOfficialData(2027)).toBe(false);
  });

  it('falls back to weekends only in 2027: 1 January 2027 (a Friday) counts as a working day until the schedule is published', () => {
    expect(cal.isWorkingDay('2027-01-01')).toBe(true);
    expect(cal.isStatutoryHoliday('2027-01-01')).toBe(false);
    expect(cal.isWorkingDay('2027-01-02')).toBe(false);
  });

  it('lets the office’s own open and closed days win', () => {
    const office = createWorkCalendar({
      extendOn: 'non_working_days',
      overrides: [
        { date: '2025-07-04', open: false }, // a Friday the hall is closed
        { date: '2025-08-03', open: true }, // a Sunday the hall opens
        { date: '2025-10-01', open: true }, // open on National Day
      ],
    });
    expect(office.isWorkingDay('2025-07-04')).toBe(false);
    expect(office.isWorkingDay('2025-08-03')).toBe(true);
    expect(office.isWorkingDay('2025-10-01')).toBe(true);
    expect(office.isStatutoryHoliday('2025-10-01')).toBe(true);
    expect(office.periodEnd('2025-07-04')).toBe('2025-07-07');
    expect(office.periodEnd('2025-08-03')).toBe('2025-08-03');
  });
});

describe('the period-end rule (民法典 203)', () => {
  it('keeps a working day, and moves a weekend or holiday to the next working day', () => {
    expect(cal.periodEnd('2025-07-04')).toBe('2025-07-04');
    expect(cal.periodEnd('2025-08-03')).toBe('2025-08-04');
    expect(cal.periodEnd('2025-10-01')).toBe('2025-10-09');
    expect(cal.periodEnd('2025-12-31')).toBe('2025-12-31');
    expect(cal.periodEnd('2026-01-01')).toBe('2026-01-04'); // the Sunday make-up day after New Year
  });

  it('moves only past statutory holidays in that mode: a weekend ends a period', () => {
    expect(holidaysOnly.periodEnd('2025-08-03')).toBe('2025-08-03');
    expect(holidaysOnly.periodEnd('2025-10-04')).toBe('2025-10-09');
    expect(holidaysOnly.periodEnd('2026-04-04')).toBe('2026-04-07'); // Qingming, on a Saturday
    // The working-day answer is the same in both modes: the mode only moves ends of periods.
    expect(holidaysOnly.isWorkingDay('2025-08-03')).toBe(false);
  });
});

describe('time zones', () => {
  const script = fileURLToPath(new URL('./periods-in-time-zone.ts', import.meta.url));
  const dates = ['2025-06-04', '2025-09-01', '2026-01-16', '2025-12-02', '2026-08-21'];

  it('gives the same periods whatever the host’s time zone', () => {
    const expected = JSON.stringify(dates.map((d) => divorcePeriods(d, cal)));
    for (const tz of ['Asia/Shanghai', 'UTC', 'America/Los_Angeles', 'Pacific/Pago_Pago', 'Pacific/Kiritimati']) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...dates], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
      expect(run.stderr, tz).toBe('');
      expect(run.stdout.trim(), tz).toBe(expected);
    }
  }, 30_000);
});
