import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CERTIFICATE_NUMBER_PATTERN,
  CERTIFICATE_PREFIXES,
  certificatePrefix,
  formatCertificateNumber,
  parseCertificateNumber,
} from '../../../main/domain/certificate';

describe('certificate numbers', () => {
  it('writes prefix, county code, year and a six-digit serial', () => {
    expect(formatCertificateNumber('J', '110105', 2026, 1)).toBe('J110105-2026-000001');
    expect(formatCertificateNumber('BL', '530102', 2025, 999_999)).toBe('BL530102-2025-999999');
    expect(CERTIFICATE_NUMBER_PATTERN.test('J110105-2026-000001')).toBe(true);
  });

  it('picks J, L, BJ or BL by certificate and reissue', () => {
    expect([certificatePrefix('marriage', false), certificatePrefix('divorce', false), certificatePrefix('marriage', true), certificatePrefix('divorce', true)]).toEqual(['J', 'L', 'BJ', 'BL']);
  });

  it('throws on a serial past 999999 or a bad county code: the store must never ask for one', () => {
    expect(() => formatCertificateNumber('J', '110105', 2026, 1_000_000)).toThrow(RangeError);
    expect(() => formatCertificateNumber('J', '110105', 2026, 0)).toThrow(RangeError);
    expect(() => formatCertificateNumber('J', '110105', 2026, 1.5)).toThrow(RangeError);
    expect(() => formatCertificateNumber('J', '11010', 2026, 1)).toThrow(RangeError);
    expect(() => formatCertificateNumber('J', '110105001', 2026, 1)).toThrow(RangeError);
    expect(() => formatCertificateNumber('J', '110105', 26, 1)).toThrow(RangeError);
  });

  it('reads a number back into its parts, and nothing from a paper-era number', () => {
    expect(parseCertificateNumber('BJ110105-2026-000042')).toEqual({ prefix: 'BJ', divisionCode: '110105', year: 2026, serial: 42 });
    expect(parseCertificateNumber('京朝结字第000123号')).toBeNull();
    expect(parseCertificateNumber('X110105-2026-000042')).toBeNull();
    expect(parseCertificateNumber('J110105-2026-42')).toBeNull();
    expect(parseCertificateNumber('J110105-2026-000000')).toBeNull();
  });

  it('round-trips every prefix, code, year and serial (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CERTIFICATE_PREFIXES),
        fc.stringMatching(/^\d{6}$/),
        fc.integer({ min: 1980, max: 2100 }),
        fc.integer({ min: 1, max: 999_999 }),
        (prefix, divisionCode, year, serial) => {
          const n = formatCertificateNumber(prefix, divisionCode, year, serial);
          expect(n).toMatch(CERTIFICATE_NUMBER_PATTERN);
          expect(parseCertificateNumber(n)).toEqual({ prefix, divisionCode, year, serial });
        },
      ),
    );
  });
});
