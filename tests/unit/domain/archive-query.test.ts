import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { archiveTerms, certificateNumberForms, decodeArchiveCursor, encodeArchiveCursor } from '../../../main/domain/archive-query';
import { gb11643CheckChar } from '../../../main/domain/identity';

describe('archive query terms', () => {
  it('keys a name as the store does: full width, middle dots and case folded', () => {
    expect(archiveTerms({ name: ' 阿依古丽 • 买买提 ' }).nameKey).toBe('阿依古丽·买买提');
    expect(archiveTerms({ name: 'ｊｏｈｎ　ｓｍｉｔｈ' }).nameKey).toBe('JOHNSMITH');
  });

  it('looks an ID number up in both its 15-digit and 18-character forms, whichever was typed', () => {
    // 110105 + 490101 + 123: upgraded with 19 before the year and its check character.
    const id18 = `11010519490101123${gb11643CheckChar('11010519490101123')}`;
    expect(archiveTerms({ idNumber: '110105490101123' }).idKeys).toEqual(['110105490101123', id18]);
    expect(archiveTerms({ idNumber: id18.toLowerCase() }).idKeys).toEqual([id18, '110105490101123']);
    // Born in 2001: no first-generation form.
    const young = `11010520010101123${gb11643CheckChar('11010520010101123')}`;
    expect(archiveTerms({ idNumber: young }).idKeys).toEqual([young]);
  });

  it('keeps a paper-era certificate number as typed and adds its tidy forms', () => {
    expect(certificateNumberForms(' 京朝结字第 1234 号 ')).toEqual(['京朝结字第 1234 号', '京朝结字第1234号']);
    expect(certificateNumberForms('ｊ110101-2026-000001')).toEqual(['ｊ110101-2026-000001', 'J110101-2026-000001']);
    expect(certificateNumberForms('J110101-2026-000001')).toEqual(['J110101-2026-000001']);
  });

  it('reads nine digits as the office code and anything else as the office a paper record names', () => {
    expect(archiveTerms({ office: '110101001' })).toMatchObject({ officeCode: '110101001', officeText: null });
    expect(archiveTerms({ office: '１１０１０１００１' })).toMatchObject({ officeCode: '110101001', officeText: null });
    expect(archiveTerms({ office: '北京市朝阳区' })).toMatchObject({ officeCode: null, officeText: '北京市朝阳区' });
    expect(archiveTerms({ office: '11010100' })).toMatchObject({ officeCode: null, officeText: '11010100' });
  });

  it('treats empty and blank filters as absent, and all sources by default', () => {
    expect(archiveTerms({ name: '  ', idNumber: '', certificateNumber: ' ', office: '' })).toEqual({
      nameKey: null, idKeys: [], certificateNumbers: [], officeCode: null, officeText: null, from: null, to: null, kind: null, source: 'all',
    });
  });
});

describe('archive cursors', () => {
  it('round-trips any registration date and case id', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 2 ** 40 }), (y, m, d, id) => {
        const cursor = { registeredOn: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, id };
        expect(decodeArchiveCursor(encodeArchiveCursor(cursor))).toEqual(cursor);
      }),
    );
  });

  it('refuses anything that is not one', () => {
    for (const bad of ['', '2026-01-01', '2026-01-01_', '_12', '2026-1-01_5', '2026-01-01_5;DROP', '2026-01-01_-5']) expect(decodeArchiveCursor(bad), bad).toBeNull();
  });
});
