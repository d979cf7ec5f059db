/** The contract's canonical forms: the string that is signed, and the JSON that decides "same content". */
import { sm3Hex } from './sm';

export interface CanonicalParts {
  readonly method: string;
  /** The path with the query string exactly as sent (the request line's target, not a re-encoded URL). */
  readonly path: string;
  readonly office: string;
  readonly timestamp: string;
  readonly nonce: string;
  /** The raw body bytes; empty for a GET. */
  readonly body: Uint8Array | string;
}

/** Lowercase hex SM3 of the raw body bytes (of the empty string for a GET). */
export function bodyDigest(body: Uint8Array | string): string {
  return sm3Hex(body);
}

/** METHOD, PATH, X-Office, X-Timestamp, X-Nonce, body digest, joined by "\n", no trailing newline. */
export function canonicalString(p: CanonicalParts): string {
  return [p.method.toUpperCase(), p.path, p.office, p.timestamp, p.nonce, bodyDigest(p.body)].join('\n');
}

/**
 * JSON with object keys sorted at every depth, so that two uploads of one revision compare equal
 * whatever order the hall's serializer put the keys in; array order stays significant (parties are ordered).
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
