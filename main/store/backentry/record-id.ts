import { randomUUID } from 'node:crypto';

/**
 * A record id for a back-entered case: a UUIDv7 (RFC 9562), time-ordered, so a million imported
 * records append to the record-id indexes of cases and the outbox instead of landing on a random
 * page each. Still a UUID, as the provincial contract asks. Its random bits are a v4 UUID's
 * (randomUUID draws from a pooled source, much cheaper per id than randomBytes).
 */
export function timeOrderedUuid(nowMs: number): string {
  const time = nowMs.toString(16).padStart(12, '0');
  const random = randomUUID();
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(15, 18)}-${random.slice(19)}`;
}
