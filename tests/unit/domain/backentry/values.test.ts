import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDate, readIdType, readKind, readNationality, readSex } from '../../../../main/domain/backentry/values';
import { fromDayNumber, toDayNumber } from '../../../../main/domain/dates';

describe('reading the words of a register', () => {
  it('reads kinds in Chinese and in code; 复婚 is a marriage', () => {
    expect(readKind('结婚')).toBe('marriage');
    expect(readKind(' 复婚 ')).toBe('marriage');
    expect(readKind('离婚登记')).toBe('divorce');
    expect(readKind('补领结婚证')).toBe('reissue');
    expect(readKind('Marriage')).toBe('marriage');
    expect(readKind('收养')).toBeNull();
  });

  it('reads sexes as written or as GB/T 2261.1 codes (1 male, 2 female)', () => {
    expect(readSex('男')).toBe('male');
    expect(readSex('女性')).toBe('female');
    expect(readSex('１')).toBe('male');
    expect(readSex('F')).toBe('female');
    expect(readSex('未知')).toBeNull();
  });

  it('reads document types by their Chinese names and codes', () => {
    expect(readIdType('身份证')).toBe('resident_id');
    expect(readIdType('护照')).toBe('passport');
    expect(readIdType('台胞证')).toBe('taiwan_permit');
    expect(readIdType('hk_macao_permit')).toBe('hk_macao_permit');
    expect(readIdType('军官证')).toBeNull();
  });

  it('reads nationality as an alpha-3 code, or China by name', () => {
    expect(readNationality('中国')).toBe('CHN');
    expect(readNationality('usa')).toBe('USA');
    expect(readNationality('美国')).toBeNull();
  });
});

describe('reading dates as clerks write them', () => {
  it('reads dashes, slashes, dots, 年月日 and 8 digits, with or without leading zeros', () => {
    for (const text of ['1996-05-03', '1996-5-3', '1996/5/3', '1996.05.03', '1996年5月3日', '1996年05月03', '19960503', '１９９６－０５－０３']) {
      expect(readDate(text), text).toEqual({ date: '1996-05-03' });
    }
  });

  it('tells a date that does not exist from one it cannot read', () => {
    expect(readDate('1997-02-29')).toEqual({ problem: 'nonexistent' });
    expect(readDate('1996-02-29')).toEqual({ date: '1996-02-29' });
    expect(readDate('1900-02-29')).toEqual({ problem: 'nonexistent' });
    expect(readDate('1996-04-31')).toEqual({ problem: 'nonexistent' });
    expect(readDate('1996-13-01')).toEqual({ problem: 'nonexistent' });
    expect(readDate('96-05-03')).toEqual({ problem: 'unreadable' });
    expect(readDate('一九九六年五月三日')).toEqual({ problem: 'unreadable' });
    expect(readDate('')).toEqual({ problem: 'unreadable' });
  });

  it('reads back every calendar date in every format it writes (property)', () => {
    const dates = fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2099-12-31') }).map(fromDayNumber);
    fc.assert(
      fc.property(dates, (date) => {
        const [y, m, d] = date.split('-') as [string, string, string];
        const forms = [date, `${y}/${+m}/${+d}`, `${y}.${m}.${d}`, `${y}年${+m}月${+d}日`, `${y}${m}${d}`];
        for (const text of forms) expect(readDate(text)).toEqual({ date });
      }),
    );
  });

  it('never throws, whatever the cell holds (property)', () => {
    fc.assert(fc.property(fc.string(), (text) => { readDate(text); readKind(text); readSex(text); readIdType(text); readNationality(text); }));
  });
});
