/** A message's ISO dates written the Chinese way (登记日 2026-05-20 → 登记日 2026年5月20日). */
export function chineseDatesIn(text: string): string {
  return text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (_, y: string, m: string, d: string) => `${y}年${Number(m)}月${Number(d)}日`);
}
