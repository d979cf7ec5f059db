/**
 * Names as people type them: SQLite without ICU folds only ASCII, so names are normalised here,
 * in one place, for search and duplicate detection (DESIGN.md, STYLE.md).
 */

// The middle dot of minority and foreign names (阿依古丽·买买提) and what people type for it:
// · U+00B7, ・ U+30FB (and half-width U+FF65, folded to it by NFKC), • U+2022, ‧ U+2027,
// ∙ U+2219, ⋅ U+22C5, the full stops . and 。 (U+FF0E and U+FF61 fold to them).
const MIDDLE_DOTS = /\s*[·・•‧∙⋅.。]\s*/g;
const SPACES = /\s+/g;
// A space inside a Chinese name is a typo (张 三); between Latin words (JOHN SMITH) it is part of the name.
const SPACE_BESIDE_HAN = / (?=\p{Script=Han})|(?<=\p{Script=Han}) /gu;

/**
 * The tidy form of a name: full-width letters, digits and spaces made half-width (NFKC), every
 * middle dot one `·`, spaces trimmed and collapsed and dropped beside Chinese characters, Latin upper-case.
 * '  阿依古丽 • 买买提 ' → '阿依古丽·买买提'; 'Ｊｏｈｎ Ｓｍｉｔｈ' → 'JOHN SMITH'; '张 三' → '张三'.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(MIDDLE_DOTS, '·')
    .replace(SPACES, ' ')
    .trim()
    .replace(SPACE_BESIDE_HAN, '')
    .toUpperCase();
}

/**
 * The key names are searched and compared by: the tidy form without any space, so 'JOHN SMITH'
 * and 'JOHNSMITH' meet, as the keys already stored in persons.name_key do.
 */
export function nameKey(name: string): string {
  return normalizeName(name).replace(SPACES, '');
}
