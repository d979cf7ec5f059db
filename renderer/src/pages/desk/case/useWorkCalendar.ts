import { useCallback, useEffect, useState } from 'react';
import { createWorkCalendar, type WorkCalendar } from '../../../../../main/domain/calendar';
import { call } from '../../../api/client';
import { useHallEvents } from '../../../api/events';

/** The office's working-day calendar (official holidays plus the office's own days), to grey the days off. */
export function useWorkCalendar(): WorkCalendar | null {
  const [calendar, setCalendar] = useState<WorkCalendar | null>(null);
  const load = useCallback(() => {
    call('getCalendar').then(
      (settings) => setCalendar(createWorkCalendar({ extendOn: settings.extendOn, overrides: settings.overrides, enteredYears: settings.enteredYears })),
      () => setCalendar(null), // the periods are still drawn, only without the days off
    );
  }, []);
  useEffect(load, [load]);
  useHallEvents((event) => {
    if (event.type === 'settings.changed') load();
  });
  return calendar;
}
