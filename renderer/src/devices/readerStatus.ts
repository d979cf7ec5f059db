import { useEffect, useSyncExternalStore } from 'react';
import { errorMessage } from '../api/client';
import { devices, type ReaderStatusView } from '../api/devices';

/** What the screens know of this PC's reader: the last status, or why it could not be had. */
export interface ReaderSnapshot {
  readonly status: ReaderStatusView | null;
  readonly error: string | null;
  /** The reading loop has only just started: an empty list of readers is not yet "none found". */
  readonly searching: boolean;
}

/** Whether 读卡 can work now, and if not, the sentence that says why (the button's hover, the panel's note). */
export interface ReaderAvailability {
  readonly ready: boolean;
  readonly reason: string | null;
  /** Still asking: nothing to explain yet. */
  readonly pending: boolean;
}

const SEARCH_GRACE_MS = 3000;
const FAST_POLL_MS = 1000;

let snapshot: ReaderSnapshot = { status: null, error: null, searching: true };
let firstAnswerAt: number | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let inFlight: Promise<void> | null = null;
const listeners = new Set<() => void>();
/** Each mounted user of the status with how often it wants it fresh; the store polls at the quickest. */
const wanted = new Map<symbol, number>();

function publish(next: ReaderSnapshot): void {
  snapshot = next;
  for (const listener of listeners) listener();
}

/** Asks the reader now (after placing a card, after a read); concurrent calls share one request. */
export function refreshReaderStatus(): Promise<void> {
  inFlight ??= devices
    .readerStatus()
    .then(
      (status) => {
        const now = Date.now();
        firstAnswerAt ??= now;
        const searching = status.mode !== 'none' && status.readers.length === 0 && now - firstAnswerAt < SEARCH_GRACE_MS;
        publish({ status, error: null, searching });
      },
      (error: unknown) => publish({ status: null, error: errorMessage(error), searching: false }),
    )
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

function schedule(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  // HALL_READER=none does not change while the app runs: nothing to watch.
  if (wanted.size === 0 || snapshot.status?.mode === 'none') return;
  // The reading loop has just started: look again soon, so the reader it finds shows without a wait.
  const every = Math.min(...wanted.values(), snapshot.searching ? FAST_POLL_MS : Infinity);
  timer = setTimeout(() => void refreshReaderStatus().then(schedule), every);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The reader's status, kept fresh every `everyMs` while the calling component is mounted; with null,
 * asked once if nobody has yet (asking starts the host's reading loop, so only screens that want a
 * card keep asking).
 */
export function useReaderStatus(everyMs: number | null): ReaderSnapshot {
  useEffect(() => {
    if (everyMs === null) {
      if (!snapshot.status && !snapshot.error) void refreshReaderStatus().then(schedule);
      return;
    }
    const me = Symbol('reader-status');
    wanted.set(me, everyMs);
    void refreshReaderStatus().then(schedule);
    return () => {
      wanted.delete(me);
      schedule();
    };
  }, [everyMs]);
  return useSyncExternalStore(subscribe, () => snapshot);
}

/** The reader as a registrar needs to hear about it. */
export function availabilityOf(s: ReaderSnapshot): ReaderAvailability {
  if (s.error) return { ready: false, pending: false, reason: `读卡器不可用（${s.error}）：请人工核对证件原件，手工录入证件信息` };
  if (!s.status || s.searching) return { ready: false, pending: true, reason: '正在连接读卡器…' };
  if (s.status.mode === 'none') return { ready: false, pending: false, reason: '本机未启用读卡器：请人工核对证件原件，手工录入证件信息' };
  if (s.status.readers.length === 0) {
    const why = s.status.lastError ? `（${s.status.lastError}）` : '';
    return { ready: false, pending: false, reason: `未找到读卡器${why}：请检查连接，插上即可读卡；暂请人工核对证件原件` };
  }
  return { ready: true, pending: false, reason: null };
}
