import { useEffect, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import { devices } from '../../api/devices';
import { personFromCard, type KioskPerson } from './persons';

/**
 * Whether the kiosk can take identities: only from this PC's reader (the host takes no typed identity
 * from a kiosk: documents checked by hand are the service desk's to vouch for).
 */
export type ReaderMode = { mode: 'probing' } | { mode: 'reader' } | { mode: 'unavailable'; why: string } | { mode: 'failed'; message: string };

/** The reader is not this kiosk's to use: switched off, or the host runs on another PC (the routes are loopback-only). */
const NO_READER_CODES = new Set(['DEVICE_REMOTE', 'IDCARD_DISABLED']);
// Each read waits this long on the host for a card, then the kiosk simply asks again.
const READ_WAIT_SECONDS = 20;
// The previous person's card is still on the reader: look again this often until it is swapped.
const SAME_CARD_POLL_MS = 800;
const RETRY_AFTER_ERROR_MS = 2_000;

function noReader(error: unknown): boolean {
  return error instanceof ApiError && NO_READER_CODES.has(error.code);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Asks once, when a reading screen opens, whether there is a reader to read from. */
export function useReaderMode(): [ReaderMode, (mode: ReaderMode) => void, () => void] {
  const [mode, setMode] = useState<ReaderMode>({ mode: 'probing' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    devices.readerStatus().then(
      (status) => live && setMode(status.mode === 'none' ? { mode: 'unavailable', why: '本机未配置读卡器' } : { mode: 'reader' }),
      (error: unknown) => {
        if (!live) return;
        setMode(noReader(error) ? { mode: 'unavailable', why: errorMessage(error) } : { mode: 'failed', message: errorMessage(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return [mode, setMode, () => setAttempt((n) => n + 1)];
}

/**
 * While `active`, waits for the next card whose holder is not among `taken` (the card read for the
 * first person stays on the reader until swapped) and hands it to `onCard`; `onNote` says why a card
 * was not taken, `onNoReader` when the reader turns out not to be usable.
 */
export function useNextCard(
  active: boolean,
  taken: readonly KioskPerson[],
  handlers: { onCard: (p: KioskPerson) => void; onNote: (note: string | null) => void; onNoReader: (why: string) => void },
): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  const takenKey = taken.map((p) => p.idNumber.toUpperCase()).join(',');

  useEffect(() => {
    if (!active) return;
    let live = true;
    const ids = new Set(takenKey ? takenKey.split(',') : []);
    void (async () => {
      while (live) {
        try {
          const reading = await devices.readCard(READ_WAIT_SECONDS);
          if (!live) return;
          const person = personFromCard(reading.identity);
          if (!person) {
            latest.current.onNote('证件信息读取不完整，请取下证件后重新放置');
            await sleep(RETRY_AFTER_ERROR_MS);
          } else if (ids.has(person.idNumber.toUpperCase())) {
            await sleep(SAME_CARD_POLL_MS);
          } else {
            latest.current.onNote(null);
            latest.current.onCard(person);
            return;
          }
        } catch (error) {
          if (!live) return;
          if (error instanceof ApiError && error.code === 'IDCARD_NO_CARD') continue;
          if (noReader(error)) {
            latest.current.onNoReader(errorMessage(error));
            return;
          }
          latest.current.onNote(errorMessage(error));
          await sleep(RETRY_AFTER_ERROR_MS);
        }
      }
    })();
    return () => {
      live = false;
    };
  }, [active, takenKey]);
}
