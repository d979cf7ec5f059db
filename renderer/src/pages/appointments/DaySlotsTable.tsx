import { Table, Tooltip, type TableColumnsType } from 'antd';
import { BOOKABLE_SERVICES, SERVICE_LABELS, type BookableService } from '../../../../main/domain';
import type { DayLoad } from './useCalendar';

type SlotRow = DayLoad['slots'][number];

export interface SlotPick {
  readonly date: string;
  readonly slotStart: string;
  readonly service: BookableService;
}

const FULL = { background: '#fff1f0', color: '#cf1322', fontWeight: 600 } as const;
const CELL = { width: '100%', border: 0, borderRadius: 4, padding: '4px 0', font: 'inherit', cursor: 'pointer', background: 'transparent' } as const;

/**
 * One day's slots against the services: "已约/名额" per cell, a full cell in red. A cell is a button:
 * it opens the phone-booking form on that day, slot and service.
 */
export function DaySlotsTable({ day, onPick }: { day: DayLoad; onPick: (pick: SlotPick) => void }) {
  const columns: TableColumnsType<SlotRow> = [
    { title: '时段', key: 'slot', width: 130, render: (_: unknown, slot) => `${slot.start}–${slot.end}` },
    ...BOOKABLE_SERVICES.map((service) => ({
      title: SERVICE_LABELS[service],
      key: service,
      align: 'center' as const,
      render: (_: unknown, slot: SlotRow) => <LoadCell day={day} slot={slot} service={service} onPick={onPick} />,
    })),
  ];
  return (
    <Table<SlotRow>
      rowKey="start"
      size="small"
      bordered
      pagination={false}
      columns={columns}
      dataSource={day.slots}
      data-testid="day-slots"
    />
  );
}

function LoadCell({ day, slot, service, onPick }: { day: DayLoad; slot: SlotRow; service: BookableService; onPick: (pick: SlotPick) => void }) {
  const capacity = day.capacity[service];
  if (capacity === 0) return <span style={{ color: 'rgba(0,0,0,0.25)' }}>—</span>;
  const load = slot.load[service];
  const full = load >= capacity;
  const label = `${slot.start} ${SERVICE_LABELS[service]} 已约 ${load}/${capacity}`;
  return (
    <Tooltip title={full ? '已约满' : `余 ${capacity - load} 个名额，点击预约`}>
      <button
        type="button"
        aria-label={label}
        data-testid={`slot-${slot.start}-${service}`}
        data-full={full}
        style={full ? { ...CELL, ...FULL } : CELL}
        onClick={() => onPick({ date: day.date, slotStart: slot.start, service })}
      >
        {load}/{capacity}
      </button>
    </Tooltip>
  );
}

/** All places and all bookings of a day, across slots and services. */
export function dayTotals(day: DayLoad): { load: number; capacity: number } {
  let load = 0;
  let capacity = 0;
  for (const slot of day.slots) {
    for (const s of BOOKABLE_SERVICES) {
      load += slot.load[s];
      capacity += day.capacity[s];
    }
  }
  return { load, capacity };
}
