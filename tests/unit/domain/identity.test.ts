import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageOn,
  birthDateFromId,
  canonicalIdNumber,
  checkIdNumber,
  gb11643CheckChar,
  sexFromId,
  upgradeId15,
} from '../../../main/domain/identity';
import { addDays, fromDayNumber, isValidDate, toDayNumber } from '../../../main/domain/dates';
import { residentId } from './builders';

// Birth dates from 1900 to 2025, and sequence numbers of an 18-character number.
const birthDates = fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2025-12-31') }).map(fromDayNumber);
const areas = fc.constantFrom('110105', '310104', '440305', '650102', '540102');
const validResidentIds = fc
  .tuple(areas, birthDates, fc.integer({ min: 0, max: 999 }))
  .map(([area, birth, seq]) => {
    const first17 = `${area}${birth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
    return first17 + gb11643CheckChar(first17);
  });

describe('GB 11643 check character', () => {
  it('accepts the standard example numbers', () => {
    expect(gb11643CheckChar('11010519491231002')).toBe('X');
    expect(checkIdNumber('resident_id', '11010519491231002X')).toBeNull();
    expect(checkIdNumber('resident_id', '11010519491231002x')).toBeNull();
    expect(checkIdNumber('resident_id', '440524188001010014')).toBeNull();
    expect(birthDateFromId('resident_id', '11010519491231002X')).toBe('1949-12-31');
    expect(sexFromId('resident_id', '11010519491231002X')).toBe('female');
    expect(sexFromId('resident_id', '440524188001010014')).toBe('male');
  });

  it('refuses a wrong check character, a wrong length, and a date that does not exist', () => {
    expect(checkIdNumber('resident_id', '110105194912310021')).toBe('ID_NUMBER_INVALID');
    expect(checkIdNumber('resident_id', '11010519491231002')).toBe('ID_NUMBER_INVALID');
    expect(checkIdNumber('resident_id', '11010519491231002X1')).toBe('ID_NUMBER_INVALID');
    expect(checkIdNumber('resident_id', '')).toBe('ID_NUMBER_INVALID');
    const feb30 = '11010520010230001';
    expect(checkIdNumber('resident_id', feb30 + gb11643CheckChar(feb30))).toBe('ID_NUMBER_INVALID');
    expect(birthDateFromId('resident_id', '110105194912310021')).toBeNull();
  });

  it('catches every change of a single digit (property)', () => {
    fc.assert(
      fc.property(validResidentIds, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 9 }), (id, position, delta) => {
        expect(checkIdNumber('resident_id', id)).toBeNull();
        const original = id[position]!;
        const digit = original === 'X' ? 10 : Number(original);
        const changed = position === 17 ? '10X98765432'[(('10X98765432'.indexOf(original) + delta) % 11)]! : String((digit + delta) % 10);
        const mutated = id.slice(0, position) + changed + id.slice(position + 1);
        expect(mutated).not.toBe(id);
        expect(checkIdNumber('resident_id', mutated)).toBe('ID_NUMBER_INVALID');
      }),
    );
  });

  it('reads the birth date from digits 7-14 and the sex from digit 17 (property)', () => {
    fc.assert(
      fc.property(birthDates, fc.constantFrom('male' as const, 'female' as const), (birth, sex) => {
        const id = residentId(birth, sex);
        expect(birthDateFromId('resident_id', id)).toBe(birth);
        expect(sexFromId('resident_id', id)).toBe(sex);
      }),
    );
  });
});

describe('other identity documents', () => {
  it('checks a 2017 foreign permanent residence card by its shape: 3 letters and 12 digits', () => {
    expect(checkIdNumber('foreign_permanent_id', 'USA310085031501')).toBeNull();
    expect(checkIdNumber('foreign_permanent_id', 'US3100850315012')).toBe('ID_NUMBER_INVALID');
    expect(checkIdNumber('foreign_permanent_id', 'USA31008503150')).toBe('ID_NUMBER_INVALID');
    expect(birthDateFromId('foreign_permanent_id', 'USA310085031501')).toBeNull();
    expect(sexFromId('foreign_permanent_id', 'USA310085031501')).toBeNull();
  });

  it('checks a 2023 foreign permanent residence card: 18 characters, first digit 9, GB 11643', () => {
    const first17 = '93384019850612003';
    const card = first17 + gb11643CheckChar(first17);
    expect(checkIdNumber('foreign_permanent_id', card)).toBeNull();
    expect(birthDateFromId('foreign_permanent_id', card)).toBe('1985-06-12');
    expect(sexFromId('foreign_permanent_id', card)).toBe('male');
    expect(checkIdNumber('foreign_permanent_id', `${card.slice(0, 17)}${card[17] === '0' ? '1' : '0'}`)).toBe('ID_NUMBER_INVALID');
    const notNine = `8${first17.slice(1)}`;
    expect(checkIdNumber('foreign_permanent_id', notNine + gb11643CheckChar(notNine))).toBe('ID_NUMBER_INVALID');
  });

  it('checks a Hong Kong, Macao or Taiwan residence permit: prefix 810000, 820000 or 830000, GB 11643', () => {
    for (const prefix of ['810000', '820000', '830000']) {
      const id = residentId('1992-11-02', 'female', prefix);
      expect(checkIdNumber('hmt_residence_permit', id)).toBeNull();
      expect(birthDateFromId('hmt_residence_permit', id)).toBe('1992-11-02');
      expect(sexFromId('hmt_residence_permit', id)).toBe('female');
    }
    expect(checkIdNumber('hmt_residence_permit', residentId('1992-11-02', 'female', '110105'))).toBe('ID_NUMBER_INVALID');
    expect(checkIdNumber('hmt_residence_permit', residentId('1992-11-02', 'female', '840000'))).toBe('ID_NUMBER_INVALID');
  });

  it('checks permits and passports loosely: letters and digits, not empty', () => {
    expect(checkIdNumber('hk_macao_permit', 'H12345678')).toBeNull();
    expect(checkIdNumber('taiwan_permit', '01234567')).toBeNull();
    expect(checkIdNumber('passport', 'E12345678')).toBeNull();
    expect(checkIdNumber('passport', '')).toBe('ID_NUMBER_INVALID');
    expect(checkIdNumber('passport', 'E 123-456')).toBe('ID_NUMBER_INVALID');
    expect(checkIdNumber('hk_macao_permit', '港12345678')).toBe('ID_NUMBER_INVALID');
    expect(birthDateFromId('passport', 'E12345678')).toBeNull();
    expect(sexFromId('taiwan_permit', '01234567')).toBeNull();
  });
});

describe('first-generation 15-digit numbers', () => {
  it('upgrades 110105491231002 to 11010519491231002X', () => {
    expect(upgradeId15('110105491231002')).toBe('11010519491231002X');
    expect(canonicalIdNumber('110105491231002')).toBe('11010519491231002X');
    expect(canonicalIdNumber(' 11010519491231002x ')).toBe('11010519491231002X');
    expect(() => upgradeId15('11010549123100')).toThrow(RangeError);
  });

  it('gives numbers that pass the 18-character check, with the same birth date (property)', () => {
    const twentiethCentury = fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('1999-12-31') }).map(fromDayNumber);
    fc.assert(
      fc.property(areas, twentiethCentury, fc.integer({ min: 0, max: 999 }), (area, birth, seq) => {
        const id15 = `${area}${birth.slice(2).replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
        const id18 = upgradeId15(id15);
        expect(checkIdNumber('resident_id', id18)).toBeNull();
        expect(birthDateFromId('resident_id', id18)).toBe(birth);
        expect(sexFromId('resident_id', id18)).toBe(seq % 2 === 1 ? 'male' : 'female');
      }),
    );
  });
});

describe('age in full years', () => {
  it('counts the birthday itself', () => {
    expect(ageOn('2004-05-20', '2026-05-19')).toBe(21);
    expect(ageOn('2004-05-20', '2026-05-20')).toBe(22);
    expect(ageOn('2004-05-20', '2026-05-21')).toBe(22);
  });

  it('makes someone born on 29 February older on 1 March in a non-leap year', () => {
    expect(ageOn('2004-02-29', '2026-02-28')).toBe(21);
    expect(ageOn('2004-02-29', '2026-03-01')).toBe(22);
    expect(ageOn('2004-02-29', '2028-02-28')).toBe(23);
    expect(ageOn('2004-02-29', '2028-02-29')).toBe(24);
  });

  it('grows by exactly one on each birthday (property)', () => {
    fc.assert(
      fc.property(birthDates, fc.integer({ min: 1, max: 80 }), (birth, years) => {
        const later = `${Number(birth.slice(0, 4)) + years}${birth.slice(4)}`;
        // A 29 February birthday has no date in a non-leap year: the case above covers it.
        if (!isValidDate(later)) return;
        expect(ageOn(birth, later)).toBe(years);
        expect(ageOn(birth, addDays(later, -1))).toBe(years - 1);
      }),
    );
  });
});
