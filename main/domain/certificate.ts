/**
 * Certificate numbers: {prefix}{county division code}-{year}-{serial}, e.g. J110105-2026-000001.
 * J 结婚证, L 离婚证, BJ reissued 结婚证, BL reissued 离婚证. Paper-era numbers are kept as they are on import.
 * domain.md names no prefix for adoption: SY 收养登记证 and JS 解除收养关系证明 follow the same pattern here.
 */
export const CERTIFICATE_PREFIXES = ['J', 'L', 'BJ', 'BL', 'SY', 'JS'] as const;
export type CertificatePrefix = (typeof CERTIFICATE_PREFIXES)[number];

export const CERTIFICATE_NUMBER_PATTERN = /^(J|L|BJ|BL|SY|JS)\d{6}-\d{4}-\d{6}$/;

const PARSE = /^(J|L|BJ|BL|SY|JS)(\d{6})-(\d{4})-(\d{6})$/;
const DIVISION_CODE = /^\d{6}$/;
export const MAX_CERTIFICATE_SERIAL = 999_999;

export interface CertificateNumberParts {
  readonly prefix: CertificatePrefix;
  readonly divisionCode: string;
  readonly year: number;
  readonly serial: number;
}

export function certificatePrefix(kind: 'marriage' | 'divorce', reissue: boolean): CertificatePrefix {
  if (kind === 'marriage') return reissue ? 'BJ' : 'J';
  return reissue ? 'BL' : 'L';
}

/** Throws on a value the store should never hand over: a full counter or a bad office code is a bug, not user input. */
export function formatCertificateNumber(prefix: CertificatePrefix, divisionCode: string, year: number, serial: number): string {
  if (!(CERTIFICATE_PREFIXES as readonly string[]).includes(prefix)) throw new RangeError(`unknown certificate prefix: ${prefix}`);
  if (!DIVISION_CODE.test(divisionCode)) throw new RangeError(`division code must be 6 digits: ${divisionCode}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`year must have 4 digits: ${year}`);
  if (!Number.isInteger(serial) || serial < 1 || serial > MAX_CERTIFICATE_SERIAL) {
    throw new RangeError(`certificate serial out of range 1..${MAX_CERTIFICATE_SERIAL}: ${serial}`);
  }
  return `${prefix}${divisionCode}-${year}-${String(serial).padStart(6, '0')}`;
}

/** The parts of a number in today's format, or null (a paper-era number, or a typo). Serials start at 000001. */
export function parseCertificateNumber(s: string): CertificateNumberParts | null {
  const m = PARSE.exec(s);
  if (!m) return null;
  const serial = Number(m[4]);
  const year = Number(m[3]);
  if (serial < 1 || year < 1000) return null;
  return { prefix: m[1] as CertificatePrefix, divisionCode: m[2]!, year, serial };
}
