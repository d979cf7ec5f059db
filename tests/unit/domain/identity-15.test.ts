import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { birthDateFromId, checkIdNumber, sexFromId, upgradeId15 } from '../../../main/domain/identity';
import { downgradeId18, idNumberFacts, idSearchKeys, isValidId15, normalizeIdNumber, parseId15 } from '../../../main/domain/identity-15';
import { fromDayNumber, toDayNumber } from '../../../main/domain/dates';

const areas = fc.constantFrom('110105', '310104', '440524', '510108', '650102', '500101');
const births1900s = fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('1999-12-31') }).map(fromDayNumber);
const sequences = fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0'));
const validId15s = fc.tuple(areas, births1900s, sequences).map(([area, birth, seq]) => `${area}${birth.slice(2).replaceAll('-', '')}${seq}`);

describe('15 → 18 digits, by hand', () => {
  it('upgrades 440524800101001 to 440524198001010013', () => {
    // 4·7+4·9+0·10+5·5+2·8+4·4+1·2+9·1+8·6+0·3+0·7+1·9+0·10+1·5+0·8+0·4+1·2 = 196; 196 mod 11 = 9 → '3'
    expect(upgradeId15('440524800101001')).toBe('440524198001010013');
  });

  it('upgrades 510108760229312 (29 February 1976, a leap year) to 510108197602293129', () => {
    // 5·7+1·9+0+1·5+0+8·4+1·2+9·1+7·6+6·3+0+2·9+2·10+9·5+3·8+1·4+2·2 = 267; 267 mod 11 = 3 → '9'
    expect(upgradeId15('510108760229312')).toBe('510108197602293129');
  });

  it('upgrades the GB 11643 example 110105491231002 to 11010519491231002X', () => {
    expect(upgradeId15('110105491231002')).toBe('11010519491231002X');
  });
});

describe('validating a 15-digit number', () => {
  it('reads region, birth date, sequence and sex (last digit odd = male)', () => {
    expect(parseId15('440524800101001')).toEqual({ regionCode: '440524', birthDate: '1980-01-01', sequence: '001', sex: 'male' });
    expect(parseId15('510108760229312')?.sex).toBe('female');
    expect(parseId15('110105000101000')?.birthDate).toBe('1900-01-01');
    expect(parseId15('110105991231009')?.birthDate).toBe('1999-12-31');
  });

  it('refuses a date that does not exist: 29 February 1977, 31 April, month 13, day 00', () => {
    expect(isValidId15('510108770229312')).toBe(false);
    expect(isValidId15('510108760431312')).toBe(false);
    expect(isValidId15('510108761301312')).toBe(false);
    expect(isValidId15('510108760100312')).toBe(false);
    expect(isValidId15('510108760228312')).toBe(true);
  });

  it('refuses 1900-02-29: 1900 was not a leap year', () => {
    expect(isValidId15('110105000229001')).toBe(false);
    expect(parseId15('110105000301001')?.birthDate).toBe('1900-03-01');
  });

  it('refuses a province that issued no first-generation cards, and wrong lengths or letters', () => {
    expect(isValidId15('710101800101001')).toBe(false);
    expect(isValidId15('810101800101001')).toBe(false);
    expect(isValidId15('000000800101001')).toBe(false);
    expect(isValidId15('44052480010100')).toBe(false);
    expect(isValidId15('4405248001010011')).toBe(false);
    expect(isValidId15('44052480010100X')).toBe(false);
  });

  it('normalises what a sheet holds: full-width digits, spaces, a lower-case x', () => {
    expect(normalizeIdNumber(' ４４０５２４ ８００１０１００１ ')).toBe('440524800101001');
    expect(normalizeIdNumber('11010519491231002x')).toBe('11010519491231002X');
  });
});

describe('18 → 15 digits and the search keys', () => {
  it('gives the 15-digit form of a 19xx number with a right check character', () => {
    expect(downgradeId18('440524198001010013')).toBe('440524800101001');
    expect(downgradeId18('11010519491231002X')).toBe('110105491231002');
  });

  it('gives none for a number born in 2000 or later, a wrong check character, or a 15-digit number', () => {
    expect(downgradeId18('110105200001010019')).toBeNull();
    expect(downgradeId18('440524198001010014')).toBeNull();
    expect(downgradeId18('440524800101001')).toBeNull();
  });

  it('gives both keys, the given one first: 15 → [15, 18], 18 of 19xx → [18, 15], else itself', () => {
    expect(idSearchKeys('440524800101001')).toEqual(['440524800101001', '440524198001010013']);
    expect(idSearchKeys('440524198001010013')).toEqual(['440524198001010013', '440524800101001']);
    expect(idSearchKeys(' 11010519491231002x ')).toEqual(['11010519491231002X', '110105491231002']);
    expect(idSearchKeys('110105200001010019')).toEqual(['110105200001010019']);
    expect(idSearchKeys('E12345678')).toEqual(['E12345678']);
  });

  it('round-trips 18 → 15 → 18 for every 19xx number, and 15 → 18 → 15 (property)', () => {
    fc.assert(
      fc.property(validId15s, (id15) => {
        const id18 = upgradeId15(id15);
        expect(downgradeId18(id18)).toBe(id15);
        expect(upgradeId15(downgradeId18(id18)!)).toBe(id18);
        expect(idSearchKeys(id15)).toEqual([id15, id18]);
        expect(idSearchKeys(id18)).toEqual([id18, id15]);
      }),
    );
  });

  it('gives converted numbers that the 18-character validator accepts, with the same birth date and sex (property)', () => {
    fc.assert(
      fc.property(validId15s, (id15) => {
        const id18 = upgradeId15(id15);
        const facts = parseId15(id15)!;
        expect(checkIdNumber('resident_id', id18)).toBeNull();
        expect(birthDateFromId('resident_id', id18)).toBe(facts.birthDate);
        expect(sexFromId('resident_id', id18)).toBe(facts.sex);
      }),
    );
  });
});

describe('facts of a number of either generation', () => {
  it('reads a 15-digit resident number and keys it by its 18-character form', () => {
    expect(idNumberFacts('resident_id', '440524800101001')).toEqual({ canonicalId: '440524198001010013', birthDate: '1980-01-01', sex: 'male' });
    expect(idNumberFacts('resident_id', '510108770229312')).toBeNull();
  });

  it('reads an 18-character one as the existing validator does, and documents without facts as valid', () => {
    expect(idNumberFacts('resident_id', '510108197602293129')).toEqual({ canonicalId: '510108197602293129', birthDate: '1976-02-29', sex: 'female' });
    expect(idNumberFacts('resident_id', '510108197602293120')).toBeNull();
    expect(idNumberFacts('passport', 'E12345678')).toEqual({ canonicalId: 'E12345678', birthDate: null, sex: null });
    // A 15-digit number is first-generation only for a resident: a 2017 foreign permanent card is 3 letters + 12 digits.
    expect(idNumberFacts('foreign_permanent_id', '440524800101001')).toBeNull();
  });
});
