/** The contract's request authentication: signature, clock skew, replay — in that order. */
import { canonicalString } from './canonical';
import { sm2Verify } from './sm';

export const MAX_SKEW_MS = 300_000;
export const NONCE_WINDOW_MS = 600_000;

export interface AuthFailure {
  readonly code: 'E_SIGNATURE' | 'E_CLOCK_SKEW' | 'E_REPLAY';
  readonly message: string;
}

export interface AuthInput {
  readonly method: string;
  /** The request target exactly as sent (path and query). */
  readonly rawUrl: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: Uint8Array;
}

/** Nonces seen in the last 600 s, by server time; the tests read it to see what was remembered. */
export class NonceCache {
  private readonly seen = new Map<string, number>();

  /** Keyed per office: two offices' random nonces colliding is not a replay. */
  has(office: string, nonce: string, now: number): boolean {
    this.prune(now);
    return this.seen.has(`${office}:${nonce}`);
  }

  remember(office: string, nonce: string, now: number): void {
    this.seen.set(`${office}:${nonce}`, now);
  }

  entries(now: number): { office: string; nonce: string; seenAt: number }[] {
    this.prune(now);
    return [...this.seen].map(([key, seenAt]) => {
      const at = key.indexOf(':');
      return { office: key.slice(0, at), nonce: key.slice(at + 1), seenAt };
    });
  }

  private prune(now: number): void {
    // Map iteration is insertion order, which is time order unless the test's clock went backwards.
    for (const [key, seenAt] of this.seen) {
      if (now - seenAt > NONCE_WINDOW_MS) this.seen.delete(key);
    }
  }
}

function header(headers: AuthInput['headers'], name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? undefined : v; // a repeated auth header is ambiguous: treat as missing
}

/**
 * Null when the request is authentic. The signature is checked before the clock so that E_CLOCK_SKEW
 * is only ever said to a correctly keyed office (the hall's `province ping` relies on that to name the fault),
 * and a nonce is remembered only once the whole check passed.
 */
export function authenticate(
  input: AuthInput,
  publicKeyOf: (office: string) => string | undefined,
  nonces: NonceCache,
  now: number,
): AuthFailure | null {
  const office = header(input.headers, 'x-office');
  const timestamp = header(input.headers, 'x-timestamp');
  const nonce = header(input.headers, 'x-nonce');
  const signature = header(input.headers, 'x-signature');
  if (!office || !timestamp || !nonce || !signature) {
    return { code: 'E_SIGNATURE', message: 'missing X-Office, X-Timestamp, X-Nonce or X-Signature' };
  }
  if (!/^\d{9}$/.test(office)) return { code: 'E_SIGNATURE', message: 'X-Office is not a 9-digit office code' };
  if (!/^\d{1,16}$/.test(timestamp)) return { code: 'E_SIGNATURE', message: 'X-Timestamp is not decimal milliseconds' };
  if (!/^[A-Za-z0-9-]{16,64}$/.test(nonce)) return { code: 'E_SIGNATURE', message: 'X-Nonce must be 16 to 64 characters [A-Za-z0-9-]' };
  if (!/^[0-9a-f]{128}$/.test(signature)) return { code: 'E_SIGNATURE', message: 'X-Signature must be 128 lowercase hex characters (r||s)' };
  const publicKey = publicKeyOf(office);
  if (!publicKey) return { code: 'E_SIGNATURE', message: `unknown office ${office}` };
  const canonical = canonicalString({ method: input.method, path: input.rawUrl, office, timestamp, nonce, body: input.body });
  if (!sm2Verify(canonical, signature, publicKey)) return { code: 'E_SIGNATURE', message: 'signature does not verify with the office key' };
  const skew = Number(timestamp) - now;
  if (Math.abs(skew) > MAX_SKEW_MS) {
    return { code: 'E_CLOCK_SKEW', message: `timestamp is ${Math.round(skew / 1000)} s from the province clock (limit 300 s)` };
  }
  if (nonces.has(office, nonce, now)) return { code: 'E_REPLAY', message: 'nonce already seen in the last 600 s' };
  nonces.remember(office, nonce, now);
  return null;
}
