import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorkCalendar, DEFAULT_CALENDAR_SETTINGS } from '../../../main/domain/calendar';
import { addDays, compareDates, fromDayNumber, toDayNumber } from '../../../main/domain/dates';
import { divorceActions, divorcePeriods, divorceStatusOn, DIVORCE_STATUSES, type DivorceStatus } from '../../../main/domain/divorce';

const cal = createWorkCalendar(DEFAULT_CALENDAR_SETTINGS);
const holidaysOnly = createWorkCalendar({ extendOn: 'statutory_holidays_only', overrides: [] });

describe('the worked example of domain.md', () => {
  it('accepted Wednesday 2025-06-04: cooling-off 06-05 to 07-04, collection 07-05 to 08-04 (08-03 is a Sunday), deemed withdrawn 08-05', () => {
    expect(divorcePeriods('2025-06-04', cal)).toEqual({
      acceptedOn: '2025-06-04',
      coolingOffStarts: '2025-06-05',
      coolingOffEnds: '2025-07-04',
      collectionStarts: '2025-07-05',
      collectionEnds: '2025-08-04',
      deemedWithdrawnOn: '2025-08-05',
      provisional: false,
      provisionalYears: [],
    });
  });

  it('ends collection on Sunday 08-03 when only statutory holidays extend a period', () => {
    const p = divorcePeriods('2025-06-04', holidaysOnly);
    expect([p.coolingOffEnds, p.collectionEnds, p.deemedWithdrawnOn]).toEqual(['2025-07-04', '2025-08-03', '2025-08-04']);
  });

  it('moves cooling-off to Monday 07-07 when the office is closed on Friday 07-04, and collection with it', () => {
    const closed = createWorkCalendar({ extendOn: 'non_working_days', overrides: [{ date: '2025-07-04', open: false }] });
    const p = divorcePeriods('2025-06-04', closed);
    expect([p.coolingOffEnds, p.collectionStarts, p.collectionEnds, p.deemedWithdrawnOn]).toEqual(['2025-07-07', '2025-07-08', '2025-08-06', '2025-08-07']);
  });

  it('ends collection on Sunday 08-03 when the office opens that Sunday', () => {
    const open = createWorkCalendar({ extendOn: 'non_working_days', overrides: [{ date: '2025-08-03', open: true }] });
    expect(divorcePeriods('2025-06-04', open).collectionEnds).toBe('2025-08-03');
  });
});

// Each row: accepted on, the last day of cooling-off, the last day of collection, and why (the official 2025/2026 schedule).
const HOLIDAY_CASES: readonly [string, string, string, string][] = [
  ['2024-12-30', '2025-02-05', '2025-03-07', 'day 30 is 2025-01-29, inside Spring Festival 01-28 to 02-04: moved to Wednesday 02-05'],
  ['2024-12-27', '2025-01-26', '2025-02-25', 'day 30 is Sunday 2025-01-26, a Spring Festival make-up working day: not moved'],
  ['2025-01-09', '2025-02-08', '2025-03-10', 'day 30 is Saturday 2025-02-08, a make-up working day; collection day 30 is Sunday 03-09: Monday 03-10'],
  ['2025-03-28', '2025-04-27', '2025-05-27', 'day 30 is Sunday 2025-04-27, the Labour Day make-up working day'],
  ['2025-04-01', '2025-05-06', '2025-06-05', 'day 30 is 2025-05-01, inside Labour Day 05-01 to 05-05: Tuesday 05-06'],
  ['2025-05-01', '2025-06-03', '2025-07-03', 'day 30 is Saturday 2025-05-31, Dragon Boat 05-31 to 06-02: Tuesday 06-03'],
  ['2025-08-29', '2025-09-28', '2025-10-28', 'day 30 is Sunday 2025-09-28, the National Day make-up working day'],
  ['2025-09-01', '2025-10-09', '2025-11-10', 'day 30 is 2025-10-01, National Day and Mid-autumn 10-01 to 10-08: Thursday 10-09; collection day 30 is Saturday 11-08'],
  ['2025-09-11', '2025-10-11', '2025-11-10', 'day 30 is Saturday 2025-10-11, a make-up working day'],
  ['2025-12-02', '2026-01-04', '2026-02-03', 'day 30 is 2026-01-01, New Year 01-01 to 01-03: Sunday 01-04, a make-up working day'],
  ['2025-12-22', '2026-01-21', '2026-02-24', 'collection day 30 is 2026-02-20, inside Spring Festival 02-15 to 02-23: Tuesday 02-24'],
  ['2026-01-15', '2026-02-14', '2026-03-16', 'day 30 is Saturday 2026-02-14, a Spring Festival make-up working day'],
  ['2026-01-16', '2026-02-24', '2026-03-26', 'day 30 is Sunday 2026-02-15, the first day of Spring Festival: Tuesday 02-24'],
  ['2026-03-05', '2026-04-07', '2026-05-07', 'day 30 is Saturday 2026-04-04, Qingming 04-04 to 04-06: Tuesday 04-07'],
  ['2026-08-05', '2026-09-04', '2026-10-08', 'collection day 30 is Sunday 2026-10-04, inside National Day 10-01 to 10-07: Thursday 10-08'],
  ['2026-08-21', '2026-09-20', '2026-10-20', 'day 30 is Sunday 2026-09-20, a National Day make-up working day'],
  ['2026-08-26', '2026-09-28', '2026-10-28', 'day 30 is Friday 2026-09-25, Mid-autumn 09-25 to 09-27: Monday 09-28'],
  ['2026-09-03', '2026-10-08', '2026-11-09', 'day 30 is 2026-10-03, inside National Day: Thursday 10-08; collection day 30 is Saturday 11-07'],
];

describe('periods around the 2025 and 2026 holidays', () => {
  it.each(HOLIDAY_CASES)('accepted %s: cooling-off ends %s, collection ends %s (%s)', (acceptedOn, coolingOffEnds, collectionEnds) => {
    const p = divorcePeriods(acceptedOn, cal);
    expect(p.coolingOffEnds).toBe(coolingOffEnds);
    expect(p.collectionStarts).toBe(addDays(coolingOffEnds, 1));
    expect(p.collectionEnds).toBe(collectionEnds);
    expect(p.deemedWithdrawnOn).toBe(addDays(collectionEnds, 1));
    expect(p.provisional).toBe(false);
  });

  it('in statutory-holidays-only mode, still moves past National Day 2025 but not past Saturday 2025-11-08', () => {
    const p = divorcePeriods('2025-09-01', holidaysOnly);
    expect([p.coolingOffEnds, p.collectionEnds, p.deemedWithdrawnOn]).toEqual(['2025-10-09', '2025-11-08', '2025-11-09']);
  });

  it('in statutory-holidays-only mode, moves past Spring Festival 2026 even where it starts on a Sunday', () => {
    expect(divorcePeriods('2026-01-16', holidaysOnly).coolingOffEnds).toBe('2026-02-24');
  });
});

describe('periods reaching 2027, before its schedule is published', () => {
  it('accepted 2026-11-20: cooling-off ends Monday 2026-12-21; collection ends 2027-01-20, provisional', () => {
    const p = divorcePeriods('2026-11-20', cal);
    expect([p.coolingOffEnds, p.collectionEnds, p.deemedWithdrawnOn]).toEqual(['2026-12-21', '2027-01-20', '2027-01-21']);
    expect(p.provisional).toBe(true);
    expect(p.provisionalYears).toEqual([2027]);
  });

  it('accepted 2027-01-08: day 30 is Sunday 2027-02-07, counted with weekends only, and flagged', () => {
    const p = divorcePeriods('2027-01-08', cal);
    expect(p.coolingOffEnds).toBe('2027-02-08');
    expect(p.provisional).toBe(true);
    expect(p.provisionalYears).toContain(2027);
  });

  it('is not provisional when 2026 alone is reached', () => {
    expect(divorcePeriods('2026-10-20', cal).provisional).toBe(false);
  });
});

// Acceptance dates from 2004 to 2027: covered years and the fallback.
const acceptanceDates = fc.integer({ min: toDayNumber('2004-01-01'), max: toDayNumber('2027-12-31') }).map(fromDayNumber);

describe('period properties', () => {
  it('never ends a period on a non-working day, and never later than the first working day from day 30 (or 60)', () => {
    fc.assert(
      fc.property(acceptanceDates, (acceptedOn) => {
        const p = divorcePeriods(acceptedOn, cal);
        expect(cal.isWorkingDay(p.coolingOffEnds)).toBe(true);
        expect(cal.isWorkingDay(p.collectionEnds)).toBe(true);
        for (let d = addDays(acceptedOn, 30); d < p.coolingOffEnds; d = addDays(d, 1)) expect(cal.isWorkingDay(d)).toBe(false);
        for (let d = addDays(p.coolingOffEnds, 30); d < p.collectionEnds; d = addDays(d, 1)) expect(cal.isWorkingDay(d)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('in statutory-holidays-only mode never ends a period on a statutory holiday', () => {
    fc.assert(
      fc.property(acceptanceDates, (acceptedOn) => {
        const p = divorcePeriods(acceptedOn, holidaysOnly);
        expect(holidaysOnly.isStatutoryHoliday(p.coolingOffEnds)).toBe(false);
        expect(holidaysOnly.isStatutoryHoliday(p.collectionEnds)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

const caseFacts = fc
  .tuple(acceptanceDates, fc.option(fc.integer({ min: 0, max: 80 })), fc.option(fc.integer({ min: 0, max: 80 })))
  .map(([acceptedOn, w, r]) => ({
    acceptedOn,
    withdrawnOn: w === null ? null : addDays(acceptedOn, w),
    registeredOn: r === null ? null : addDays(acceptedOn, r),
  }));

const CLOSED: readonly DivorceStatus[] = ['registered', 'withdrawn', 'deemed_withdrawn'];

describe('the status of a divorce case on a day', () => {
  it('follows the worked example day by day', () => {
    const c = { acceptedOn: '2025-06-04', withdrawnOn: null, registeredOn: null };
    expect(divorceStatusOn(c, '2025-06-04', cal)).toBe('cooling_off');
    expect(divorceStatusOn(c, '2025-07-04', cal)).toBe('cooling_off');
    expect(divorceStatusOn(c, '2025-07-05', cal)).toBe('collection');
    expect(divorceStatusOn(c, '2025-08-04', cal)).toBe('collection');
    expect(divorceStatusOn(c, '2025-08-05', cal)).toBe('deemed_withdrawn');
    expect(divorceStatusOn({ ...c, withdrawnOn: '2025-06-20' }, '2025-06-20', cal)).toBe('withdrawn');
    expect(divorceStatusOn({ ...c, withdrawnOn: '2025-06-20' }, '2025-06-19', cal)).toBe('cooling_off');
    expect(divorceStatusOn({ ...c, registeredOn: '2025-07-10' }, '2025-09-01', cal)).toBe('registered');
  });

  it('never leaves a closed status on a later day (property)', () => {
    fc.assert(
      fc.property(caseFacts, fc.integer({ min: -2, max: 120 }), fc.integer({ min: 1, max: 120 }), (c, a, step) => {
        const earlier = addDays(c.acceptedOn, a);
        const later = addDays(earlier, step);
        const before = divorceStatusOn(c, earlier, cal);
        const after = divorceStatusOn(c, later, cal);
        if (CLOSED.includes(before)) expect(after).toBe(before);
        if (before === 'collection') expect(after).not.toBe('cooling_off');
        expect(compareDates(earlier, later)).toBeLessThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('offers withdrawal in cooling-off, registration in collection, and nothing on a closed case', () => {
    const offered = Object.fromEntries(DIVORCE_STATUSES.map((s) => [s, divorceActions(s)]));
    expect(offered).toEqual({ cooling_off: ['withdraw'], collection: ['register'], registered: [], withdrawn: [], deemed_withdrawn: [] });
  });
});
