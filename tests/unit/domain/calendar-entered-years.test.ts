import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../../../main/domain/calendar';
import { divorcePeriods } from '../../../main/domain/divorce';

describe('a year whose holidays the office entered itself', () => {
  it('makes periods reaching 2027 final, and the entered closed days extend them', () => {
    // Accepted 2026-12-10: collection runs into February 2027, which has no official schedule yet.
    const before = divorcePeriods('2026-12-10', createWorkCalendar());
    expect(before.provisional).toBe(true);
    expect(before.provisionalYears).toEqual([2027]);
    // The office enters Spring Festival 2027 as closed days (published late in 2026).
    const closed = ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'];
    const cal = createWorkCalendar({ extendOn: 'non_working_days', overrides: closed.map((date) => ({ date, open: false })), enteredYears: [2027] });
    const after = divorcePeriods('2026-12-10', cal);
    expect(after.provisional).toBe(false);
    expect(after.coolingOffEnds).toBe('2027-01-11'); // 2027-01-09 is a Saturday
    // Day 30 of collection is Wednesday 2027-02-10: an ordinary day before, a closed one now,
    // so the period runs past the holiday and the weekend after it to Monday 2027-02-15.
    expect(before.collectionEnds).toBe('2027-02-10');
    expect(after.collectionEnds).toBe('2027-02-15');
    expect(cal.isWorkingDay('2027-02-08')).toBe(false);
  });
});
