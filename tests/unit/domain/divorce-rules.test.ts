import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorkCalendar, DEFAULT_CALENDAR_SETTINGS } from '../../../main/domain/calendar';
import { addDays, fromDayNumber, toDayNumber } from '../../../main/domain/dates';
import { divorcePeriods, divorceStatusOn } from '../../../main/domain/divorce';
import {
  checkDivorceAcceptance,
  checkDivorceRegistration,
  checkDivorceWithdrawal,
  type DivorceApplicationFacts,
} from '../../../main/domain/rules/divorce';
import { codes, fields, foreignWoman, man, office, woman } from './builders';

const cal = createWorkCalendar(DEFAULT_CALENDAR_SETTINGS);
const husband = man();
const wife = woman();

function application(overrides: Partial<DivorceApplicationFacts> = {}): DivorceApplicationFacts {
  return {
    parties: [husband, wife],
    agreementSigned: true,
    fullCapacity: [true, true],
    marriage: { spouseIdNumbers: [husband.idNumber, wife.idNumber] },
    openCaseExists: false,
    office: office(),
    ...overrides,
  };
}

describe('accepting a divorce application (Day 0)', () => {
  const on = '2025-06-04';

  it('accepts both spouses with a signed agreement, in either order', () => {
    expect(checkDivorceAcceptance(application(), on)).toEqual([]);
    expect(checkDivorceAcceptance(application({ parties: [wife, husband], fullCapacity: [true, true] }), on)).toEqual([]);
  });

  it('matches a 15-digit number on an old marriage record to the spouse’s 18-digit card', () => {
    const oldWife = woman({ birthDate: '1949-12-31', idNumber: '11010519491231002X' });
    const marriage = { spouseIdNumbers: [husband.idNumber, '110105491231002'] as const };
    expect(checkDivorceAcceptance(application({ parties: [husband, oldWife], marriage }), on)).toEqual([]);
  });

  it('refuses without a signed agreement (DIV_NO_AGREEMENT)', () => {
    const vs = checkDivorceAcceptance(application({ agreementSigned: false }), on);
    expect(codes(vs)).toEqual(['DIV_NO_AGREEMENT']);
    expect(fields(vs)).toEqual(['agreementSigned']);
  });

  it('refuses when a party lacks full civil capacity (DIV_CAPACITY)', () => {
    const vs = checkDivorceAcceptance(application({ fullCapacity: [true, false] }), on);
    expect(codes(vs)).toEqual(['DIV_CAPACITY']);
    expect(fields(vs)).toEqual(['parties.1.fullCapacity']);
  });

  it('refuses when no record of the marriage is found (DIV_MARRIAGE_UNKNOWN)', () => {
    expect(codes(checkDivorceAcceptance(application({ marriage: null }), on))).toEqual(['DIV_MARRIAGE_UNKNOWN']);
  });

  it('refuses applicants who are not the two spouses of that marriage (DIV_PARTIES_MISMATCH)', () => {
    const stranger = woman({ birthDate: '1990-01-01' });
    expect(codes(checkDivorceAcceptance(application({ parties: [husband, stranger] }), on))).toEqual(['DIV_PARTIES_MISMATCH']);
  });

  it('refuses a couple that already has an open case (DIV_CASE_OPEN)', () => {
    expect(codes(checkDivorceAcceptance(application({ openCaseExists: true }), on))).toEqual(['DIV_CASE_OPEN']);
  });

  it('checks both documents and the office’s foreign-related flag', () => {
    const foreignWife = foreignWoman();
    const marriage = { spouseIdNumbers: [husband.idNumber, foreignWife.idNumber] as const };
    expect(codes(checkDivorceAcceptance(application({ parties: [husband, foreignWife], marriage }), on))).toEqual(['OFFICE_NOT_FOREIGN_RELATED']);
    const expired = man({ idValidUntil: '2025-06-03' });
    const m2 = { spouseIdNumbers: [expired.idNumber, wife.idNumber] as const };
    expect(codes(checkDivorceAcceptance(application({ parties: [expired, wife], marriage: m2 }), on))).toEqual(['ID_EXPIRED']);
  });

  it('returns every reason at once', () => {
    const vs = checkDivorceAcceptance(application({ agreementSigned: false, fullCapacity: [false, false], marriage: null, openCaseExists: true }), on);
    expect(codes(vs)).toEqual(['DIV_NO_AGREEMENT', 'DIV_CAPACITY', 'DIV_CAPACITY', 'DIV_MARRIAGE_UNKNOWN', 'DIV_CASE_OPEN']);
  });
});

// The worked example: accepted 2025-06-04, cooling-off to 07-04, collection 07-05 to 08-04, deemed withdrawn 08-05.
const open = { acceptedOn: '2025-06-04', withdrawnOn: null, registeredOn: null };

describe('withdrawing during cooling-off', () => {
  it('lets either party alone withdraw on the first and on the last day of cooling-off', () => {
    expect(checkDivorceWithdrawal(open, '2025-06-05', cal)).toEqual([]);
    expect(checkDivorceWithdrawal(open, '2025-07-04', cal)).toEqual([]);
  });

  it('refuses a withdrawal the day after cooling-off ended (DIV_WITHDRAW_TOO_LATE)', () => {
    const vs = checkDivorceWithdrawal(open, '2025-07-05', cal);
    expect(codes(vs)).toEqual(['DIV_WITHDRAW_TOO_LATE']);
    expect(vs[0]!.message).toBe('离婚冷静期已届满，不能再撤回离婚登记申请：冷静期已于 2025-07-04 届满');
  });

  it('refuses to withdraw a case already withdrawn, registered or deemed withdrawn (DIV_CASE_CLOSED)', () => {
    expect(codes(checkDivorceWithdrawal({ ...open, withdrawnOn: '2025-06-10' }, '2025-06-11', cal))).toEqual(['DIV_CASE_CLOSED']);
    expect(codes(checkDivorceWithdrawal({ ...open, registeredOn: '2025-07-10' }, '2025-07-11', cal))).toEqual(['DIV_CASE_CLOSED']);
    expect(codes(checkDivorceWithdrawal(open, '2025-08-05', cal))).toEqual(['DIV_CASE_CLOSED']);
  });
});

const atCollection = { bothPresent: true, termsConfirmed: true, parties: [husband, wife] as const, office: office() };

describe('registering the divorce in the collection period', () => {
  it('refuses a divorce registered on the last day of cooling-off (DIV_COOLING_OFF), saying when it may be', () => {
    const vs = checkDivorceRegistration(open, atCollection, '2025-07-04', cal);
    expect(codes(vs)).toEqual(['DIV_COOLING_OFF']);
    expect(vs[0]!.message).toBe('离婚冷静期尚未届满，不能办理离婚登记：冷静期至 2025-07-04，2025-07-05 起可申请发证');
  });

  it('registers on the first day of collection, 2025-07-05, and on its last day, Monday 2025-08-04', () => {
    expect(checkDivorceRegistration(open, atCollection, '2025-07-05', cal)).toEqual([]);
    expect(checkDivorceRegistration(open, atCollection, '2025-08-04', cal)).toEqual([]);
  });

  it('refuses on 2025-08-05, when the case is deemed withdrawn (DIV_DEEMED_WITHDRAWN)', () => {
    expect(codes(checkDivorceRegistration(open, atCollection, '2025-08-05', cal))).toEqual(['DIV_DEEMED_WITHDRAWN']);
  });

  it('refuses a withdrawn or already registered case (DIV_CASE_CLOSED)', () => {
    expect(codes(checkDivorceRegistration({ ...open, withdrawnOn: '2025-06-10' }, atCollection, '2025-07-10', cal))).toEqual(['DIV_CASE_CLOSED']);
    expect(codes(checkDivorceRegistration({ ...open, registeredOn: '2025-07-10' }, atCollection, '2025-07-10', cal))).toEqual(['DIV_CASE_CLOSED']);
  });

  it('refuses one party alone (DIV_BOTH_REQUIRED) and unconfirmed terms (DIV_TERMS_UNCONFIRMED)', () => {
    expect(codes(checkDivorceRegistration(open, { ...atCollection, bothPresent: false }, '2025-07-10', cal))).toEqual(['DIV_BOTH_REQUIRED']);
    expect(codes(checkDivorceRegistration(open, { ...atCollection, termsConfirmed: false }, '2025-07-10', cal))).toEqual(['DIV_TERMS_UNCONFIRMED']);
  });

  it('checks the documents again on the registration day: a card that expired since acceptance', () => {
    const expired = man({ idValidUntil: '2025-07-01' });
    const vs = checkDivorceRegistration(open, { ...atCollection, parties: [expired, wife] }, '2025-07-10', cal);
    expect(codes(vs)).toEqual(['ID_EXPIRED']);
    expect(fields(vs)).toEqual(['parties.0.idValidUntil']);
  });

  it('returns every reason at once', () => {
    const vs = checkDivorceRegistration(open, { ...atCollection, bothPresent: false, termsConfirmed: false }, '2025-06-20', cal);
    expect(codes(vs)).toEqual(['DIV_COOLING_OFF', 'DIV_BOTH_REQUIRED', 'DIV_TERMS_UNCONFIRMED']);
  });
});

describe('divorce case properties', () => {
  const acceptanceDates = fc.integer({ min: toDayNumber('2004-01-01'), max: toDayNumber('2027-12-31') }).map(fromDayNumber);

  it('never registers a withdrawn or a deemed-withdrawn case, whatever the day (property)', () => {
    fc.assert(
      fc.property(acceptanceDates, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 150 }), fc.boolean(), (acceptedOn, w, later, withdrawn) => {
        const withdrawnOn = withdrawn ? addDays(acceptedOn, w) : null;
        const c = { acceptedOn, withdrawnOn, registeredOn: null };
        const { deemedWithdrawnOn } = divorcePeriods(acceptedOn, cal);
        const on = withdrawnOn ? addDays(withdrawnOn, later) : addDays(deemedWithdrawnOn, later);
        expect(['withdrawn', 'deemed_withdrawn']).toContain(divorceStatusOn(c, on, cal));
        expect(checkDivorceRegistration(c, atCollection, on, cal)).not.toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('allows withdrawal exactly on the days up to the end of cooling-off, registration exactly in collection (property)', () => {
    fc.assert(
      fc.property(acceptanceDates, fc.integer({ min: 0, max: 90 }), (acceptedOn, day) => {
        const c = { acceptedOn, withdrawnOn: null, registeredOn: null };
        const p = divorcePeriods(acceptedOn, cal);
        const on = addDays(acceptedOn, day);
        expect(checkDivorceWithdrawal(c, on, cal).length === 0).toBe(on <= p.coolingOffEnds);
        expect(checkDivorceRegistration(c, atCollection, on, cal).length === 0).toBe(on >= p.collectionStarts && on <= p.collectionEnds);
      }),
      { numRuns: 500 },
    );
  });
});
