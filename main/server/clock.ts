/** The office's legal date (Beijing time) for an instant: dates of the law never depend on the PC's time zone. */
const beijing = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

export function officeDate(nowMs: number): string {
  return beijing.format(new Date(nowMs));
}

/** Milliseconds until the next Beijing midnight, for the nightly jobs. */
export function msUntilNextMidnight(nowMs: number): number {
  const beijingMs = nowMs + 8 * 3_600_000;
  return 86_400_000 - (beijingMs % 86_400_000);
}
