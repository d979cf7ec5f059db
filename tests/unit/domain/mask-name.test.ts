import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskName } from '../../../main/domain/mask-name';

describe('maskName (names on the hall board)', () => {
  it('keeps the surname of a two-character name and hides the given name', () => {
    expect(maskName('张三')).toBe('张*');
  });

  it('hides the middle of longer names, one star per character', () => {
    expect(maskName('张小三')).toBe('张*三');
    expect(maskName('欧阳小明')).toBe('欧**明');
    expect(maskName('买买提·艾力')).toBe('买****力');
  });

  it('hides a single character entirely, and gives nothing for a blank name', () => {
    expect(maskName('张')).toBe('*');
    expect(maskName('')).toBe('');
    expect(maskName('   ')).toBe('');
  });

  it('ignores surrounding spaces', () => {
    expect(maskName('  张小三 ')).toBe('张*三');
  });

  it('counts characters outside the BMP as one (𠮷 is one character, not two code units)', () => {
    expect(maskName('𠮷小明')).toBe('𠮷*明');
    expect(maskName('𠮷明')).toBe('𠮷*');
  });

  it('keeps the first letter of each word of a Latin name', () => {
    expect(maskName('John Smith')).toBe('J* S*');
    expect(maskName('Anna  Maria Smith')).toBe('A* M* S*');
    expect(maskName('Anna')).toBe('A*');
  });

  // BUG (reported, not fixed): only ASCII counts as Latin, so an accented name falls to the Chinese
  // rule and keeps its last letter with the word breaks hidden, against the rule in mask-name.ts.
  it('masks an accented Latin name word by word too (José García → J* G*)', () => {
    expect(maskName('José García')).toBe('J* G*');
  });

  it('property: a Chinese name keeps its length, its first character and (from three on) its last; the rest are stars', () => {
    const hanChar = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCodePoint(c));
    fc.assert(
      fc.property(fc.array(hanChar, { minLength: 2, maxLength: 6 }), (chars) => {
        const masked = [...maskName(chars.join(''))];
        expect(masked).toHaveLength(chars.length);
        expect(masked[0]).toBe(chars[0]);
        if (chars.length >= 3) expect(masked.at(-1)).toBe(chars.at(-1));
        expect(masked.slice(1, chars.length >= 3 ? -1 : undefined).every((c) => c === '*')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
