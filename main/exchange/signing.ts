import { randomBytes } from 'node:crypto';
import smCrypto from 'sm-crypto';

/** provincial-api.md: SM2 with SM3 and this signer ID; the signature is the 64-byte r||s as lowercase hex. */
export const SIGNER_ID = '1234567812345678';

export interface OfficeKey {
  readonly privateKey: string;
  /** Uncompressed, `04||x||y`, 130 hex characters: what the province holds. */
  readonly publicKey: string;
}

export function officeKey(privateKeyHex: string): OfficeKey {
  const privateKey = privateKeyHex.toLowerCase();
  // Present in sm-crypto 0.3 but missing from its type declarations.
  const sm2 = smCrypto.sm2 as typeof smCrypto.sm2 & { getPublicKeyFromPrivateKey(privateKey: string): string };
  return { privateKey, publicKey: sm2.getPublicKeyFromPrivateKey(privateKey) };
}

/** A new key pair for `hall province keygen`. */
export function generateOfficeKey(): OfficeKey {
  const { privateKey, publicKey } = smCrypto.sm2.generateKeyPairHex();
  return { privateKey, publicKey };
}

/** 16–64 characters of [A-Za-z0-9-]: 32 hex characters from 16 random bytes. */
export function newNonce(): string {
  return randomBytes(16).toString('hex');
}

export interface SigningInput {
  readonly method: string;
  /** The path with its query string exactly as sent. */
  readonly path: string;
  readonly office: string;
  readonly timestamp: string;
  readonly nonce: string;
  /** The raw body as sent (UTF-8 JSON), '' for a GET. */
  readonly body: string;
}

/** The canonical string of the contract: six fields joined by "\n", no trailing newline; the body as its SM3 digest. */
export function canonicalString(s: SigningInput): string {
  return [s.method.toUpperCase(), s.path, s.office, s.timestamp, s.nonce, smCrypto.sm3(s.body)].join('\n');
}

export function signCanonical(canonical: string, key: OfficeKey): string {
  return smCrypto.sm2.doSignature(canonical, key.privateKey, { hash: true, der: false, publicKey: key.publicKey, userId: SIGNER_ID });
}

/** The four headers every request carries. */
export function signedHeaders(s: SigningInput, key: OfficeKey): Record<string, string> {
  return { 'X-Office': s.office, 'X-Timestamp': s.timestamp, 'X-Nonce': s.nonce, 'X-Signature': signCanonical(canonicalString(s), key) };
}

export function verifyCanonical(canonical: string, signatureHex: string, publicKey: string): boolean {
  try {
    return smCrypto.sm2.doVerifySignature(canonical, signatureHex, publicKey, { hash: true, der: false, userId: SIGNER_ID });
  } catch {
    return false;
  }
}
