import { Alert, Button, Empty, Progress, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { addDays } from '../../../../main/domain/dates';
import { chineseDate, chineseDateWithWeekday, officeToday, weekdayName } from '../desk/format';
import { DaySlotsTable, dayTotals, type SlotPick } from './DaySlotsTable';
import { DAY_KIND_COLORS, DAY_KIND_LABELS } from './labels';
import { useCalendar, type DayLoad } from './useCalendar';

// Today and the usual fifteen days ahead: the whole booking window on one screen.
const SPAN = 16;

/** 预约日历: the days of a span on the left, the chosen day's slots and their load on the right. */
export function CalendarTab({ version, onPick }: { version: number; onPick: (pick: SlotPick) => void }) {
  const today = officeToday();
  const [from, setFrom] = useState(today);
  const [chosen, setChosen] = useState<string | null>(null);
  const { calendar, error } = useCalendar(from, addDays(from, SPAN - 1), version);
  // The first day open to bookings is what a manager usually wants to see first.
  const day = calendar?.days.find((d) => d.date === chosen) ?? calendar?.days.find((d) => d.kind !== 'closed' && d.date >= calendar.bookFrom) ?? calendar?.days[0];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 12 }}>
        <Space>
          <Button onClick={() => setFrom(addDays(from, -SPAN))}>上一段</Button>
          <Button onClick={() => setFrom(today)} disabled={from === today}>
            今天起
          </Button>
          <Button onClick={() => setFrom(addDays(from, SPAN))}>下一段</Button>
          <Typography.Text>
            {chineseDate(from)}至{chineseDate(addDays(from, SPAN - 1))}
          </Typography.Text>
        </Space>
        {calendar && (
          <Typography.Text type="secondary" data-testid="book-window">
            可预约 {chineseDate(calendar.bookFrom)}至{chineseDate(calendar.bookTo)}
          </Typography.Text>
        )}
      </div>
      {error && <Alert type="error" showIcon title={error} />}
      {!calendar ? (
        !error && <Skeleton active />
      ) : (
        <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
          <div role="listbox" aria-label="预约日历日期" data-testid="calendar-days" style={{ width: 260, flex: 'none', display: 'flex', flexDirection: 'column', gap: 6 }}>
            {calendar.days.map((d) => (
              <DayButton key={d.date} day={d} selected={d.date === day?.date} bookable={d.date >= calendar.bookFrom && d.date <= calendar.bookTo} onClick={() => setChosen(d.date)} />
            ))}
          </div>
          <div style={{ flex: 1, minWidth: 0 }} data-testid="calendar-day">
            {day && <DayDetail day={day} onPick={onPick} />}
          </div>
        </div>
      )}
    </Space>
  );
}

function DayButton({ day, selected, bookable, onClick }: { day: DayLoad; selected: boolean; bookable: boolean; onClick: () => void }) {
  const { load, capacity } = dayTotals(day);
  return (
    <button
      type="button"
      role="option"
      aria-selected={selected}
      data-date={day.date}
      data-kind={day.kind}
      onClick={onClick}
      style={{
        textAlign: 'left',
        font: 'inherit',
        cursor: 'pointer',
        padding: '6px 10px',
        borderRadius: 6,
        border: `1px solid ${selected ? '#1677ff' : '#f0f0f0'}`,
        background: selected ? '#e6f4ff' : day.kind === 'closed' ? '#fafafa' : '#fff',
        opacity: bookable || day.kind === 'closed' ? 1 : 0.75,
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <span>
          {Number(day.date.slice(5, 7))}月{Number(day.date.slice(8))}日 <span style={{ color: 'rgba(0,0,0,0.45)' }}>{weekdayName(day.date)}</span>
        </span>
        <Tag color={DAY_KIND_COLORS[day.kind]} style={{ marginInlineEnd: 0 }}>
          {day.kind === 'special' && day.note ? day.note : DAY_KIND_LABELS[day.kind]}
        </Tag>
      </div>
      {day.kind !== 'closed' && <Progress percent={capacity ? Math.round((load / capacity) * 100) : 0} size="small" format={() => `${load}/${capacity}`} />}
    </button>
  );
}

function DayDetail({ day, onPick }: { day: DayLoad; onPick: (pick: SlotPick) => void }) {
  const { load, capacity } = dayTotals(day);
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {chineseDateWithWeekday(day.date)}
        </Typography.Title>
        <Tag color={DAY_KIND_COLORS[day.kind]}>{DAY_KIND_LABELS[day.kind]}</Tag>
        {day.note && <Typography.Text type="secondary">{day.note}</Typography.Text>}
        {day.kind !== 'closed' && (
          <Typography.Text type="secondary">
            已约 {load} / 名额 {capacity}
          </Typography.Text>
        )}
      </Space>
      {day.kind === 'closed' ? (
        <Empty description="本日不办理预约" />
      ) : (
        <>
          <Typography.Text type="secondary" style={{ fontSize: '0.9em' }}>
            每格为“已约/名额”，红色为已约满；点击一格即按该日、该时段和业务录入电话预约。
          </Typography.Text>
          <DaySlotsTable day={day} onPick={onPick} />
        </>
      )}
    </Space>
  );
}
