/**
 * ID numbers are shown in full only where a registrar needs them. Everywhere else
 * (logs, lists, the display board) they are masked: the first 6 and last 4 characters stay.
 */
export function maskIdNumber(id: string): string {
  if (id.length <= 8) return '*'.repeat(id.length);
  return id.slice(0, 6) + '*'.repeat(id.length - 10) + id.slice(-4);
}

// 18-digit resident numbers (and 15-digit first-generation ones) anywhere in free text.
const ID_IN_TEXT = /(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;

export function maskIdNumbersInText(text: string): string {
  return text.replace(ID_IN_TEXT, (m) => maskIdNumber(m));
}
