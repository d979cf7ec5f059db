import chineseDays from 'chinese-days';
import type { CSSProperties } from 'react';
import type { WorkCalendar } from '../../../../main/domain/calendar';
import { weekday } from '../../../../main/domain/dates';
import type { ResponseOf } from '../../api/client';

export type CalendarSettings = ResponseOf<'getCalendar'>;
export type Override = CalendarSettings['overrides'][number];

/** What the official schedule makes of a day, before the office's own overrides. */
export type OfficialKind = 'holiday' | 'makeup' | 'weekend' | 'workday';
/** What the year view shows: the office's override when there is one, else the official kind. */
export type DayKind = 'closed' | 'opened' | OfficialKind;

export interface DayInfo {
  readonly date: string;
  readonly kind: DayKind;
  readonly official: OfficialKind;
  /** The holiday's Chinese name from the official schedule (春节), for holidays and make-up days. */
  readonly holidayName: string | null;
  readonly override: Override | null;
}

interface KindLook {
  readonly label: string;
  /** The small character in the cell's corner (休 / 班), as printed calendars mark them. */
  readonly mark?: string;
  readonly style: CSSProperties;
  readonly markColor?: string;
}

export const KIND_LOOKS: Readonly<Record<DayKind, KindLook>> = {
  workday: { label: '工作日', style: { background: '#fff', color: 'rgba(0,0,0,0.85)' } },
  weekend: { label: '周末', style: { background: '#f5f5f5', color: 'rgba(0,0,0,0.4)' } },
  holiday: { label: '法定节假日', mark: '休', markColor: '#cf1322', style: { background: '#fff1f0', color: '#cf1322' } },
  makeup: { label: '调休上班日', mark: '班', markColor: '#595959', style: { background: '#f0f0f0', color: 'rgba(0,0,0,0.85)', boxShadow: 'inset 0 0 0 1px #bfbfbf' } },
  closed: { label: '本机关休息', mark: '休', markColor: '#fff', style: { background: '#fa8c16', color: '#fff', fontWeight: 600 } },
  opened: { label: '本机关上班', mark: '班', markColor: '#fff', style: { background: '#389e0d', color: '#fff', fontWeight: 600 } },
};

export const OFFICIAL_LABELS: Readonly<Record<OfficialKind, string>> = {
  holiday: '法定节假日（放假）',
  makeup: '调休上班日',
  weekend: '周末休息日',
  workday: '工作日',
};

/** 春节 from the package's 'Spring Festival,春节,4'; null for a day outside the official schedule. */
function holidayNameOf(date: string): string | null {
  const name = chineseDays.getDayDetail(date).name;
  return name.includes(',') ? (name.split(',')[1] ?? null) : null;
}

export function isWeekend(date: string): boolean {
  const w = weekday(date);
  return w === 0 || w === 6;
}

/** One day of the year view: `official` is the calendar without any override (createWorkCalendar with none). */
export function dayInfo(date: string, official: WorkCalendar, overrides: ReadonlyMap<string, Override>): DayInfo {
  let base: OfficialKind;
  if (official.isStatutoryHoliday(date)) base = 'holiday';
  else if (isWeekend(date)) base = official.isWorkingDay(date) ? 'makeup' : 'weekend';
  else base = 'workday';
  const override = overrides.get(date) ?? null;
  const kind: DayKind = override ? (override.open ? 'opened' : 'closed') : base;
  return { date, kind, official: base, holidayName: base === 'holiday' || base === 'makeup' ? holidayNameOf(date) : null, override };
}
