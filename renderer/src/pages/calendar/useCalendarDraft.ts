import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, call, errorMessage } from '../../api/client';
import { useHallEvents } from '../../api/events';
import type { CalendarSettings, Override } from './dayKinds';

/** The most office days the host keeps (CalendarSettingsSchema). */
export const MAX_OVERRIDES = 400;

/** What to do with the chosen days: the office closes or opens them, or they follow the official calendar again. */
export type DayChange = { readonly open: boolean; readonly note: string } | null;

export interface CalendarDraft {
  /** The settings being edited (null until loaded). */
  readonly draft: CalendarSettings | null;
  readonly error: string | null;
  /** The draft differs from what the host holds. */
  readonly dirty: boolean;
  readonly overrideMap: ReadonlyMap<string, Override>;
  readonly setExtendOn: (extendOn: CalendarSettings['extendOn']) => void;
  /** Applies one change to every date given; throws an ApiError (in Chinese) when the host could not keep that many days. */
  readonly changeDays: (dates: readonly string[], change: DayChange) => void;
  readonly setEntered: (year: number, entered: boolean) => void;
  readonly discard: () => void;
  /** PUT /api/settings/calendar; throws the host's refusal. */
  readonly save: () => Promise<void>;
}

function normal(s: CalendarSettings): CalendarSettings {
  return {
    extendOn: s.extendOn,
    overrides: [...s.overrides].sort((a, b) => a.date.localeCompare(b.date)),
    enteredYears: [...s.enteredYears].sort((a, b) => a - b),
  };
}

/** The office's calendar settings as saved, and the edits made to them on this screen until saved. */
export function useCalendarDraft(): CalendarDraft {
  const [saved, setSaved] = useState<CalendarSettings | null>(null);
  const [draft, setDraft] = useState<CalendarSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const dirty = useMemo(() => saved !== null && draft !== null && JSON.stringify(normal(saved)) !== JSON.stringify(normal(draft)), [saved, draft]);

  const load = useCallback(async (keepEdits: boolean) => {
    try {
      const fresh = normal(await call('getCalendar'));
      setSaved(fresh);
      setDraft((current) => (keepEdits && current ? current : fresh));
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }, []);

  useEffect(() => {
    void load(false);
  }, [load]);

  // Another manager may save meanwhile: take their calendar unless this screen holds edits of its own.
  useHallEvents((event) => {
    if (event.type === 'settings.changed') void load(dirty);
  });

  const overrideMap = useMemo(() => new Map((draft?.overrides ?? []).map((o) => [o.date, o])), [draft]);

  const changeDays = useCallback(
    (dates: readonly string[], change: DayChange) => {
      if (!draft) return;
      const next = new Map(overrideMap);
      for (const date of dates) {
        if (change) next.set(date, { date, open: change.open, note: change.note.trim() });
        else next.delete(date);
      }
      if (next.size > MAX_OVERRIDES) {
        const message = `本机关调整的日期最多 ${MAX_OVERRIDES} 天（此次操作后为 ${next.size} 天），请先恢复不再需要的日期`;
        throw new ApiError(422, { code: 'CALENDAR_TOO_MANY_DAYS', message });
      }
      setDraft(normal({ ...draft, overrides: [...next.values()] }));
    },
    [draft, overrideMap],
  );

  const setExtendOn = useCallback((extendOn: CalendarSettings['extendOn']) => setDraft((d) => (d ? { ...d, extendOn } : d)), []);

  const setEntered = useCallback(
    (year: number, entered: boolean) =>
      setDraft((d) => {
        if (!d) return d;
        const others = d.enteredYears.filter((y) => y !== year);
        return normal({ ...d, enteredYears: entered ? [...others, year] : others });
      }),
    [],
  );

  const discard = useCallback(() => setDraft(saved), [saved]);

  const save = useCallback(async () => {
    if (!draft) return;
    const fresh = normal(await call('putCalendar', { body: draft }));
    setSaved(fresh);
    setDraft(fresh);
  }, [draft]);

  return { draft, error, dirty, overrideMap, setExtendOn, changeDays, setEntered, discard, save };
}
