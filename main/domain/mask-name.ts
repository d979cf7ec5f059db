/**
 * A name for the hall's board: the middle hidden (张*三), or the last character for two-character
 * names (张*); names in Latin letters keep their first letter of each word (J* S*).
 */
export function maskName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') return '';
  // Names in Latin script (José García included) keep each word's first letter.
  if (/^[\p{Script=Latin}\s.'-]+$/u.test(trimmed)) return trimmed.split(/\s+/).map((w) => `${w[0]}*`).join(' ');
  const chars = [...trimmed];
  if (chars.length === 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
