import { App } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { QueueState, TicketView, WindowView } from '../../../../main/contract';
import { call } from '../../api/client';
import { refusalText } from './ticketFacts';

/** The counter's buttons: each allowed, or refused locally with the sentence that says why. */
export type CounterAction = 'next' | 'recall' | 'start' | 'finish' | 'no_show' | 'transfer' | 'ceremony';
type TicketStep = 'recall' | 'start' | 'finish' | 'no_show' | 'ceremony';

/** The function keys of the counter, as on the calling terminals registrars know. */
export const COUNTER_KEYS: Readonly<Partial<Record<CounterAction, string>>> = { next: 'F5', recall: 'F6', start: 'F7', finish: 'F8' };

/** Why an action cannot be taken now (null: it can), from the current ticket's state. */
export function whyNot(action: CounterAction, current: TicketView | null): string | null {
  const called = current?.state === 'called';
  const serving = current?.state === 'serving';
  switch (action) {
    case 'next':
      return current ? `本窗口的 ${current.number} 尚未办结：请先办结、转出或记为过号` : null;
    case 'recall':
    case 'start':
    case 'no_show':
      return called ? null : '请先叫号：只有已叫号、尚未开始办理的号可以这样操作';
    case 'finish':
      return serving ? null : '请先开始办理';
    case 'transfer':
      return called || serving ? null : '本窗口当前没有号可转移';
    case 'ceremony':
      if (!serving) return '结婚登记办理中才能转颁证';
      return current.service === 'marriage' ? null : '只有结婚登记的号可以转颁证';
  }
}

const DONE: Readonly<Record<TicketStep, (number: string) => string>> = {
  recall: (n) => `已重呼 ${n}`,
  start: (n) => `${n} 开始办理`,
  finish: (n) => `${n} 已办结`,
  no_show: (n) => `${n} 已记为过号`,
  ceremony: (n) => `已转颁证，颁证号 ${n}`,
};

export interface Called {
  readonly number: string;
  readonly explanation: string;
}

/**
 * The calling work of one open window: call next, the steps on the current ticket, and what the host
 * said last (why a ticket was called, a refusal, the couple's new ceremony number). F5–F8 press the
 * buttons; they are the browser's reload and such keys, so on this screen they never leave it.
 */
export function useCounter(hallWindow: WindowView, lastCall: QueueState['lastCall'][string] | undefined, reload: () => Promise<void>, keysEnabled: boolean) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<CounterAction | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [called, setCalled] = useState<Called | null>(null);
  const [ceremony, setCeremony] = useState<TicketView | null>(null);
  const current = hallWindow.current;
  /** A key pressed while the last action was still on its way: pressed again once it is done. */
  const pending = useRef<Exclude<CounterAction, 'transfer'> | null>(null);

  const run = async (action: CounterAction, work: () => Promise<void>) => {
    setBusy(action);
    setRefusal(null);
    try {
      await work();
    } catch (failure) {
      const text = refusalText(failure);
      setRefusal(text);
      void message.error(text);
    } finally {
      // Fresh state first: a key held back meanwhile is judged on the ticket as it now is.
      await reload();
      setBusy(null);
    }
  };

  const callNext = () =>
    run('next', async () => {
      const result = await call('callNext', { params: { id: hallWindow.id } });
      setCalled({ number: result.ticket.number, explanation: result.explanation });
      setCeremony(null);
      void message.success(`已呼叫 ${result.ticket.number}`);
    });

  const step = (action: TicketStep) =>
    run(action, async () => {
      if (!current) return;
      const ticket = await call('ticketAction', { params: { id: current.id }, body: { action, windowId: hallWindow.id } });
      // For the ceremony the answer is the couple's new ticket in the ceremony queue.
      if (action === 'ceremony') setCeremony(ticket);
      void message.success(DONE[action](ticket.number));
    });

  /** A button pressed, or its key: refused here with the reason when the ticket's state does not allow it. */
  const press = (action: Exclude<CounterAction, 'transfer'>) => {
    // The hall's live update can show 办理中 before the host's answer to 开始办理 is in: F8 then waits, not lost.
    if (busy) return void (pending.current = action);
    const why = whyNot(action, current);
    if (why) return void message.info(why);
    if (action === 'next') void callNext();
    else void step(action);
  };

  const pressRef = useRef(press);
  useEffect(() => {
    pressRef.current = press;
  });
  useEffect(() => {
    if (busy || !pending.current) return;
    const action = pending.current;
    pending.current = null;
    pressRef.current(action);
  }, [busy]);
  useEffect(() => {
    if (!keysEnabled) return;
    const byKey: Record<string, Exclude<CounterAction, 'transfer'>> = { F5: 'next', F6: 'recall', F7: 'start', F8: 'finish' };
    const onKey = (event: KeyboardEvent) => {
      const action = byKey[event.key];
      if (!action || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      if (document.activeElement?.closest('[role="dialog"]')) return;
      pressRef.current(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [keysEnabled]);

  // The explanation belongs to the ticket at the counter: this page's own call, or the host's record of it.
  const explanation = !current
    ? null
    : called?.number === current.number
      ? called.explanation
      : lastCall?.ticketNumber === current.number
        ? lastCall.explanation
        : null;

  return {
    busy,
    refusal,
    dismissRefusal: () => setRefusal(null),
    explanation,
    ceremony,
    press,
    /** A ticket called from the list with a reason (the modal did the call). */
    chosenCalled: (number: string, reason: string) => {
      setCalled({ number, explanation: `指定叫号：${reason}` });
      setCeremony(null);
    },
  };
}
