import type { LocalDate } from '../case-types';
import { parseCertificateNumber, type CertificatePrefix } from '../certificate';
import { yearOf } from '../dates';
import type { BackEntryKind } from './record';
import { backEntryViolation, type BackEntryViolation, type FieldColumns } from './violations';

// A modern prefix followed by a digit: the clerk meant today's format, so it must be exact.
// Anything else (京朝结字第 1234 号, (86)民结字 56 号) is a paper-era number, kept as printed.
const LOOKS_MODERN = /^(J|L|BJ|BL|SY|JS)\s*\d/i;

const PREFIXES_OF_KIND: Readonly<Record<BackEntryKind, readonly CertificatePrefix[]>> = {
  marriage: ['J'],
  divorce: ['L'],
  reissue: ['BJ', 'BL'],
};

export function looksModernCertificateNumber(certificateNumber: string): boolean {
  return LOOKS_MODERN.test(certificateNumber.normalize('NFKC').trim());
}

/** A modern-looking number must match domain.md's pattern, with the kind's prefix and the registration year. */
export function checkCertificateNumber(
  certificateNumber: string,
  kind: BackEntryKind | null,
  registrationDate: LocalDate | null,
  columns: FieldColumns,
): BackEntryViolation[] {
  if (!looksModernCertificateNumber(certificateNumber)) return [];
  const parts = parseCertificateNumber(certificateNumber);
  if (parts === null) return [backEntryViolation('IMP_CERT_NUMBER_FORMAT', 'certificateNumber', columns, `「${certificateNumber}」`)];
  const problems: string[] = [];
  if (kind !== null && !PREFIXES_OF_KIND[kind].includes(parts.prefix)) problems.push(`前缀 ${parts.prefix} 不是${PREFIXES_OF_KIND[kind].join(' 或 ')}`);
  if (registrationDate !== null && parts.year !== yearOf(registrationDate)) problems.push(`年份 ${parts.year} 不是登记年份 ${yearOf(registrationDate)}`);
  return problems.length === 0 ? [] : [backEntryViolation('IMP_CERT_NUMBER_MISMATCH', 'certificateNumber', columns, problems.join('；'))];
}
