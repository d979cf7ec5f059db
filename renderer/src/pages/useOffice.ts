import { useCallback, useEffect, useState } from 'react';
import type { OfficeSettingsView } from '../../../main/contract';
import { call, errorMessage } from '../api/client';
import { useHallEvents } from '../api/events';

export interface OfficeState {
  readonly office: OfficeSettingsView | null;
  readonly error: string | null;
  readonly reload: () => Promise<OfficeSettingsView | null>;
}

/** The office settings, kept fresh by `settings.changed` (another admin may save them meanwhile). */
export function useOffice(onChanged?: (office: OfficeSettingsView) => void): OfficeState {
  const [office, setOffice] = useState<OfficeSettingsView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const fresh = await call('getOffice');
      setOffice(fresh);
      setError(null);
      return fresh;
    } catch (failure) {
      setError(errorMessage(failure));
      return null;
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  useHallEvents((event) => {
    if (event.type !== 'settings.changed') return;
    void reload().then((fresh) => {
      if (fresh && onChanged) onChanged(fresh);
    });
  });

  return { office, error, reload };
}
