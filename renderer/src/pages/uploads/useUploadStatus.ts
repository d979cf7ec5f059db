import { useCallback, useEffect, useState } from 'react';
import type { UploadStatusView } from '../../../../main/contract';
import { call, errorMessage } from '../../api/client';
import { useHallEvents } from '../../api/events';

export interface UploadStatusState {
  readonly status: UploadStatusView | null;
  readonly error: string | null;
  readonly reload: () => Promise<void>;
  /** Shows an answer the host already gave (an action returns the new status). */
  readonly show: (status: UploadStatusView) => void;
}

/**
 * The upload status, kept fresh: on every 'uploads.changed', after every (re)connect ('hello'),
 * and every `pollMs` while records wait — a backlog ages without any event saying so.
 */
export function useUploadStatus(pollMs: number): UploadStatusState {
  const [status, setStatus] = useState<UploadStatusView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setStatus(await call('uploadStatus'));
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }, []);

  const show = useCallback((next: UploadStatusView) => {
    setStatus(next);
    setError(null);
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  useHallEvents((event) => {
    if (event.type === 'uploads.changed' || event.type === 'hello') void reload();
  });

  const waiting = (status?.pending ?? 0) > 0;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => void reload(), pollMs);
    return () => clearInterval(timer);
  }, [waiting, pollMs, reload]);

  return { status, error, reload, show };
}
