import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adoptionDates, adoptionDecisionDue, noticeEnds, noticeRunOut } from '../../../main/domain/adoption';
import { createWorkCalendar, DEFAULT_CALENDAR_SETTINGS } from '../../../main/domain/calendar';
import { addDays, compareDates, fromDayNumber, toDayNumber } from '../../../main/domain/dates';

const cal = createWorkCalendar(DEFAULT_CALENDAR_SETTINGS);
const holidaysOnly = createWorkCalendar({ extendOn: 'statutory_holidays_only', overrides: [] });

// Each row: applied on, the decision due, and why (the official 2026 schedule: National Day 10-01 to 10-07).
const DECISION_CASES: readonly [string, string, string][] = [
  ['2026-08-31', '2026-09-30', 'day 30 is Wednesday 09-30, the working day before National Day'],
  ['2026-09-01', '2026-10-08', 'day 30 is 10-01, the first day of National Day: Thursday 10-08'],
  ['2026-09-03', '2026-10-08', 'day 30 is Saturday 10-03, inside National Day: Thursday 10-08'],
  ['2026-09-30', '2026-10-30', 'applied the day before National Day: the holiday days inside the 30 still count; day 30 is Friday 10-30'],
  ['2026-10-01', '2026-11-02', 'day 30 is Saturday 10-31: Monday 11-02'],
  ['2026-05-07', '2026-06-08', 'day 30 is Saturday 06-06: Monday 06-08'],
  ['2026-05-20', '2026-06-22', 'day 30 is Friday 06-19, Dragon Boat 06-19 to 06-21: Monday 06-22'],
];

describe('the 30-day decision limit (counted from the day after the application)', () => {
  it.each(DECISION_CASES)('applied %s: decision due %s (%s)', (appliedOn, due) => {
    expect(adoptionDecisionDue(appliedOn, cal)).toBe(due);
    expect(adoptionDecisionDue(appliedOn, cal, null)).toBe(due);
  });

  it('is not moved past an ordinary Saturday when only statutory holidays extend a period, but is past National Day', () => {
    expect(adoptionDecisionDue('2026-05-07', holidaysOnly)).toBe('2026-06-06');
    expect(adoptionDecisionDue('2026-09-03', holidaysOnly)).toBe('2026-10-08');
  });
});

// Each row: published on, the notice's last day, and why.
const NOTICE_CASES: readonly [string, string, string][] = [
  ['2026-03-01', '2026-04-30', 'day 60 is Thursday 04-30, the working day before Labour Day'],
  ['2026-03-06', '2026-05-06', 'day 60 is 05-05, inside Labour Day 05-01 to 05-05: Wednesday 05-06'],
  ['2026-03-10', '2026-05-09', 'day 60 is Saturday 05-09, the Labour Day make-up working day: not moved'],
  ['2026-03-11', '2026-05-11', 'day 60 is Sunday 05-10: Monday 05-11'],
  ['2026-04-07', '2026-06-08', 'day 60 is Saturday 06-06: Monday 06-08'],
  ['2026-08-02', '2026-10-08', 'day 60 is 10-01, National Day: Thursday 10-08'],
  ['2026-08-05', '2026-10-08', 'day 60 is Sunday 10-04, inside National Day: Thursday 10-08'],
];

describe('the 60-day public notice (公告)', () => {
  it.each(NOTICE_CASES)('published %s: last day %s (%s)', (startsOn, ends) => {
    expect(noticeEnds(startsOn, cal)).toBe(ends);
    expect(noticeRunOut(startsOn, ends, cal)).toBe(false);
    expect(noticeRunOut(startsOn, addDays(ends, 1), cal)).toBe(true);
  });

  it('has not run out on the day of publication or before it', () => {
    expect(noticeRunOut('2026-03-01', '2026-03-01', cal)).toBe(false);
    expect(noticeRunOut('2026-03-01', '2026-02-01', cal)).toBe(false);
  });

  it('ends on Saturday 2026-06-06 when only statutory holidays extend a period, and on Monday 06-08 by default', () => {
    expect(noticeEnds('2026-04-07', holidaysOnly)).toBe('2026-06-06');
    expect(noticeRunOut('2026-04-07', '2026-06-07', holidaysOnly)).toBe(true);
    expect(noticeRunOut('2026-04-07', '2026-06-07', cal)).toBe(false);
  });

  it('runs to the next open day when the office is closed on its last day', () => {
    const closed = createWorkCalendar({ extendOn: 'non_working_days', overrides: [{ date: '2026-04-30', open: false }] });
    expect(noticeEnds('2026-03-01', closed)).toBe('2026-05-06');
  });
});

describe('the decision limit while a notice runs (the notice days are not counted)', () => {
  it('the worked example: applied 08-03, published 08-05, notice to 10-08 across National Day, decision due 11-05', () => {
    expect(adoptionDates('2026-08-03', '2026-08-05', cal)).toEqual({
      appliedOn: '2026-08-03',
      noticeStartsOn: '2026-08-05',
      noticeEnds: '2026-10-08',
      registrableFrom: '2026-10-09',
      decisionDue: '2026-11-05',
      provisional: false,
      provisionalYears: [],
    });
  });

  it('resumes the full 30 days after a notice published on the application day', () => {
    // Notice 03-02 to 04-30; the 30 days run 05-01 to Saturday 05-30, moved to Monday 06-01.
    expect(adoptionDecisionDue('2026-03-01', cal, '2026-03-01')).toBe('2026-06-01');
  });

  it('counts the days before publication, resumes after a notice ending on a weekend, and moves a resumed end off one', () => {
    // Applied Monday 06-01, published Wednesday 06-03: 2 days counted; day 60 is Sunday 08-02, so the notice ends Monday 08-03; 28 more is Monday 08-31.
    expect(adoptionDates('2026-06-01', '2026-06-03', cal)).toMatchObject({ noticeEnds: '2026-08-03', registrableFrom: '2026-08-04', decisionDue: '2026-08-31' });
    // Published Friday 06-05: 4 days counted; the notice ends Tuesday 08-04; 26 more is Sunday 08-30, moved to Monday 08-31.
    expect(adoptionDates('2026-06-01', '2026-06-05', cal)).toMatchObject({ noticeEnds: '2026-08-04', decisionDue: '2026-08-31' });
    // Applied Friday 02-27, published Sunday 03-01: 2 days counted; the notice ends 04-30; 28 more is Thursday 05-28.
    expect(adoptionDecisionDue('2026-02-27', cal, '2026-03-01')).toBe('2026-05-28');
  });

  it('suspends nothing with a notice that ended by the application day or was published after the 30th day', () => {
    expect(adoptionDecisionDue('2026-08-31', cal, '2026-06-01')).toBe('2026-09-30');
    expect(adoptionDecisionDue('2026-08-31', cal, '2026-09-30')).toBe('2026-09-30');
  });

  it('counts from the notice’s end a notice published before the application that still runs', () => {
    // Published 2026-03-01, ends 04-30; applied 04-01: nothing counted before the notice; 30 days after 04-30 is Saturday 05-30 → Monday 06-01.
    expect(adoptionDecisionDue('2026-04-01', cal, '2026-03-01')).toBe('2026-06-01');
  });

  it('flags dates that reach 2027, before its schedule is published', () => {
    const d = adoptionDates('2026-11-20', '2026-11-25', cal);
    expect([d.noticeEnds, d.registrableFrom, d.decisionDue]).toEqual(['2027-01-25', '2027-01-26', '2027-02-19']);
    expect(d.provisional).toBe(true);
    expect(d.provisionalYears).toEqual([2027]);
    expect(adoptionDates('2026-05-20', null, cal)).toMatchObject({ noticeEnds: null, registrableFrom: null, decisionDue: '2026-06-22', provisional: false });
  });
});

const days = fc.integer({ min: toDayNumber('2004-01-01'), max: toDayNumber('2026-10-31') }).map(fromDayNumber);

describe('adoption date properties', () => {
  it('ends the notice on a working day, the first one from day 60', () => {
    fc.assert(
      fc.property(days, (startsOn) => {
        const ends = noticeEnds(startsOn, cal);
        expect(cal.isWorkingDay(ends)).toBe(true);
        for (let d = addDays(startsOn, 60); d < ends; d = addDays(d, 1)) expect(cal.isWorkingDay(d)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('counts exactly 30 days outside the notice, day by day, then moves a closed last day (property)', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: 0, max: 29 }), (appliedOn, after) => {
        const startsOn = addDays(appliedOn, after);
        const ends = noticeEnds(startsOn, cal);
        let counted = 0;
        let d = appliedOn;
        while (counted < 30) {
          d = addDays(d, 1);
          const inNotice = compareDates(d, startsOn) > 0 && compareDates(d, ends) <= 0;
          if (!inNotice) counted++;
        }
        expect(adoptionDecisionDue(appliedOn, cal, startsOn)).toBe(cal.periodEnd(d));
      }),
      { numRuns: 300 },
    );
  });
});
