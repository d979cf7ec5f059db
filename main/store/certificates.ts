import { formatCertificateNumber, type CertificatePrefix } from '../domain/certificate';
import type { WritableDB } from './db';

/**
 * The next certificate number of its counter (prefix, division code, year). Runs inside the
 * registration's transaction, so a number is used exactly when the registration commits: never reused, never skipped.
 */
export function takeCertificateNumber(db: WritableDB, prefix: CertificatePrefix, divisionCode: string, year: number): string {
  const { last_serial } = db
    .prepare(
      `INSERT INTO certificate_counters (prefix, division_code, year, last_serial) VALUES (?, ?, ?, 1)
       ON CONFLICT (prefix, division_code, year) DO UPDATE SET last_serial = last_serial + 1
       RETURNING last_serial`,
    )
    .get(prefix, divisionCode, year) as { last_serial: number };
  return formatCertificateNumber(prefix, divisionCode, year, last_serial);
}
