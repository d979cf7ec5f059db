/**
 * A tiny signing client for tests of the reference province itself. The hall's real client lives in
 * main/exchange and is deliberately not used here: the reference must check it, not share its code.
 * node:http rather than fetch, so a reset surfaces as the socket's own error code (ECONNRESET).
 */
import crypto from 'node:crypto';
import http, { type IncomingHttpHeaders } from 'node:http';
import { canonicalString } from './canonical';
import { sm2KeyPair, sm2Sign } from './sm';

export interface OfficeKey {
  readonly office: string;
  readonly privateKey: string;
  readonly publicKey: string;
}

export function newOfficeKey(office = '330102001'): OfficeKey {
  return { office, ...sm2KeyPair() };
}

/** 32 characters of [A-Za-z0-9-]-safe hex, fresh for every request as the contract wants. */
export function randomNonce(): string {
  return crypto.randomBytes(16).toString('hex');
}

export interface SignParts {
  readonly method: string;
  readonly path: string;
  readonly body?: Uint8Array | string;
  readonly timestamp?: number;
  readonly nonce?: string;
}

/** The four contract headers for one request. */
export function signedHeaders(key: OfficeKey, p: SignParts): Record<string, string> {
  const timestamp = String(p.timestamp ?? Date.now());
  const nonce = p.nonce ?? randomNonce();
  const canonical = canonicalString({ method: p.method, path: p.path, office: key.office, timestamp, nonce, body: p.body ?? '' });
  return { 'X-Office': key.office, 'X-Timestamp': timestamp, 'X-Nonce': nonce, 'X-Signature': sm2Sign(canonical, key.privateKey, key.publicKey) };
}

export interface ProvinceResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly text: string;
  readonly body: any;
}

export interface SendOptions extends SignParts {
  /** An object is sent as JSON; bytes and strings as they are. */
  readonly json?: unknown;
  /** Replaces signed headers after signing (to send something the signature does not cover). */
  readonly headers?: Record<string, string>;
  /** Signs as if for this path but sends to `path` (a tampered request line). */
  readonly signedPath?: string;
  readonly timeoutMs?: number;
}

/** One signed request; rejects with the socket error (e.g. code ECONNRESET) or code ETIMEDOUT. */
export function send(baseUrl: string, key: OfficeKey, o: SendOptions): Promise<ProvinceResponse> {
  const body = o.json !== undefined ? Buffer.from(JSON.stringify(o.json), 'utf8') : o.body !== undefined ? Buffer.from(o.body) : Buffer.alloc(0);
  const signed = signedHeaders(key, { ...o, path: o.signedPath ?? o.path, body });
  const headers: Record<string, string> = { ...signed, ...(body.length ? { 'Content-Type': 'application/json' } : {}), ...o.headers };
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    // agent: false — a fresh connection each time, so one test's reset cannot leak into the next request.
    const req = http.request({ host: url.hostname, port: url.port, method: o.method, path: o.path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown;
        try {
          parsed = text ? JSON.parse(text) : undefined;
        } catch {
          parsed = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body: parsed });
      });
    });
    req.on('error', reject);
    req.setTimeout(o.timeoutMs ?? 10_000, () => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })));
    req.end(body);
  });
}
