import { formatCertificateNumber, type CertificatePrefix } from '../domain/certificate';
import { maskIdNumber } from '../domain/mask';
import type { CertificateRecord } from '../domain/printing/verification';
import { caseParties, getCase, getCaseByCertificate } from './cases';
import type { ReadableDB, WritableDB } from './db';
import { prepared } from './prepared';

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

/**
 * What the records say of a certificate number, for the verification of its QR code: the registration, a later
 * divorce or dissolution ending what it certifies, and a reissue replacing it. Paper reissues name the number they replace.
 */
export function certificateRecord(db: ReadableDB, certificateNumber: string): CertificateRecord | null {
  const c = getCaseByCertificate(db, certificateNumber);
  if (!c) return null;
  let registrationDate = c.registeredOn;
  let partiesOf = c.id;
  if (c.kind === 'reissue' && c.relatedCaseId !== null) {
    const original = getCase(db, c.relatedCaseId);
    registrationDate = original?.registeredOn ?? null;
    partiesOf = c.relatedCaseId;
  }
  const ending = prepared(db, `SELECT registered_on FROM cases WHERE related_case_id = ? AND kind IN ('divorce', 'adoption_dissolution') AND status = 'registered' ORDER BY registered_on LIMIT 1`)
    .pluck().get(partiesOf) as string | undefined;
  const replacedBy = prepared(db, `SELECT certificate_number FROM cases WHERE kind = 'reissue' AND status = 'registered' AND json_extract(facts, '$.originalCertificateNumber') = ? ORDER BY id DESC LIMIT 1`)
    .pluck().get(certificateNumber) as string | undefined;
  const originalStatus = partiesOf === c.id ? c.status : (getCase(db, partiesOf)?.status ?? c.status);
  return {
    status: ['revoked', 'annulled'].includes(originalStatus) ? originalStatus : c.status,
    registrationDate,
    partiesMasked: caseParties(db, partiesOf).map((p) => maskIdNumber(p.idNumber)),
    dissolvedOn: ending ?? (c.status === 'dissolved' ? c.registeredOn : null),
    replacedBy: replacedBy ?? null,
  };
}
