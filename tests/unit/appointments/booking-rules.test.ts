import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkBooking,
  checkCancellation,
  checkCheckIn,
  noShowBlockedUntil,
  type BookedPerson,
  type BookingFacts,
  type BookingProposal,
} from '../../../main/domain/appointments/booking-rules';
import { DEFAULT_PLAN, dayPlan } from '../../../main/domain/appointments/plan';
import { createWorkCalendar, DEFAULT_CALENDAR_SETTINGS } from '../../../main/domain/calendar';
import { addDays, compareDates, daysBetween } from '../../../main/domain/dates';
import { divorcePeriods } from '../../../main/domain/divorce';
import { residentId } from '../../helpers/people';
import { codes, fields, office } from '../domain/builders';

const cal = createWorkCalendar(DEFAULT_CALENDAR_SETTINGS);
const TODAY = '2026-06-01'; // a Monday; +1…+4 and +7…+18 are working days, +5/+6 a weekend

const person = (name: string, birthDate: string, sex: 'male' | 'female'): BookedPerson => ({ idType: 'resident_id', idNumber: residentId(birthDate, sex), name });
const him = person('张伟', '1995-03-15', 'male');
const her = person('李娜', '1997-08-02', 'female');

function proposal(o: Partial<BookingProposal> = {}): BookingProposal {
  return { service: 'marriage', date: addDays(TODAY, 3), slotStart: '09:00', source: 'phone', persons: [him, her], ...o };
}

/** Valid facts for the proposal's day; each test breaks one thing. */
function check(p: BookingProposal, f: Partial<BookingFacts> = {}) {
  const plan = f.plan ?? DEFAULT_PLAN;
  return checkBooking(p, {
    today: TODAY, plan, day: dayPlan(plan, cal, p.date), slotLoad: 0, personLoad: {}, noShows: {}, office: office(), openDivorce: null, ...f,
  });
}

describe('a valid booking', () => {
  it('passes for each source and for single-person services', () => {
    expect(check(proposal())).toEqual([]);
    expect(check(proposal({ source: 'online' }))).toEqual([]);
    expect(check(proposal({ source: 'walk_in', date: TODAY }))).toEqual([]);
    expect(check(proposal({ service: 'reissue', persons: [her] }))).toEqual([]);
    expect(check(proposal({ service: 'adoption', persons: [him] }))).toEqual([]);
    expect(check(proposal({ service: 'divorce_application' }))).toEqual([]);
  });
});

describe('the parties', () => {
  it('APPT_PARTIES: one person for a marriage, two for a reissue, the same ID number twice', () => {
    const one = check(proposal({ persons: [him] }));
    expect(codes(one)).toEqual(['APPT_PARTIES']);
    expect(one[0]!.message).toContain('结婚登记须登记 2 名当事人');
    expect(codes(check(proposal({ service: 'reissue', persons: [him, her] })))).toEqual(['APPT_PARTIES']);
    const twice = check(proposal({ persons: [him, { ...her, idNumber: him.idNumber }] }));
    expect(codes(twice)).toEqual(['APPT_PARTIES']);
    expect(twice[0]!.message).toContain('证件号码相同');
  });

  it('ID_NUMBER_INVALID: a wrong check character, on the right person', () => {
    const last = her.idNumber.at(-1)!;
    const broken = { ...her, idNumber: her.idNumber.slice(0, -1) + (last === '1' ? '2' : '1') };
    const vs = check(proposal({ persons: [him, broken] }));
    expect(codes(vs)).toEqual(['ID_NUMBER_INVALID']);
    expect(fields(vs)).toEqual(['persons.1.idNumber']);
  });
});

describe('the booking window', () => {
  it('APPT_OUTSIDE_WINDOW: today+1 to today+15 only', () => {
    const at = (n: number) => check(proposal({ date: addDays(TODAY, n) }));
    for (const n of [-3, 0, 1, 15, 16]) expect(dayPlan(DEFAULT_PLAN, cal, addDays(TODAY, n)).kind, `+${n}`).toBe('ordinary');
    expect(codes(at(0))).toEqual(['APPT_OUTSIDE_WINDOW']);
    expect(at(1)).toEqual([]);
    expect(at(15)).toEqual([]);
    expect(codes(at(16))).toEqual(['APPT_OUTSIDE_WINDOW']);
    expect(at(16)[0]!.message).toContain('可预约 2026-06-02 至 2026-06-16');
    expect(codes(at(-3))).toEqual(['APPT_OUTSIDE_WINDOW']); // a past Friday
  });

  it('a walk-in is for today only', () => {
    expect(check(proposal({ source: 'walk_in', date: TODAY }))).toEqual([]);
    const tomorrow = check(proposal({ source: 'walk_in', date: addDays(TODAY, 1) }));
    expect(codes(tomorrow)).toEqual(['APPT_OUTSIDE_WINDOW']);
    expect(tomorrow[0]!.message).toContain('现场取号只能办理当日');
  });
});

describe('the day, the slot and its capacity', () => {
  it('APPT_CLOSED_DAY: a Saturday inside the window', () => {
    const vs = check(proposal({ date: '2026-06-06' }));
    expect(codes(vs)).toEqual(['APPT_CLOSED_DAY']);
    expect(vs[0]!.message).toContain('非工作日');
  });

  it('APPT_CLOSED_DAY: a service the day’s override gives no capacity, while another service is open', () => {
    const date = addDays(TODAY, 3);
    const plan = { ...DEFAULT_PLAN, dayOverrides: [{ date, capacity: { ...DEFAULT_PLAN.capacity, reissue: 0 }, note: '补证暂停' }] };
    expect(codes(check(proposal({ service: 'reissue', persons: [her] }), { plan }))).toEqual(['APPT_CLOSED_DAY']);
    expect(check(proposal(), { plan })).toEqual([]);
  });

  it('APPT_SLOT_INVALID: a time that starts no slot', () => {
    for (const slotStart of ['09:15', '12:00', '13:00', '17:00', '08:30']) {
      expect(codes(check(proposal({ slotStart }))), slotStart).toEqual(['APPT_SLOT_INVALID']);
    }
    expect(check(proposal({ slotStart: '16:30' }))).toEqual([]);
  });

  it('APPT_SLOT_FULL: load capacity−1 is accepted, load = capacity refused (ordinary 4, special 10 marriages)', () => {
    expect(check(proposal(), { slotLoad: 3 })).toEqual([]);
    const full = check(proposal(), { slotLoad: 4 });
    expect(codes(full)).toEqual(['APPT_SLOT_FULL']);
    expect(full[0]!.message).toContain('4 个名额已约满');
    const may20 = proposal({ date: '2026-05-20' });
    expect(check(may20, { today: '2026-05-18', slotLoad: 9 })).toEqual([]);
    expect(codes(check(may20, { today: '2026-05-18', slotLoad: 10 }))).toEqual(['APPT_SLOT_FULL']);
  });
});

describe('limits on a person', () => {
  it('APPT_PERSON_LIMIT: a person who already holds the day’s one booking', () => {
    const vs = check(proposal(), { personLoad: { [her.idNumber]: 1 } });
    expect(codes(vs)).toEqual(['APPT_PERSON_LIMIT']);
    expect(fields(vs)).toEqual(['persons.1.idNumber']);
    expect(check(proposal(), { personLoad: { [her.idNumber]: 1 }, plan: { ...DEFAULT_PLAN, perPersonPerDay: 2 } })).toEqual([]);
  });

  it('APPT_NO_SHOW_BLOCKED: online only; a phone or walk-in booking is not blocked', () => {
    const noShows = { [him.idNumber]: [addDays(TODAY, -5), addDays(TODAY, -20)] };
    const vs = check(proposal({ source: 'online' }), { noShows });
    expect(codes(vs)).toEqual(['APPT_NO_SHOW_BLOCKED']);
    expect(fields(vs)).toEqual(['persons.0.idNumber']);
    expect(vs[0]!.message).toContain(`张伟 至 ${addDays(TODAY, 10)} 前不能网上预约`);
    expect(check(proposal({ source: 'phone' }), { noShows })).toEqual([]);
    expect(check(proposal({ source: 'walk_in', date: TODAY }), { noShows })).toEqual([]);
  });
});

describe('noShowBlockedUntil (two no-shows within 30 days block online booking for 15 days)', () => {
  const rule = DEFAULT_PLAN.noShow;
  const first = '2026-05-01';

  it('"within 30 days" means the second no-show is at most 29 days after the first (daysBetween < withinDays)', () => {
    expect(noShowBlockedUntil([first, addDays(first, 29)], addDays(first, 29), rule)).toBe(addDays(first, 44));
    expect(noShowBlockedUntil([first, addDays(first, 30)], addDays(first, 30), rule)).toBeNull();
    expect(noShowBlockedUntil([first, first], first, rule)).toBe(addDays(first, 15));
  });

  it('blocks for blockDays counted from the second no-show: its 14th day after is the last blocked day', () => {
    const second = addDays(first, 10);
    expect(noShowBlockedUntil([second, first], addDays(second, 14), rule)).toBe(addDays(second, 15));
    expect(noShowBlockedUntil([second, first], addDays(second, 15), rule)).toBeNull();
  });

  it('ignores a single no-show and no-shows dated after today', () => {
    expect(noShowBlockedUntil([first], first, rule)).toBeNull();
    expect(noShowBlockedUntil([first, addDays(first, 3)], addDays(first, 2), rule)).toBeNull();
  });

  it('property: agrees with a brute-force reading over every pair of past no-shows', () => {
    const day = fc.integer({ min: -60, max: 0 }).map((n) => addDays(TODAY, n));
    fc.assert(
      fc.property(fc.array(fc.oneof(day, fc.integer({ min: 1, max: 10 }).map((n) => addDays(TODAY, n))), { maxLength: 6 }), (dates) => {
        const past = dates.filter((d) => compareDates(d, TODAY) <= 0);
        // Any two past no-shows, the later (b) fewer than withinDays after the earlier (a), block until b + blockDays.
        let expected: string | null = null;
        past.forEach((a, i) => past.forEach((b, j) => {
          const end = addDays(b, rule.blockDays);
          const pair = i !== j && daysBetween(a, b) >= 0 && daysBetween(a, b) < rule.withinDays;
          if (pair && compareDates(TODAY, end) < 0 && (expected === null || compareDates(end, expected) > 0)) expected = end;
        }));
        expect(noShowBlockedUntil(dates, TODAY, rule)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the registration pre-check for the booked day', () => {
  const date = addDays(TODAY, 3); // 2026-06-04

  it('MAR_AGE_MAN: refused the day before his 22nd birthday, accepted on it', () => {
    const young = person('王小明', '2004-06-05', 'male');
    const vs = check(proposal({ persons: [young, her] }));
    expect(codes(vs)).toEqual(['MAR_AGE_MAN']);
    expect(fields(vs)).toEqual(['persons.0.idNumber']);
    expect(vs[0]!.message).toContain(`预约日 ${date} 年满 21 周岁，须年满 22 周岁`);
    expect(check(proposal({ persons: [person('王小明', '2004-06-04', 'male'), her] }))).toEqual([]);
  });

  it('MAR_AGE_WOMAN: refused the day before her 20th birthday, accepted on it', () => {
    expect(codes(check(proposal({ persons: [him, person('赵小红', '2006-06-05', 'female')] })))).toEqual(['MAR_AGE_WOMAN']);
    expect(check(proposal({ persons: [him, person('赵小红', '2006-06-04', 'female')] }))).toEqual([]);
  });

  it('MAR_SEXES: two men', () => {
    expect(codes(check(proposal({ persons: [him, person('刘强', '1990-01-01', 'male')] })))).toEqual(['MAR_SEXES']);
  });

  it('is reported beside the plan\'s refusals, all at once (a full slot and an under-age man)', () => {
    expect(codes(check(proposal({ persons: [person('王小明', '2004-06-05', 'male'), her] }), { slotLoad: 4 }))).toEqual(['APPT_SLOT_FULL', 'MAR_AGE_MAN']);
  });

  describe('divorce', () => {
    const periods = divorcePeriods('2026-03-02', cal); // cooling off to 04-01, collection 04-02 to 05-06

    it('DIV_CASE_OPEN: an application while one is open', () => {
      const vs = check(proposal({ service: 'divorce_application' }), { openDivorce: periods });
      expect(codes(vs)).toEqual(['DIV_CASE_OPEN']);
      expect(vs[0]!.message).toContain('已于 2026-03-02 受理');
    });

    it('APPT_NO_DIVORCE_CASE: a registration with no open application', () => {
      expect(codes(check(proposal({ service: 'divorce_registration' })))).toEqual(['APPT_NO_DIVORCE_CASE']);
    });

    it('DIV_COOLING_OFF: booked on the last day of cooling off refused, on the first day of collection accepted', () => {
      expect([periods.coolingOffEnds, periods.collectionStarts]).toEqual(['2026-04-01', '2026-04-02']);
      const facts = { today: '2026-03-30', openDivorce: periods };
      expect(codes(check(proposal({ service: 'divorce_registration', date: periods.coolingOffEnds }), facts))).toEqual(['DIV_COOLING_OFF']);
      expect(check(proposal({ service: 'divorce_registration', date: periods.collectionStarts }), facts)).toEqual([]);
    });

    it('DIV_DEEMED_WITHDRAWN: booked after the collection period ends', () => {
      expect(periods.collectionEnds).toBe('2026-05-06');
      const facts = { today: '2026-05-04', openDivorce: periods };
      expect(check(proposal({ service: 'divorce_registration', date: '2026-05-06' }), facts)).toEqual([]);
      expect(codes(check(proposal({ service: 'divorce_registration', date: '2026-05-07' }), facts))).toEqual(['DIV_DEEMED_WITHDRAWN']);
    });
  });
});

describe('cancelling', () => {
  it('is allowed until the day before (cancelDaysBefore 1), not on the day itself or after', () => {
    expect(checkCancellation('2026-06-10', '2026-06-09', DEFAULT_PLAN)).toEqual([]);
    expect(checkCancellation('2026-06-10', '2026-06-01', DEFAULT_PLAN)).toEqual([]);
    const late = checkCancellation('2026-06-10', '2026-06-10', DEFAULT_PLAN);
    expect(codes(late)).toEqual(['APPT_CANCEL_TOO_LATE']);
    expect(late[0]!.message).toContain('最迟于 2026-06-09 取消');
    expect(codes(checkCancellation('2026-06-10', '2026-06-11', DEFAULT_PLAN))).toEqual(['APPT_CANCEL_TOO_LATE']);
  });

  it('follows the office’s setting (two days before)', () => {
    const plan = { ...DEFAULT_PLAN, cancelDaysBefore: 2 };
    expect(checkCancellation('2026-06-10', '2026-06-08', plan)).toEqual([]);
    expect(codes(checkCancellation('2026-06-10', '2026-06-09', plan))).toEqual(['APPT_CANCEL_TOO_LATE']);
  });
});

describe('checking in', () => {
  const booked = [him.idNumber, her.idNumber];
  const stranger = residentId('1996-01-01', 'female');

  it('accepts the booked persons in any order, on the booked day', () => {
    expect(checkCheckIn(booked, [her.idNumber, him.idNumber], TODAY, TODAY)).toEqual([]);
    expect(checkCheckIn(booked, booked, TODAY, TODAY)).toEqual([]);
    expect(checkCheckIn(booked, [him.idNumber, him.idNumber, her.idNumber], TODAY, TODAY)).toEqual([]); // a card read twice
  });

  it('APPT_MISMATCH: one person different, one missing, or one extra', () => {
    expect(codes(checkCheckIn(booked, [him.idNumber, stranger], TODAY, TODAY))).toEqual(['APPT_MISMATCH']);
    expect(codes(checkCheckIn(booked, [him.idNumber], TODAY, TODAY))).toEqual(['APPT_MISMATCH']);
    expect(codes(checkCheckIn(booked, [...booked, stranger], TODAY, TODAY))).toEqual(['APPT_MISMATCH']);
  });

  it('APPT_NOT_TODAY: the right persons on the wrong day; both codes when both are wrong', () => {
    expect(codes(checkCheckIn(booked, booked, addDays(TODAY, 1), TODAY))).toEqual(['APPT_NOT_TODAY']);
    expect(codes(checkCheckIn(booked, [stranger], addDays(TODAY, -1), TODAY))).toEqual(['APPT_NOT_TODAY', 'APPT_MISMATCH']);
  });
});
