/**
 * The verification QR code on a certificate: the certificate number, the registration date it prints, the
 * holder's masked ID number and the office code, signed by the office (SM2, the provincial exchange's key).
 * `HV1|number|date|masked id|office|signature`: short enough for a small code, readable by any scanner.
 */
export const QR_VERSION = 'HV1';

export interface QrClaims {
  readonly certificateNumber: string;
  readonly registrationDate: string;
  readonly holderIdMasked: string;
  readonly officeCode: string;
}

/** The text the office signs: every field but the signature. */
export function qrSignedText(c: QrClaims): string {
  return [QR_VERSION, c.certificateNumber, c.registrationDate, c.holderIdMasked, c.officeCode].join('|');
}

export function qrText(c: QrClaims, signatureHex: string): string {
  return `${qrSignedText(c)}|${signatureHex}`;
}

export function parseQrText(text: string): { claims: QrClaims; signature: string } | null {
  const parts = text.trim().split('|');
  if (parts.length !== 6 || parts[0] !== QR_VERSION) return null;
  const [, certificateNumber, registrationDate, holderIdMasked, officeCode, signature] = parts as [string, string, string, string, string, string];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(registrationDate) || !/^[0-9a-f]{128}$/.test(signature) || certificateNumber === '') return null;
  return { claims: { certificateNumber, registrationDate, holderIdMasked, officeCode }, signature };
}

/** What the office's records say of a certificate number. */
export interface CertificateRecord {
  readonly status: string;
  /** The date the certificate prints (for a reissue, the original registration's). */
  readonly registrationDate: string | null;
  readonly partiesMasked: readonly string[];
  /** A registered divorce of this marriage, or the dissolution of this adoption. */
  readonly dissolvedOn: string | null;
  /** The number of a reissued certificate that replaced this one. */
  readonly replacedBy: string | null;
}

export type Standing = 'stands' | 'revoked' | 'dissolved' | 'replaced' | 'unknown' | 'mismatch';

/** Whether the record a valid code names still stands, in the words a verifier reads. */
export function standingOf(claims: QrClaims, record: CertificateRecord | null): { standing: Standing; message: string } {
  if (!record) return { standing: 'unknown', message: `本登记机关的记录中没有证书 ${claims.certificateNumber}` };
  if (record.registrationDate !== claims.registrationDate || !record.partiesMasked.includes(claims.holderIdMasked)) {
    return { standing: 'mismatch', message: '二维码内容与登记记录不一致' };
  }
  if (record.status === 'revoked' || record.status === 'annulled') return { standing: 'revoked', message: '该登记已被撤销或宣告无效，证书不再有效' };
  if (record.replacedBy) return { standing: 'replaced', message: `该证书已补发新证（${record.replacedBy}），原证不再使用` };
  if (record.dissolvedOn) return { standing: 'dissolved', message: `证书真实，但其记载的关系已于 ${record.dissolvedOn} 解除` };
  return { standing: 'stands', message: '证书真实有效，登记记录现仍有效' };
}
