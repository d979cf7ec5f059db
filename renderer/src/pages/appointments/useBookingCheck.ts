import { useEffect, useRef, useState } from 'react';
import { BookingInput, type Violation } from '../../../../main/contract';
import { call, errorMessage } from '../../api/client';

const DEBOUNCE_MS = 300;

export interface BookingCheckState {
  /** What the host said about the booking as it stands; empty while incomplete or not yet checked. */
  readonly violations: readonly Violation[];
  /** The proposal parses: the rules have something to look at. */
  readonly complete: boolean;
  readonly checking: boolean;
  readonly error: string | null;
}

/**
 * The booking pre-check (POST /api/appointments/check, writes nothing), a short moment after the
 * last keystroke; an answer to an older proposal is dropped, and the last one stays on screen
 * while the next is on its way so the form does not flicker.
 */
export function useBookingCheck(proposal: unknown): BookingCheckState {
  const parsed = BookingInput.safeParse(proposal);
  const key = parsed.success ? JSON.stringify(parsed.data) : null;
  const [answer, setAnswer] = useState<{ key: string; violations: readonly Violation[] } | null>(null);
  const [failure, setFailure] = useState<{ key: string; message: string } | null>(null);
  const latest = useRef<string | null>(null);

  useEffect(() => {
    latest.current = key;
    if (key === null) return;
    const timer = setTimeout(() => {
      call('checkBooking', { body: JSON.parse(key) as BookingInput }).then(
        (result) => {
          if (latest.current === key) setAnswer({ key, violations: result.violations });
        },
        (error: unknown) => {
          if (latest.current === key) setFailure({ key, message: errorMessage(error) });
        },
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key]);

  return {
    violations: key !== null && answer ? answer.violations : [],
    complete: key !== null,
    checking: key !== null && answer?.key !== key && failure?.key !== key,
    error: key !== null && failure?.key === key ? failure.message : null,
  };
}
