import type { CSSProperties } from 'react';
import type { CaseView } from '../../../../../main/contract';
import type { WorkCalendar } from '../../../../../main/domain/calendar';
import { addDays, compareDates, daysInMonth, weekday } from '../../../../../main/domain/dates';
import { chineseDate } from '../format';

type Periods = NonNullable<CaseView['periods']>;
type Kind = 'day0' | 'cooling' | 'collection' | 'deemed' | null;

export const PERIOD_COLORS = {
  day0: { background: '#1677ff', color: '#fff' },
  cooling: { background: '#ffe7ba', color: '#873800' },
  collection: { background: '#d9f7be', color: '#135200' },
  deemed: { background: '#ffccc7', color: '#a8071a' },
} as const;

const HEAD = ['一', '二', '三', '四', '五', '六', '日'];
const CELL = 26;

function kindOf(d: string, p: Periods): Kind {
  if (d === p.acceptedOn) return 'day0';
  if (compareDates(d, p.coolingOffStarts) >= 0 && compareDates(d, p.coolingOffEnds) <= 0) return 'cooling';
  if (compareDates(d, p.collectionStarts) >= 0 && compareDates(d, p.collectionEnds) <= 0) return 'collection';
  if (d === p.deemedWithdrawnOn) return 'deemed';
  return null;
}

function Month({ year, month, periods, today, calendar }: { year: number; month: number; periods: Periods; today: string; calendar: WorkCalendar | null }) {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const lead = (weekday(first) + 6) % 7; // Monday first, as Chinese calendars are printed
  const days = Array.from({ length: daysInMonth(year, month) }, (_, i) => addDays(first, i));
  return (
    <div>
      <div style={{ textAlign: 'center', fontWeight: 600, marginBottom: 6 }}>
        {year}年{month}月
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: `repeat(7, ${CELL}px)`, gap: 2, fontSize: 12 }}>
        {HEAD.map((h) => (
          <div key={h} style={{ textAlign: 'center', color: 'rgba(0,0,0,0.45)' }}>
            {h}
          </div>
        ))}
        {Array.from({ length: lead }, (_, i) => (
          <div key={`lead-${i}`} />
        ))}
        {days.map((d) => {
          const kind = kindOf(d, periods);
          const off = calendar ? !calendar.isWorkingDay(d) : false;
          const style: CSSProperties = {
            height: CELL - 4,
            lineHeight: `${CELL - 4}px`,
            textAlign: 'center',
            borderRadius: 4,
            ...(kind ? PERIOD_COLORS[kind] : { color: off ? 'rgba(0,0,0,0.3)' : 'rgba(0,0,0,0.75)' }),
            ...(kind && off && kind !== 'day0' ? { opacity: 0.7 } : {}),
            ...(d === today ? { outline: '2px solid #cf1322', outlineOffset: 1, fontWeight: 700 } : {}),
          };
          return (
            <div key={d} style={style} title={`${chineseDate(d)}${off ? '（休息日）' : ''}`} data-date={d} data-kind={kind ?? undefined}>
              {Number(d.slice(8))}
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** The months from Day 0 to the deemed-withdrawal day, the two periods coloured, today ringed, days off greyed. */
export function PeriodCalendar({ periods, today, calendar }: { periods: Periods; today: string; calendar: WorkCalendar | null }) {
  const months: { year: number; month: number }[] = [];
  let year = Number(periods.acceptedOn.slice(0, 4));
  let month = Number(periods.acceptedOn.slice(5, 7));
  const lastKey = periods.deemedWithdrawnOn.slice(0, 7);
  for (;;) {
    months.push({ year, month });
    if (`${year}-${String(month).padStart(2, '0')}` >= lastKey) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  const swatch = (style: CSSProperties, label: string) => (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      <span style={{ display: 'inline-block', width: 14, height: 14, borderRadius: 3, ...style }} />
      {label}
    </span>
  );
  return (
    <div data-testid="period-calendar">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 20 }}>
        {months.map((m) => (
          <Month key={`${m.year}-${m.month}`} {...m} periods={periods} today={today} calendar={calendar} />
        ))}
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 18, marginTop: 12, fontSize: '0.9em', color: 'rgba(0,0,0,0.65)' }}>
        {swatch(PERIOD_COLORS.day0, '受理日')}
        {swatch(PERIOD_COLORS.cooling, '冷静期')}
        {swatch(PERIOD_COLORS.collection, '领证期')}
        {swatch(PERIOD_COLORS.deemed, '视为撤回日')}
        {swatch({ outline: '2px solid #cf1322', outlineOffset: -2 }, '今天')}
        {calendar && swatch({ border: '1px solid #d9d9d9', background: '#fafafa' }, '灰色数字：休息日')}
      </div>
    </div>
  );
}
