import { useCallback, useEffect, useState } from 'react';
import type { QueueState } from '../../../../main/contract';
import { call, errorMessage } from '../../api/client';
import { useHallEvents } from '../../api/events';

export interface QueueStateApi {
  readonly state: QueueState | null;
  readonly error: string | null;
  readonly reload: () => Promise<void>;
}

/** Today's windows and waiting tickets, fresh after every call and change anywhere in the hall. */
export function useQueueState(): QueueStateApi {
  const [state, setState] = useState<QueueState | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setState(await call('queueState'));
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  // 'hello' follows every (re)connect: whatever happened while offline is caught up by reloading.
  useHallEvents((event) => {
    if (event.type === 'queue.changed' || event.type === 'queue.called' || event.type === 'hello') void reload();
  });

  return { state, error, reload };
}
