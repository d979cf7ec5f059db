import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../../../main/domain/calendar';
import { addDays, fromDayNumber, toDayNumber } from '../../../main/domain/dates';
import { divorcePeriods } from '../../../main/domain/divorce';
import { decadeOf, lastAcceptanceDeemedBy, periodCount, periodKey, periodsInRange } from '../../../main/domain/registry-periods';

const calendar = createWorkCalendar();

describe('periods of a range', () => {
  it('cuts the first and last months at the range, and names each month', () => {
    expect(periodsInRange('2026-01-31', '2026-03-01', 'month')).toEqual([
      { key: '2026-01', from: '2026-01-31', to: '2026-01-31' },
      { key: '2026-02', from: '2026-02-01', to: '2026-02-28' },
      { key: '2026-03', from: '2026-03-01', to: '2026-03-01' },
    ]);
  });

  it('knows 29 February in a leap year, and years cut at the range', () => {
    expect(periodsInRange('2028-02-01', '2028-02-29', 'month')).toEqual([{ key: '2028-02', from: '2028-02-01', to: '2028-02-29' }]);
    expect(periodsInRange('2025-12-31', '2026-01-01', 'year')).toEqual([
      { key: '2025', from: '2025-12-31', to: '2025-12-31' },
      { key: '2026', from: '2026-01-01', to: '2026-01-01' },
    ]);
    expect(periodsInRange('2026-05-20', '2026-05-22', 'day').map((p) => p.key)).toEqual(['2026-05-20', '2026-05-21', '2026-05-22']);
    expect(periodsInRange('2026-05-22', '2026-05-20', 'day')).toEqual([]);
  });

  it('covers every day of the range exactly once, in order, with each day in the period its key names', () => {
    const day = fc.integer({ min: toDayNumber('1950-01-01'), max: toDayNumber('2040-12-31') });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 800 }), fc.constantFrom('day', 'month', 'year') as fc.Arbitrary<'day' | 'month' | 'year'>, (start, length, grouping) => {
        const from = fromDayNumber(start);
        const to = fromDayNumber(start + length);
        const periods = periodsInRange(from, to, grouping);
        expect(periods.length).toBe(periodCount(from, to, grouping));
        expect(periods[0]!.from).toBe(from);
        expect(periods[periods.length - 1]!.to).toBe(to);
        periods.forEach((p, i) => {
          if (i > 0) expect(p.from).toBe(addDays(periods[i - 1]!.to, 1));
          expect(periodKey(p.from, grouping)).toBe(p.key);
          expect(periodKey(p.to, grouping)).toBe(p.key);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('names the decade of a registration by its first year', () => {
    expect(decadeOf('1989-12-31')).toBe(1980);
    expect(decadeOf('1990-01-01')).toBe(1990);
  });
});

describe('the last acceptance deemed withdrawn by a day', () => {
  it('is the worked example of domain.md: accepted 2025-06-04, deemed withdrawn on 2025-08-05', () => {
    expect(divorcePeriods('2025-06-04', calendar).deemedWithdrawnOn).toBe('2025-08-05');
    // 06-05's periods end on 07-07 and 08-06 (07-05 is a Saturday): deemed on 08-07, so 06-04 is the last by 08-05.
    expect(lastAcceptanceDeemedBy('2025-08-05', calendar)).toBe('2025-06-04');
    // 06-03's collection would end on Saturday 08-02, so it too runs to 08-04; 06-02's ends Friday 08-01 (deemed 08-02).
    expect(lastAcceptanceDeemedBy('2025-08-04', calendar)).toBe('2025-06-02');
  });

  it('splits acceptances exactly: every one up to it is deemed by the day, every later one after it', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('2024-01-01'), max: toDayNumber('2026-12-31') }), (n) => {
        const on = fromDayNumber(n);
        const last = lastAcceptanceDeemedBy(on, calendar);
        expect(divorcePeriods(last, calendar).deemedWithdrawnOn <= on).toBe(true);
        expect(divorcePeriods(addDays(last, 1), calendar).deemedWithdrawnOn > on).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
