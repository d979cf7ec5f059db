import smCrypto from 'sm-crypto';
import { describe, expect, it } from 'vitest';
import { canonicalString, officeKey, signCanonical, signedHeaders, SIGNER_ID } from '../../../main/exchange/signing';

// A fixed test key: never a real office's.
const KEY = officeKey('3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8');
const verify = (msg: string, sig: string) => smCrypto.sm2.doVerifySignature(msg, sig, KEY.publicKey, { hash: true, der: false, userId: SIGNER_ID });

describe('request signing (provincial-api.md)', () => {
  it('derives the uncompressed public key the province holds', () => {
    expect(KEY.publicKey).toMatch(/^04[0-9a-f]{128}$/);
  });

  it('builds the canonical string: six fields, the body as its SM3 digest, no trailing newline', () => {
    const post = canonicalString({ method: 'post', path: '/v1/registrations/batch', office: '330102001', timestamp: '1779000000000', nonce: 'abcdef0123456789', body: 'abc' });
    // SM3("abc") is the standard's own test vector (GB/T 32905 A.1).
    expect(post).toBe('POST\n/v1/registrations/batch\n330102001\n1779000000000\nabcdef0123456789\n66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    const get = canonicalString({ method: 'GET', path: '/v1/marital-status?idType=resident_id&idNumber=1', office: '330102001', timestamp: '1', nonce: 'n'.repeat(16), body: '' });
    expect(get.split('\n')).toEqual(['GET', '/v1/marital-status?idType=resident_id&idNumber=1', '330102001', '1', 'n'.repeat(16), '1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b']);
  });

  it('signs r||s as 128 lowercase hex characters that verify with the public key, and fail after a one-byte change', () => {
    const input = { method: 'POST', path: '/v1/registrations/batch', office: '330102001', timestamp: '1779000000000', nonce: 'abcdef0123456789', body: '{"records":[]}' };
    const headers = signedHeaders(input, KEY);
    expect(headers).toMatchObject({ 'X-Office': '330102001', 'X-Timestamp': '1779000000000', 'X-Nonce': 'abcdef0123456789' });
    expect(headers['X-Signature']).toMatch(/^[0-9a-f]{128}$/);
    expect(verify(canonicalString(input), headers['X-Signature']!)).toBe(true);
    expect(verify(canonicalString({ ...input, body: '{"records":[ ]}' }), headers['X-Signature']!)).toBe(false);
    expect(verify(canonicalString({ ...input, timestamp: '1779000000001' }), headers['X-Signature']!)).toBe(false);
    // Another signer ID is another signature: the contract's is fixed.
    expect(smCrypto.sm2.doVerifySignature(canonicalString(input), signCanonical(canonicalString(input), KEY), KEY.publicKey, { hash: true, der: false, userId: 'other' })).toBe(false);
  });
});
