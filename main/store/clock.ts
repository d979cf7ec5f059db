/** Store functions take the time as an argument; callers at the edge read the clock once. */
export type Instant = string;

export function nowIso(): Instant {
  return new Date().toISOString();
}
