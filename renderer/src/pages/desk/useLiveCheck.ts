import { useEffect, useRef, useState } from 'react';
import { NewCase, type Violation } from '../../../../main/contract';
import type { ResponseOf } from '../../api/client';
import { call, errorMessage } from '../../api/client';

export type CheckResult = ResponseOf<'checkCase'>;

export interface LiveCheck {
  /** The last answer for the proposal as it stands; null while it is incomplete or not yet checked. */
  readonly result: CheckResult | null;
  readonly violations: readonly Violation[];
  /** The proposal is complete enough for the rules to look at. */
  readonly complete: boolean;
  readonly checking: boolean;
  readonly error: string | null;
}

const DEBOUNCE_MS = 300;

/**
 * Asks the host's rules about the proposal a short moment after the registrar stops typing
 * (POST /api/cases/check writes nothing). An answer to an older proposal is dropped.
 */
export function useLiveCheck(proposal: unknown): LiveCheck {
  const parsed = proposal === null ? null : NewCase.safeParse(proposal);
  const body = parsed?.success ? parsed.data : null;
  const key = body ? JSON.stringify(body) : null;
  const [answer, setAnswer] = useState<{ key: string; result: CheckResult } | null>(null);
  const [failure, setFailure] = useState<{ key: string; message: string } | null>(null);
  const latest = useRef<string | null>(null);

  useEffect(() => {
    latest.current = key;
    if (key === null) return;
    const timer = setTimeout(() => {
      call('checkCase', { body: { proposal: JSON.parse(key) as NewCase } }).then(
        (result) => {
          if (latest.current !== key) return;
          setAnswer({ key, result });
          setFailure(null);
        },
        (error: unknown) => {
          if (latest.current === key) setFailure({ key, message: errorMessage(error) });
        },
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key]);

  // An answer stays on screen while the next one is on its way, so the page does not flicker at every key.
  const result = key !== null && answer ? answer.result : null;
  return {
    result,
    violations: result?.violations ?? [],
    complete: key !== null,
    checking: key !== null && answer?.key !== key && failure?.key !== key,
    error: key !== null && failure?.key === key ? failure.message : null,
  };
}
