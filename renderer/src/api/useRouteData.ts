import { useCallback, useEffect, useRef, useState } from 'react';
import type { RouteName } from '../../../main/contract';
import { call, errorMessage, type CallInput, type ResponseOf } from './client';

export interface RouteData<T> {
  /** The answer for the current input; null until it comes (an answer to an earlier input is never shown). */
  readonly data: T | null;
  readonly error: string | null;
  readonly reload: () => Promise<void>;
}

/** What a GET route answers for an input, fetched again when the input changes or on `reload`. */
export function useRouteData<N extends RouteName>(name: N, input?: CallInput<N>): RouteData<ResponseOf<N>> {
  const key = JSON.stringify(input ?? null);
  const [answer, setAnswer] = useState<{ key: string; data: ResponseOf<N> } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = useRef(key);
  current.current = key;

  const reload = useCallback(async () => {
    const ask = call as (n: N, i?: CallInput<N>) => Promise<ResponseOf<N>>;
    try {
      const data = await ask(name, (JSON.parse(key) as CallInput<N> | null) ?? undefined);
      if (current.current !== key) return;
      setAnswer({ key, data });
      setError(null);
    } catch (failure) {
      if (current.current === key) setError(errorMessage(failure));
    }
  }, [name, key]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data: answer?.key === key ? answer.data : null, error, reload };
}
