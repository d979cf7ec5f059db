import { useCallback, useEffect, useRef, useState } from 'react';
import type { BoardState, HallEvent } from '../../../../main/contract';
import { SERVICES, type Service } from '../../../../main/domain';
import { call, errorMessage } from '../../api/client';
import { useHallEvents } from '../../api/events';

export type BoardCall = NonNullable<BoardState['windows'][number]['current']>;
export type CalledEvent = Extract<HallEvent, { type: 'queue.called' }>;

/** How many past calls the board lists; the host may send more. */
export const RECENT_SHOWN = 6;
/** A safety net for a missed event (and the midnight roll-over): the board is fetched again this often anyway. */
const REFRESH_MS = 60_000;

function isService(s: string): s is Service {
  return (SERVICES as readonly string[]).includes(s);
}

/** The board as it is the moment a call arrives, before the host is asked again: the call shows at once. */
export function withCall(board: BoardState, e: CalledEvent): BoardState {
  if (!isService(e.service)) return board;
  const called: BoardCall = { number: e.number, windowNumber: e.windowNumber, windowName: e.windowName, service: e.service, names: e.names, at: e.at };
  const known = board.windows.some((w) => w.number === e.windowNumber);
  const windows = known
    ? board.windows.map((w) => (w.number === e.windowNumber ? { ...w, open: true, current: called } : w))
    : [...board.windows, { number: e.windowNumber, name: e.windowName, open: true, current: called }].sort((a, b) => a.number - b.number);
  const recent = [called, ...board.recent.filter((r) => !(r.number === e.number && r.windowNumber === e.windowNumber))];
  return { ...board, windows, recent };
}

export interface BoardFeed {
  readonly board: BoardState | null;
  readonly error: string | null;
  /** The window whose call came last, and when: the board makes it stand out for a while. */
  readonly latest: { windowNumber: number; key: string } | null;
}

/**
 * The board's state: fetched on load, on every (re)connection of the live events ('hello'), on each
 * queue change; a call is shown from its event at once and announced through `onCall`.
 */
export function useBoard(onCall: (e: CalledEvent) => void): BoardFeed {
  const [board, setBoard] = useState<BoardState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [latest, setLatest] = useState<BoardFeed['latest']>(null);
  // One fetch at a time; changes arriving meanwhile ask for exactly one more, so bursts do not stack requests.
  const fetching = useRef(false);
  const again = useRef(false);

  const refresh = useCallback(async () => {
    if (fetching.current) {
      again.current = true;
      return;
    }
    fetching.current = true;
    try {
      do {
        again.current = false;
        try {
          setBoard(await call('board'));
          setError(null);
        } catch (failure) {
          setError(errorMessage(failure));
        }
      } while (again.current);
    } finally {
      fetching.current = false;
    }
  }, []);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  useHallEvents((event) => {
    switch (event.type) {
      case 'queue.called':
        setBoard((b) => (b ? withCall(b, event) : b));
        setLatest({ windowNumber: event.windowNumber, key: `${event.number}@${event.at}` });
        onCall(event);
        void refresh();
        break;
      case 'hello':
      case 'queue.changed':
        void refresh();
        break;
      default:
        break;
    }
  });

  return { board, error, latest };
}
