import { useEffect, useRef, useSyncExternalStore } from 'react';
import { EVENTS_PROTOCOL, HallEvent } from '../../../main/contract';
import { wsUrl } from './base';
import { bearerToken, subscribeDeviceToken } from './deviceToken';
import { subscribeSession } from './session';

type Handler = (event: HallEvent) => void;

const handlers = new Set<Handler>();
let socket: WebSocket | null = null;
let socketToken: string | null = null;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let retryDelay = 1000;
const MAX_RETRY_DELAY = 30_000;

/** 'closed': the socket dropped and a retry is pending (a board shows 连接中断 then). */
export type EventsStatus = 'idle' | 'connecting' | 'open' | 'closed';
let status: EventsStatus = 'idle';
const statusListeners = new Set<() => void>();

function setStatus(next: EventsStatus): void {
  if (status === next) return;
  status = next;
  for (const listener of statusListeners) listener();
}

function dispatch(data: unknown): void {
  if (typeof data !== 'string') return;
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return;
  }
  const parsed = HallEvent.safeParse(json);
  if (!parsed.success) return; // an event type newer than this build: ignore rather than break.
  for (const handler of handlers) handler(parsed.data);
}

function disconnect(): void {
  clearTimeout(retryTimer);
  retryTimer = undefined;
  const old = socket;
  socket = null;
  socketToken = null;
  setStatus('idle');
  if (old) {
    old.onclose = null;
    old.close();
  }
}

function connect(): void {
  const token = bearerToken()?.token;
  if (!token || handlers.size === 0) return;
  const ws = new WebSocket(wsUrl('/api/events'), [EVENTS_PROTOCOL, token]);
  socket = ws;
  socketToken = token;
  // A retry after a drop stays 'closed' until it opens: the badge must not flicker off while the host is down.
  if (status !== 'closed') setStatus('connecting');
  ws.onopen = () => {
    retryDelay = 1000;
    setStatus('open');
  };
  ws.onmessage = (message) => dispatch(message.data);
  ws.onclose = () => {
    if (socket !== ws) return;
    socket = null;
    setStatus('closed');
    // Back off so a restarting host is not hammered by every window in the hall.
    retryTimer = setTimeout(connect, retryDelay);
    retryDelay = Math.min(retryDelay * 2, MAX_RETRY_DELAY);
  };
}

/** Keeps one socket open while someone listens and a token exists; a new token means a new socket. */
function reconcile(): void {
  const token = bearerToken()?.token ?? null;
  const wanted = token !== null && handlers.size > 0;
  if (!wanted) {
    disconnect();
    return;
  }
  if (socketToken !== token) {
    disconnect();
    retryDelay = 1000;
    connect();
  }
}

subscribeSession(reconcile);
subscribeDeviceToken(reconcile);

/** Whether the live events flow now; every (re)connection then starts with a 'hello' event. */
export function useEventsStatus(): EventsStatus {
  return useSyncExternalStore(
    (listener) => {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    () => status,
  );
}

/** Calls `handler` for every live event from the host while the component is mounted. */
export function useHallEvents(handler: Handler): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const forward: Handler = (event) => latest.current(event);
    handlers.add(forward);
    reconcile();
    return () => {
      handlers.delete(forward);
      reconcile();
    };
  }, []);
}
