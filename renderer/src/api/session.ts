import { useSyncExternalStore } from 'react';
import { SessionToken } from '../../../main/contract';

// sessionStorage: a signed-in desk ends with its window, and a second window must sign in itself.
const KEY = 'hall.session';

type Listener = () => void;
const listeners = new Set<Listener>();
let current: SessionToken | null = readStored();

function readStored(): SessionToken | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const parsed = SessionToken.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function publish(next: SessionToken | null): void {
  current = next;
  if (next) sessionStorage.setItem(KEY, JSON.stringify(next));
  else sessionStorage.removeItem(KEY);
  for (const listener of listeners) listener();
}

export function getSession(): SessionToken | null {
  return current;
}

export function saveSession(session: SessionToken): void {
  publish(session);
}

export function clearSession(): void {
  if (current) publish(null);
}

export function subscribeSession(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): SessionToken | null {
  return useSyncExternalStore(subscribeSession, getSession);
}
