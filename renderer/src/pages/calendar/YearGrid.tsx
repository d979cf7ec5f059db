import type { CSSProperties } from 'react';
import { addDays, daysInMonth, weekday } from '../../../../main/domain/dates';
import { chineseDateWithWeekday } from '../desk/format';
import { KIND_LOOKS, OFFICIAL_LABELS, type DayInfo, type DayKind } from './dayKinds';

const HEAD = ['一', '二', '三', '四', '五', '六', '日'];
const LEGEND_ORDER: readonly DayKind[] = ['workday', 'weekend', 'holiday', 'makeup', 'closed', 'opened'];
const TODAY_RING: CSSProperties = { outline: '2px solid #1677ff', outlineOffset: 1 };

// Hover and keyboard focus for the day buttons (inline styles cannot say :hover).
const CELL_CSS = `
.wc-day { transition: transform 0.1s, box-shadow 0.1s; }
.wc-day:hover { transform: translateY(-1px); box-shadow: 0 2px 6px rgba(0,0,0,0.18) !important; }
.wc-day:focus-visible { outline: 2px solid #1677ff; outline-offset: 1px; }
`;

/** What a day is, in words: for the tooltip and for screen readers. */
export function describeDay(info: DayInfo): string {
  const official = `${OFFICIAL_LABELS[info.official]}${info.holidayName ? `·${info.holidayName}` : ''}`;
  if (!info.override) return `${chineseDateWithWeekday(info.date)}：${official}`;
  const note = info.override.note ? `（${info.override.note}）` : '';
  return `${chineseDateWithWeekday(info.date)}：${KIND_LOOKS[info.kind].label}${note}；官方安排为${official}`;
}

function Mark({ text, color }: { text: string; color?: string }) {
  return <span style={{ position: 'absolute', top: 2, right: 3, fontSize: 9, lineHeight: 1, fontWeight: 600, color }}>{text}</span>;
}

function Day({ info, today, onPick }: { info: DayInfo; today: boolean; onPick: (date: string) => void }) {
  const look = KIND_LOOKS[info.kind];
  return (
    <button
      type="button"
      className="wc-day"
      data-date={info.date}
      data-kind={info.kind}
      title={describeDay(info)}
      aria-label={describeDay(info)}
      onClick={() => onPick(info.date)}
      style={{
        position: 'relative',
        height: 34,
        border: 'none',
        borderRadius: 6,
        cursor: 'pointer',
        fontSize: 13,
        padding: 0,
        fontFamily: 'inherit',
        ...look.style,
        ...(today ? TODAY_RING : {}),
        ...(info.override?.note ? { textDecoration: 'underline dotted', textUnderlineOffset: 3 } : {}),
      }}
    >
      {Number(info.date.slice(8))}
      {look.mark && <Mark text={look.mark} color={look.markColor} />}
    </button>
  );
}

function Month({ year, month, info, today, onPick }: { year: number; month: number; info: (d: string) => DayInfo; today: string; onPick: (d: string) => void }) {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const lead = (weekday(first) + 6) % 7; // Monday first, as Chinese calendars are printed
  const days = Array.from({ length: daysInMonth(year, month) }, (_, i) => addDays(first, i));
  return (
    <section aria-label={`${year}年${month}月`} style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: '10px 12px 12px', background: '#fff' }}>
      <div style={{ fontWeight: 600, fontSize: '1.05em', marginBottom: 8 }}>{month}月</div>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 3 }}>
        {HEAD.map((h, i) => (
          <div key={h} style={{ textAlign: 'center', fontSize: 12, color: i >= 5 ? 'rgba(0,0,0,0.35)' : 'rgba(0,0,0,0.55)', paddingBottom: 2 }}>
            {h}
          </div>
        ))}
        {Array.from({ length: lead }, (_, i) => (
          <div key={`lead-${i}`} />
        ))}
        {days.map((d) => (
          <Day key={d} info={info(d)} today={d === today} onPick={onPick} />
        ))}
      </div>
    </section>
  );
}

function Swatch({ kind }: { kind: DayKind }) {
  const look = KIND_LOOKS[kind];
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      <span style={{ position: 'relative', display: 'inline-block', width: 22, height: 18, borderRadius: 4, border: kind === 'workday' ? '1px solid #d9d9d9' : undefined, ...look.style }}>
        {look.mark && <Mark text={look.mark} color={look.markColor} />}
      </span>
      {look.label}
    </span>
  );
}

/** The colours of the year view, explained. */
export function Legend() {
  return (
    <div data-testid="calendar-legend" style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px 20px', fontSize: '0.9em', color: 'rgba(0,0,0,0.7)' }}>
      {LEGEND_ORDER.map((kind) => (
        <Swatch key={kind} kind={kind} />
      ))}
      <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
        <span style={{ display: 'inline-block', width: 22, height: 18, borderRadius: 4, border: '1px solid #d9d9d9', ...TODAY_RING }} />
        今天
      </span>
      <span style={{ textDecoration: 'underline dotted', textUnderlineOffset: 3 }}>虚线下划线：有备注</span>
    </div>
  );
}

/** The twelve months of a year, each day coloured by what it is; a click opens the day for editing. */
export function YearGrid({ year, info, today, onPick }: { year: number; info: (d: string) => DayInfo; today: string; onPick: (date: string) => void }) {
  return (
    <div data-testid="calendar-year" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(250px, 1fr))', gap: 16 }}>
      <style>{CELL_CSS}</style>
      {Array.from({ length: 12 }, (_, i) => (
        <Month key={i} year={year} month={i + 1} info={info} today={today} onPick={onPick} />
      ))}
    </div>
  );
}
