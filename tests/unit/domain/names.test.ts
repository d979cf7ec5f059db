import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey, normalizeName } from '../../../main/domain/names';

describe('name normalisation', () => {
  it('makes every middle dot one ·, whatever was typed, with no space around it', () => {
    for (const dot of ['·', '・', '•', '‧', '･', '.', '．', '。', '∙', '⋅']) {
      expect(normalizeName(`阿依古丽${dot}买买提`), dot).toBe('阿依古丽·买买提');
      expect(normalizeName(`阿依古丽 ${dot} 买买提`), dot).toBe('阿依古丽·买买提');
    }
  });

  it('makes full-width Latin letters, digits and spaces half-width, and upper-cases Latin', () => {
    expect(normalizeName('ｊｏｈｎ　ｓｍｉｔｈ')).toBe('JOHN SMITH');
    expect(normalizeName('Ｍａｒｙ２')).toBe('MARY2');
  });

  it('trims and collapses spaces, keeping one only between Latin words', () => {
    expect(normalizeName('  John \t  Smith ')).toBe('JOHN SMITH');
    expect(normalizeName(' 张 三 ')).toBe('张三');
    expect(normalizeName('　王　小明　')).toBe('王小明');
    expect(normalizeName('José  María')).toBe('JOSÉ MARÍA');
  });

  it('keys names without spaces, so typing with or without them finds the same person', () => {
    expect(nameKey('John Smith')).toBe('JOHNSMITH');
    expect(nameKey('ｊｏｈｎｓｍｉｔｈ')).toBe('JOHNSMITH');
    expect(nameKey('阿依古丽 • 买买提')).toBe(nameKey('阿依古丽·买买提'));
    expect(nameKey('张三')).toBe('张三');
  });

  it('is idempotent, and the key of the tidy form is the key (property)', () => {
    const parts = fc.constantFrom('张', '三', 'a', 'Z', '·', '・', '.', ' ', '　', 'Ａ', '１', 'é', '买');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 12 }).map((a) => a.join('')), (name) => {
        const tidy = normalizeName(name);
        expect(normalizeName(tidy)).toBe(tidy);
        expect(nameKey(tidy)).toBe(nameKey(name));
        expect(tidy).toBe(tidy.trim());
        expect(tidy).not.toMatch(/\s\s/);
      }),
    );
  });
});
