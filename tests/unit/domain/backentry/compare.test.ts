import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareEntries, handEntryRow, HAND_ENTRY_FIELDS, normalizedEntryValue, pageRefKey, type HandEntryValues } from '../../../../main/domain/backentry/compare';
import { resolutionRefusal, secondEntryRefusal } from '../../../../main/domain/backentry/double-entry';
import { checkRow } from '../../../../main/domain/backentry/dry-run';
import { residentId } from '../builders';

const WOMAN_ID18 = residentId('1972-08-09', 'female');

/** A 1996 marriage page as the first clerk typed it. */
const PAGE: HandEntryValues = {
  kind: '结婚',
  registrationDate: '1996-05-03',
  certificateNumber: '京朝结字第 1234 号',
  office: '北京市朝阳区民政局',
  'parties.0.name': '阿依古丽·买买提',
  'parties.0.sex': '女',
  'parties.0.birthDate': '1972-08-09',
  'parties.0.idNumber': WOMAN_ID18,
  'parties.1.name': '张伟',
  'parties.1.sex': '男',
  'parties.1.idNumber': '110105700314031',
  'parties.1.ethnicity': '汉族',
};

describe('two blind entries of one page compared field by field', () => {
  it('agree when they are typed the same', () => {
    expect(compareEntries(PAGE, { ...PAGE })).toEqual([]);
  });

  it('agree when they differ only in how they were written', () => {
    const second: HandEntryValues = {
      ...PAGE,
      kind: '结婚登记',
      registrationDate: '1996年5月3日',
      certificateNumber: '京朝结字第1234号',
      office: ' 北京市朝阳区民政局 ',
      'parties.0.name': '阿依古丽•买买提',
      'parties.0.sex': '2',
      'parties.0.birthDate': '1972/8/9',
      'parties.0.idNumber': ` ${WOMAN_ID18.slice(0, 6)} ${WOMAN_ID18.slice(6).toLowerCase()}`,
      'parties.1.name': '张 伟',
      'parties.1.sex': 'M',
      // Left empty by the other clerk: the reading's own defaults (居民身份证, 中国) say the same.
      'parties.1.idType': '居民身份证',
      'parties.1.nationality': '中国',
    };
    expect(compareEntries(PAGE, second)).toEqual([]);
  });

  it('names each field that differs, in the order of the paper, with what each clerk typed', () => {
    const second: HandEntryValues = { ...PAGE, registrationDate: '1996-05-08', 'parties.1.name': '张玮', remarks: '复婚' };
    expect(compareEntries(PAGE, second)).toEqual([
      { field: 'registrationDate', first: '1996-05-03', second: '1996-05-08' },
      { field: 'parties.1.name', first: '张伟', second: '张玮' },
      { field: 'remarks', first: null, second: '复婚' },
    ]);
  });

  it('keeps a 15-digit number and its 18-digit form apart: the page is copied as printed', () => {
    const second = { ...PAGE, 'parties.1.idNumber': '110105197003140311' };
    expect(compareEntries(PAGE, second).map((d) => d.field)).toEqual(['parties.1.idNumber']);
  });

  it('tells a field left empty from one typed', () => {
    const { 'parties.0.birthDate': _left, ...second } = PAGE;
    expect(compareEntries(PAGE, second)).toEqual([{ field: 'parties.0.birthDate', first: '1972-08-09', second: null }]);
  });

  it('compares an unreadable date by its text, so two different misreadings still differ', () => {
    expect(normalizedEntryValue('registrationDate', '1996-02-30')).toBe('1996-02-30');
    expect(compareEntries({ registrationDate: '1996-02-30' }, { registrationDate: '1996-02-31' })).toHaveLength(1);
  });

  it('is symmetric and finds no difference between an entry and itself (property)', () => {
    const text = fc.oneof(fc.constant(''), fc.string({ maxLength: 6 }), fc.constantFrom('男', '女', '结婚', '1996-5-3', '1996年05月03日', '张 三', '张三'));
    const entry = fc.dictionary(fc.constantFrom(...HAND_ENTRY_FIELDS), text) as fc.Arbitrary<HandEntryValues>;
    fc.assert(
      fc.property(entry, entry, (a, b) => {
        expect(compareEntries(a, a)).toEqual([]);
        expect(compareEntries(a, b).map((d) => d.field)).toEqual(compareEntries(b, a).map((d) => d.field));
      }),
    );
  });
});

describe('a typed page read as an import row', () => {
  it('drops empty fields so the import checks judge it the same way', () => {
    const row = handEntryRow({ ...PAGE, remarks: '   ' });
    expect(row.values.remarks).toBeUndefined();
    expect(row.columns).toEqual({});
    const check = checkRow(row, '2026-05-20');
    expect(check.record?.parties[1].canonicalId).toBe('110105197003140311');
    expect(check.violations.filter((v) => v.severity === 'error')).toEqual([]);
  });
});

describe('page references', () => {
  it('meet however the clerks spaced or widened them', () => {
    expect(pageRefKey('１９９６－03 / 12')).toBe(pageRefKey('1996-03/12'));
    expect(pageRefKey('a3/12')).toBe('A3/12');
  });
});

describe('who may type and who may settle a page', () => {
  const waiting = { state: 'awaiting_second', firstBy: 'clerk1', secondBy: null } as const;
  const disputed = { state: 'disputed', firstBy: 'clerk1', secondBy: 'clerk2' } as const;

  it('lets another clerk type a waiting page, never the first clerk again', () => {
    expect(secondEntryRefusal(waiting, 'clerk2')).toBeNull();
    expect(secondEntryRefusal(waiting, 'clerk1')).toBe('DBL_SAME_CLERK');
  });

  it('takes no third entry of a disputed page, nor any entry of a closed one', () => {
    expect(secondEntryRefusal(disputed, 'clerk3')).toBe('DBL_PAGE_DISPUTED');
    expect(secondEntryRefusal({ ...disputed, state: 'entered' }, 'clerk3')).toBe('DBL_PAGE_CLOSED');
    expect(secondEntryRefusal({ ...disputed, state: 'duplicate' }, 'clerk3')).toBe('DBL_PAGE_CLOSED');
  });

  it('lets only a third person settle a disputed page', () => {
    expect(resolutionRefusal(disputed, 'boss')).toBeNull();
    expect(resolutionRefusal(disputed, 'clerk1')).toBe('DBL_RESOLVER_WAS_CLERK');
    expect(resolutionRefusal(disputed, 'clerk2')).toBe('DBL_RESOLVER_WAS_CLERK');
    expect(resolutionRefusal(waiting, 'boss')).toBe('DBL_NOT_DISPUTED');
  });
});
