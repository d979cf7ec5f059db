import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { Health } from '../../../main/contract';
import { call, errorMessage } from '../api/client';

export interface HealthState {
  readonly health: Health | null;
  /** Chinese text when the host could not be reached. */
  readonly error: string | null;
  readonly refresh: () => void;
}

export const HealthContext = createContext<HealthState>({ health: null, error: null, refresh: () => {} });

export function useHealth(): HealthState {
  return useContext(HealthContext);
}

/** Loads GET /api/health once and on demand (after the office name changes, or to retry a failed start). */
export function useHealthLoader(): HealthState {
  const [health, setHealth] = useState<Health | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    call('health').then(
      (answer) => {
        if (!live) return;
        setHealth(answer);
        setError(null);
      },
      (failure: unknown) => {
        if (live) setError(errorMessage(failure));
      },
    );
    return () => {
      live = false;
    };
  }, [generation]);

  return { health, error, refresh };
}
