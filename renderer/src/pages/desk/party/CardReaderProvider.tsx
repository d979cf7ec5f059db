import { App, type FormInstance } from 'antd';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ApiError, errorMessage } from '../../../api/client';
import { devices, type CardReadingView } from '../../../api/devices';
import { availabilityOf, refreshReaderStatus, useReaderStatus, type ReaderAvailability } from '../../../devices/readerStatus';
import { cardName, identityFromCard, pathKey, sameNumber, type CardIdentityValues, type PartyPath } from './cardReading';

/** How long a read waits for a card to be placed. */
export const READ_SECONDS = 15;
const SWAP_POLL_MS = 600;

/** A card read into a party panel: what the chip said, and whether the registrar has changed it since. */
export interface CardRead {
  readonly reading: CardReadingView;
  readonly card: CardIdentityValues;
  readonly edited: boolean;
}

/** The read under way, or the last one that failed, in the panel named by `key` (one reader, one at a time). */
export type ReadActivity =
  | { readonly key: string; readonly phase: 'waiting'; readonly until: number; readonly hint: string | null }
  | { readonly key: string; readonly phase: 'failed'; readonly message: string };

export interface CardReaderApi {
  readonly availability: ReaderAvailability;
  readonly reads: Readonly<Record<string, CardRead>>;
  readonly activity: ReadActivity | null;
  /** The panel being read into, if any. */
  readonly busy: string | null;
  read(path: PartyPath): void;
  cancel(): void;
  /** Forget a panel's read (the form was cleared, or the identity came from elsewhere). */
  forget(path: PartyPath): void;
  dismiss(): void;
  /** The registrar changed the identity after the read: keep the card's notes, say it is typed now. */
  markEdited(path: PartyPath): void;
  register(path: PartyPath): () => void;
}

const CardReaderContext = createContext<CardReaderApi | null>(null);

/** The reader for the party panels under it; null on a form without one (no 读卡 there). */
export function useCardReader(): CardReaderApi | null {
  return useContext(CardReaderContext);
}

const PANEL = '[data-reader-party]';

/** Spread on the element that is one party's panel: F2 with the focus inside reads into this party. */
export function readerPanelProps(path: PartyPath) {
  return { 'data-reader-party': pathKey(path) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The card reader for one desk form: 读卡 buttons and F2 read into a party panel, the party is
 * filled from the chip (`partyFromCard`) and marked 读卡器读取. While a read waits the panel says so
 * and can cancel it (取消 or Esc). A card that is already in another party of this form is not read
 * twice: the read waits for the registrar to swap the cards.
 */
export function CardReaderProvider({ form, children }: { form: FormInstance; children: ReactNode }) {
  const { message } = App.useApp();
  const availability = availabilityOf(useReaderStatus(5000));
  const [reads, setReads] = useState<Record<string, CardRead>>({});
  const [activity, setActivity] = useState<ReadActivity | null>(null);
  const busy = activity?.phase === 'waiting' ? activity.key : null;
  const ticket = useRef<symbol | null>(null);
  const paths = useRef(new Map<string, PartyPath>());
  const readsRef = useRef(reads);
  useEffect(() => {
    readsRef.current = reads;
  }, [reads]);

  /** The name of another party of this form already holding this document's number. */
  const heldElsewhere = useCallback(
    (key: string, idNumber: string | undefined): string | null => {
      for (const [other, path] of paths.current) {
        if (other === key) continue;
        if (sameNumber(form.getFieldValue([...path, 'idNumber']) as string | undefined, idNumber)) return (form.getFieldValue([...path, 'name']) as string | undefined) ?? '另一方';
      }
      return null;
    },
    [form],
  );

  const read = useCallback(
    (path: PartyPath) => {
      const key = pathKey(path);
      if (ticket.current) return;
      if (!availability.ready) return void message.warning(availability.reason);
      const mine = Symbol(key);
      ticket.current = mine;
      const until = Date.now() + READ_SECONDS * 1000;
      setActivity({ key, phase: 'waiting', until, hint: null });
      void (async () => {
        try {
          for (;;) {
            const left = Math.ceil((until - Date.now()) / 1000);
            if (left < 1) throw new ApiError(408, { code: 'IDCARD_NO_CARD', message: `${READ_SECONDS} 秒内未读到另一张证件，请换上本人的证件后重试` });
            const reading = await devices.readCard(left);
            if (ticket.current !== mine) return;
            const holder = heldElsewhere(key, reading.identity.idNumber);
            if (!holder) {
              const card = identityFromCard(reading.identity);
              form.setFields(Object.entries({ ...card, verifyMethod: 'reader' }).map(([field, value]) => ({ name: [...path, field], value, errors: [] })));
              setReads((all) => ({ ...all, [key]: { reading, card, edited: false } }));
              setActivity(null);
              void message.success(`已读取 ${cardName(reading.identity)} 的证件`);
              return;
            }
            setActivity({ key, phase: 'waiting', until, hint: `读卡器上仍是 ${holder} 的证件，请取走后放上本人的证件` });
            await sleep(SWAP_POLL_MS);
            if (ticket.current !== mine) return;
          }
        } catch (failure) {
          if (ticket.current === mine) setActivity({ key, phase: 'failed', message: errorMessage(failure) });
        } finally {
          if (ticket.current === mine) ticket.current = null;
          void refreshReaderStatus();
        }
      })();
    },
    [availability.ready, availability.reason, form, heldElsewhere, message],
  );

  // A cancelled read leaves the panel as it was (a card read before stays read).
  const cancel = useCallback(() => {
    ticket.current = null;
    setActivity(null);
  }, []);
  const dismiss = useCallback(() => setActivity((a) => (a?.phase === 'failed' ? null : a)), []);

  const forget = useCallback((path: PartyPath) => {
    const key = pathKey(path);
    setReads((all) => {
      if (!(key in all)) return all;
      const next = { ...all };
      delete next[key];
      return next;
    });
  }, []);
  const markEdited = useCallback((path: PartyPath) => {
    const key = pathKey(path);
    setReads((all) => {
      const read = all[key];
      return read && !read.edited ? { ...all, [key]: { ...read, edited: true } } : all;
    });
  }, []);
  const register = useCallback((path: PartyPath) => {
    const key = pathKey(path);
    paths.current.set(key, path);
    return () => void paths.current.delete(key);
  }, []);

  // F2 reads into the panel holding the focus, else into the first party not yet read; Esc cancels a read.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && busy) {
        event.preventDefault();
        cancel();
        return;
      }
      if (event.key !== 'F2' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      // A dialog over the form (复核, 撤回 …) has the keyboard: F2 does not reach behind it.
      if (document.activeElement?.closest('[role="dialog"]')) return;
      event.preventDefault();
      const focused = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>(PANEL) : null;
      const panels = [...document.querySelectorAll<HTMLElement>(PANEL)];
      const target = focused ?? panels.find((p) => !readsRef.current[p.dataset.readerParty ?? '']);
      const path = target ? paths.current.get(target.dataset.readerParty ?? '') : undefined;
      if (path) read(path);
      else void message.info('各方证件均已读取；如需重新读卡，请先点入该当事人的栏目再按 F2');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [busy, cancel, message, read]);

  // A page left in the middle of a read: the late answer is dropped.
  useEffect(() => () => void (ticket.current = null), []);

  const api = useMemo<CardReaderApi>(
    () => ({ availability, reads, activity, busy, read, cancel, dismiss, forget, markEdited, register }),
    [availability, reads, activity, busy, read, cancel, dismiss, forget, markEdited, register],
  );
  return <CardReaderContext.Provider value={api}>{children}</CardReaderContext.Provider>;
}
