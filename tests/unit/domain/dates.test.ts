import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareDates, daysBetween, fromDayNumber, isValidDate, toDayNumber, weekday, yearOf } from '../../../main/domain/dates';

// Any day from 1900-01-01 to 2100-12-31, as a day number.
const dayNumbers = fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2100-12-31') });

describe('dates of the law as YYYY-MM-DD strings', () => {
  it('accepts real calendar dates only', () => {
    expect(isValidDate('2025-06-04')).toBe(true);
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2000-02-29')).toBe(true);
    expect(isValidDate('2025-02-29')).toBe(false);
    expect(isValidDate('1900-02-29')).toBe(false);
    expect(isValidDate('2025-04-31')).toBe(false);
    expect(isValidDate('2025-13-01')).toBe(false);
    expect(isValidDate('2025-00-10')).toBe(false);
    expect(isValidDate('2025-6-4')).toBe(false);
    expect(isValidDate('2025-06-04T00:00:00Z')).toBe(false);
    expect(isValidDate('')).toBe(false);
    expect(isValidDate(20250604)).toBe(false);
  });

  it('counts across month, year and leap-day boundaries', () => {
    expect(addDays('2025-06-04', 30)).toBe('2025-07-04');
    expect(addDays('2025-07-04', 30)).toBe('2025-08-03');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2025-06-04', '2025-07-04')).toBe(30);
    expect(daysBetween('2025-07-04', '2025-06-04')).toBe(-30);
    expect(yearOf('2027-01-20')).toBe(2027);
  });

  it('knows the weekdays of the worked example (0 = Sunday)', () => {
    expect(weekday('2025-06-04')).toBe(3);
    expect(weekday('2025-07-04')).toBe(5);
    expect(weekday('2025-08-03')).toBe(0);
    expect(weekday('2025-08-04')).toBe(1);
    expect(weekday('1970-01-01')).toBe(4);
  });

  it('throws on a malformed date: reaching the arithmetic with one is a bug', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => compareDates('yesterday', '2025-01-01')).toThrow(RangeError);
  });

  it('agrees with the UTC calendar on every day from 1900 to 2100', () => {
    fc.assert(
      fc.property(dayNumbers, (n) => {
        const d = fromDayNumber(n);
        const utc = new Date(n * 86_400_000);
        expect(d).toBe(utc.toISOString().slice(0, 10));
        expect(weekday(d)).toBe(utc.getUTCDay());
        expect(isValidDate(d)).toBe(true);
        expect(toDayNumber(d)).toBe(n);
      }),
    );
  });

  it('adds and subtracts consistently, and orders dates as daysBetween does', () => {
    fc.assert(
      fc.property(dayNumbers, fc.integer({ min: -5000, max: 5000 }), (n, k) => {
        const a = fromDayNumber(n);
        const b = addDays(a, k);
        expect(daysBetween(a, b)).toBe(k);
        expect(addDays(b, -k)).toBe(a);
        expect(compareDates(a, b)).toBe(-Math.sign(k) || 0);
        // Fixed-width strings sort like the dates they name.
        expect(Math.sign(a.localeCompare(b))).toBe(compareDates(a, b));
      }),
    );
  });
});
