import { useCallback, useEffect, useState } from 'react';
import type { CaseView } from '../../../../../main/contract';
import { ApiError, call, errorMessage } from '../../../api/client';
import { useHallEvents } from '../../../api/events';

export interface CaseState {
  readonly view: CaseView | null;
  readonly error: string | null;
  readonly notFound: boolean;
  readonly reload: () => Promise<void>;
  readonly replace: (view: CaseView) => void;
}

/** One case, kept fresh by `cases.changed` (another window, a manager's review, the nightly deemed withdrawal). */
export function useCase(id: number): CaseState {
  const [view, setView] = useState<CaseView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notFound, setNotFound] = useState(false);

  const reload = useCallback(async () => {
    try {
      const fresh = await call('getCase', { params: { id } });
      setView(fresh);
      setError(null);
      setNotFound(false);
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 404) setNotFound(true);
      else setError(errorMessage(failure));
    }
  }, [id]);

  useEffect(() => {
    setView(null);
    void reload();
  }, [reload]);

  // 'hello' follows every reconnect: whatever was missed meanwhile is caught up by one reload.
  useHallEvents((event) => {
    if ((event.type === 'cases.changed' && event.caseId === id) || event.type === 'hello') void reload();
  });

  return { view, error, notFound, reload, replace: setView };
}
