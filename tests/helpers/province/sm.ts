/**
 * The SM2/SM3 primitives the contract names, from sm-crypto (pure JS, as the hall's client must be).
 * @types/sm-crypto lacks a few functions the library has, hence the narrow casts here and nowhere else.
 */
import smCrypto from 'sm-crypto';

/** Contract: SM3 digest with the signer ID 1234567812345678, raw r||s (not DER). */
const SIGN_OPTIONS = { hash: true, der: false, userId: '1234567812345678' } as const;

const sm2Extra = smCrypto.sm2 as unknown as {
  getPublicKeyFromPrivateKey(privateKey: string): string;
  verifyPublicKey(publicKey: string): boolean;
};

/** Lowercase hex SM3 of bytes (a string is taken as its UTF-8 bytes). */
export function sm3Hex(data: Uint8Array | string): string {
  return smCrypto.sm3(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
}

/** 128 lowercase hex characters, r||s, each left-padded to 32 bytes by sm-crypto. */
export function sm2Sign(message: string, privateKeyHex: string, publicKeyHex?: string): string {
  // Passing the public key spares sm-crypto deriving it from the private key on every signature.
  return smCrypto.sm2.doSignature(message, privateKeyHex, { ...SIGN_OPTIONS, publicKey: publicKeyHex ?? sm2PublicKeyOf(privateKeyHex) });
}

/** False, never a throw, for a malformed signature or key: the server answers E_SIGNATURE either way. */
export function sm2Verify(message: string, signatureHex: string, publicKeyHex: string): boolean {
  if (!/^[0-9a-f]{128}$/.test(signatureHex)) return false;
  try {
    return smCrypto.sm2.doVerifySignature(message, signatureHex, publicKeyHex, SIGN_OPTIONS);
  } catch {
    return false;
  }
}

/** Uncompressed 04||x||y, 130 hex characters, as the province holds it. */
export function sm2PublicKeyOf(privateKeyHex: string): string {
  return sm2Extra.getPublicKeyFromPrivateKey(privateKeyHex);
}

/** The contract's key format (uncompressed, 130 lowercase hex) and a point on the curve. */
export function isUncompressedPublicKey(publicKeyHex: string): boolean {
  if (!/^04[0-9a-f]{128}$/.test(publicKeyHex)) return false;
  try {
    return sm2Extra.verifyPublicKey(publicKeyHex);
  } catch {
    return false;
  }
}

export function sm2KeyPair(): { privateKey: string; publicKey: string } {
  return smCrypto.sm2.generateKeyPairHex();
}
