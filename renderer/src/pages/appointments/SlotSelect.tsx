import { Select } from 'antd';
import { isValidDate } from '../../../../main/domain/dates';
import type { BookableService } from '../../../../main/domain';
import { remaining, useCalendar } from './useCalendar';

interface SlotSelectProps {
  readonly date: string | undefined;
  readonly service: BookableService | undefined;
  readonly version: number;
  readonly value?: string;
  readonly onChange?: (value: string) => void;
  readonly id?: string;
}

/** The slots of a day for a service with their free places; a full slot is listed but cannot be picked. */
export function SlotSelect({ date, service, version, value, onChange, id }: SlotSelectProps) {
  const ready = date !== undefined && isValidDate(date) && service !== undefined;
  const { calendar, error } = useCalendar(ready ? date : null, ready ? date : null, version);
  const day = calendar?.days[0];
  const closed = day !== undefined && (day.kind === 'closed' || (service !== undefined && day.capacity[service] === 0));
  const options =
    day && service && !closed
      ? day.slots.map((slot) => {
          const free = remaining(day, slot, service);
          return { value: slot.start, label: `${slot.start}–${slot.end}（${free > 0 ? `余 ${free}` : '已满'}）`, disabled: free === 0 && slot.start !== value };
        })
      : [];
  const placeholder = !ready ? '请先选择业务和日期' : error ? error : closed ? `该日不办理预约${day?.note ? `（${day.note}）` : ''}` : '请选择时段';
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      options={options}
      placeholder={placeholder}
      loading={ready && !calendar && !error}
      disabled={!ready || closed}
      notFoundContent="该日没有可选时段"
    />
  );
}
