export { chineseDatesIn } from '../../forms/chineseDates';
import { daysBetween, isValidDate, weekday } from '../../../../main/domain/dates';

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

/** 2025-06-05 → 2025年6月5日 (the way dates are written on Chinese forms); other text is shown as it is. */
export function chineseDate(date: string | null | undefined): string {
  if (!date) return '—';
  if (!isValidDate(date)) return date;
  const [y, m, d] = date.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** 2025-06-04 → 2025年6月4日（星期三） */
export function chineseDateWithWeekday(date: string): string {
  return isValidDate(date) ? `${chineseDate(date)}（${WEEKDAYS[weekday(date)]}）` : date;
}

export function weekdayName(date: string): string {
  return WEEKDAYS[weekday(date)]!;
}

/** Days from `start` to `end`, both counted. */
export function daysInclusive(start: string, end: string): number {
  return daysBetween(start, end) + 1;
}

const beijingDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
const beijingTime = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });

/** The office's legal date now (Beijing time), as the host counts it: dates of the law never follow the PC's time zone. */
export function officeToday(nowMs = Date.now()): string {
  return beijingDate.format(new Date(nowMs));
}

/** An instant (ISO) as 2025年6月4日 09:30, in Beijing time. */
export function chineseDateTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return `${chineseDate(beijingDate.format(at))} ${beijingTime.format(at)}`;
}

/** When an event happened: its legal date, with the time of day when it was recorded on that very day. */
export function eventWhen(on: string, at: string): string {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime()) || beijingDate.format(instant) !== on) return chineseDate(on);
  return `${chineseDate(on)} ${beijingTime.format(instant)}`;
}

/** 2025年6月5日至2025年7月4日（共30日）, saying so when the last day moved past days off (民法典 203). */
export function periodRange(start: string, end: string, nominal: number): string {
  const days = daysInclusive(start, end);
  const moved = days - nominal;
  return `${chineseDate(start)}至${chineseDate(end)}（共${days}日${moved > 0 ? `，末日逢休息日顺延${moved}日` : ''}）`;
}

/** 案件 12（张三、李四）: which case a dialog acts on. */
export function caseSubject(id: number, parties: readonly { readonly name: string }[]): string {
  return `案件 ${id}（${parties.map((p) => p.name).join('、')}）`;
}
