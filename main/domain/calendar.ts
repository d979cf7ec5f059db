import chineseDays from 'chinese-days';
import type { LocalDate } from './case-types';
import { assertNever } from './assert-never';
import { addDays, weekday, yearOf } from './dates';

/**
 * The office's working days: weekends and statutory holidays are off, official make-up working
 * days (调休) are on, from the State Council's yearly schedule as published in the chinese-days
 * package. The office's own open/closed days override both.
 */
export interface CalendarSettings {
  /** Which days push the end of a period (民法典 203): every non-working day, or statutory holidays only (configurable). */
  readonly extendOn: 'non_working_days' | 'statutory_holidays_only';
  readonly overrides: readonly { readonly date: LocalDate; readonly open: boolean }[];
  /**
   * Years whose holidays the office entered itself (as closed and opened days) before the State
   * Council's schedule reached the app: their dates are no longer provisional.
   */
  readonly enteredYears?: readonly number[];
}

export const DEFAULT_CALENDAR_SETTINGS: CalendarSettings = { extendOn: 'non_working_days', overrides: [] };

export interface WorkCalendar {
  isWorkingDay(d: LocalDate): boolean;
  /** A day of an official holiday block (放假), including the weekend and 调休 days inside it. */
  isStatutoryHoliday(d: LocalDate): boolean;
  /** False for a year the official schedule has not been published for: only weekends count there. */
  hasOfficialData(year: number): boolean;
  /** The period-end rule: d itself if it may end a period, else the next day that may. */
  periodEnd(d: LocalDate): LocalDate;
}

type OfficialDay = 'holiday' | 'makeup_workday' | 'ordinary';

// Longest run of days that may not end a period (a holiday block plus closures); beyond it, the settings are broken.
const MAX_EXTENSION_DAYS = 366;

/**
 * What the official schedule says of a date. Only the package's answer to "is this date in the
 * schedule, and as a holiday or a make-up working day" is used, asked with the date string: the
 * package builds its table and reads our question through the same string parsing, so the two agree
 * in every time zone, while its own date arithmetic (weekdays, the date it echoes) does not west of
 * Greenwich. Weekdays come from dates.ts.
 */
function officialDay(d: LocalDate): OfficialDay {
  if (yearOf(d) < 1000) return 'ordinary';
  const detail = chineseDays.getDayDetail(d);
  // Days of the official schedule are named 'English,中文,n'; ordinary days by their weekday name.
  if (!detail.name.includes(',')) return 'ordinary';
  return detail.work ? 'makeup_workday' : 'holiday';
}

export function createWorkCalendar(settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS): WorkCalendar {
  const overrides = new Map<LocalDate, boolean>(settings.overrides.map((o) => [o.date, o.open]));
  const officialCache = new Map<LocalDate, OfficialDay>();
  const yearCache = new Map<number, boolean>();

  const official = (d: LocalDate): OfficialDay => {
    let kind = officialCache.get(d);
    if (kind === undefined) {
      kind = officialDay(d);
      officialCache.set(d, kind);
    }
    return kind;
  };

  const isStatutoryHoliday = (d: LocalDate): boolean => official(d) === 'holiday';

  const isWorkingDay = (d: LocalDate): boolean => {
    const override = overrides.get(d);
    if (override !== undefined) return override;
    const kind = official(d);
    switch (kind) {
      case 'holiday':
        return false;
      case 'makeup_workday':
        return true;
      case 'ordinary': {
        const w = weekday(d);
        return w !== 0 && w !== 6;
      }
      default:
        return assertNever(kind, 'official day');
    }
  };

  // 1 January is a statutory holiday every year (全国年节及纪念日放假办法), so it is in every published schedule.
  const hasOfficialData = (year: number): boolean => {
    if (settings.enteredYears?.includes(year)) return true;
    let known = yearCache.get(year);
    if (known === undefined) {
      known = Number.isInteger(year) && year >= 1000 && year <= 9999 && official(`${String(year).padStart(4, '0')}-01-01`) === 'holiday';
      yearCache.set(year, known);
    }
    return known;
  };

  const mayEndPeriod = (d: LocalDate): boolean => {
    const override = overrides.get(d);
    if (override !== undefined) return override;
    return settings.extendOn === 'non_working_days' ? isWorkingDay(d) : !isStatutoryHoliday(d);
  };

  // 民法典 203: a period whose last day is a holiday ends on the first day after it.
  const periodEnd = (d: LocalDate): LocalDate => {
    let end = d;
    for (let i = 0; i < MAX_EXTENSION_DAYS; i++) {
      if (mayEndPeriod(end)) return end;
      end = addDays(end, 1);
    }
    throw new Error(`no day may end a period within ${MAX_EXTENSION_DAYS} days of ${d}: check the office's closed days`);
  };

  return { isWorkingDay, isStatutoryHoliday, hasOfficialData, periodEnd };
}
