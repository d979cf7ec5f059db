import { useCallback, useEffect, useState } from 'react';
import type { HallEvent } from '../../../main/contract';
import { errorMessage } from './client';
import { useHallEvents } from './events';

export interface LiveStatus<T> {
  readonly status: T | null;
  readonly error: string | null;
  readonly reload: () => Promise<void>;
  /** Shows an answer the host already gave (an action returns the new status). */
  readonly show: (status: T) => void;
}

/**
 * A status the host computes (uploads, backups), kept fresh: on every `eventType`, after every
 * (re)connect ('hello'), and every `pollMs` while `keepPolling` says the figures move without events.
 * `load` and `keepPolling` must be stable (module-level functions).
 */
export function useLiveStatus<T>(load: () => Promise<T>, eventType: HallEvent['type'], pollMs: number, keepPolling: (status: T) => boolean): LiveStatus<T> {
  const [status, setStatus] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setStatus(await load());
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }, [load]);

  const show = useCallback((next: T) => {
    setStatus(next);
    setError(null);
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  useHallEvents((event) => {
    if (event.type === eventType || event.type === 'hello') void reload();
  });

  const polling = status !== null && keepPolling(status);
  useEffect(() => {
    if (!polling) return;
    const timer = setInterval(() => void reload(), pollMs);
    return () => clearInterval(timer);
  }, [polling, pollMs, reload]);

  return { status, error, reload, show };
}
