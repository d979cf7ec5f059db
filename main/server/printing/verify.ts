import type { VerifyResult } from '../../contract/printing';
import { parseQrText, qrSignedText, standingOf } from '../../domain/printing/verification';
import { verifyCanonical } from '../../exchange/signing';
import { certificateRecord } from '../../store/certificates';
import type { ReadableDB } from '../../store/db';

/**
 * Checks a certificate's QR text offline: the office's signature with its public key, then what the records say
 * now (revoked, dissolved, replaced). The host's verification page and `hall verify` both answer with this.
 */
export function verifyCertificateCode(db: ReadableDB | null, publicKey: string | null, code: string): VerifyResult {
  const parsed = parseQrText(code);
  const empty = { certificateNumber: null, registrationDate: null, holderIdMasked: null, officeCode: null };
  if (!parsed) return { ...empty, signatureValid: false, standing: 'invalid', message: '不是本系统的证书二维码' };
  const signatureValid = publicKey !== null && verifyCanonical(qrSignedText(parsed.claims), parsed.signature, publicKey);
  if (!signatureValid) {
    return { ...parsed.claims, signatureValid, standing: 'invalid', message: publicKey ? '签名不符：二维码不是本登记机关签发的，或内容被改动' : '未配置机关公钥，无法核验签名' };
  }
  if (!db) return { ...parsed.claims, signatureValid, standing: 'unknown', message: '签名有效（本机没有登记记录，未查询现状）' };
  return { ...parsed.claims, signatureValid, ...standingOf(parsed.claims, certificateRecord(db, parsed.claims.certificateNumber)) };
}
