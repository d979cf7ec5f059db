import { useEffect, useState } from 'react';
import { isValidDate } from '../../../../main/domain/dates';
import { call, errorMessage, type ResponseOf } from '../../api/client';

export type Calendar = ResponseOf<'appointmentCalendar'>;
export type DayLoad = Calendar['days'][number];

/**
 * The capacity and load of each day and slot from `from` to `to`, reloaded when `version` moves.
 * An answer for an older range is dropped, so fast paging never shows the wrong days.
 */
export function useCalendar(from: string | null, to: string | null, version: number): { calendar: Calendar | null; error: string | null } {
  const [answer, setAnswer] = useState<{ key: string; calendar: Calendar } | null>(null);
  const [failure, setFailure] = useState<{ key: string; message: string } | null>(null);
  const valid = from !== null && to !== null && isValidDate(from) && isValidDate(to) && from <= to;
  const key = valid ? `${from}/${to}` : null;

  useEffect(() => {
    if (!valid) return;
    let live = true;
    call('appointmentCalendar', { query: { from, to } }).then(
      (calendar) => {
        if (!live) return;
        setAnswer({ key: `${from}/${to}`, calendar });
        setFailure(null);
      },
      (error: unknown) => {
        if (live) setFailure({ key: `${from}/${to}`, message: errorMessage(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [valid, from, to, version]);

  return {
    calendar: key !== null && answer?.key === key ? answer.calendar : null,
    error: key !== null && failure?.key === key ? failure.message : null,
  };
}

/** Free places of a slot for a service on a day (never below zero). */
export function remaining(day: DayLoad, slot: DayLoad['slots'][number], service: keyof DayLoad['capacity']): number {
  return Math.max(0, day.capacity[service] - slot.load[service]);
}
