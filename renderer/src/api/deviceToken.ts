import { useSyncExternalStore } from 'react';
import { getSession } from './session';

// localStorage, unlike a staff session: a kiosk or board is paired once and must survive reboots.
const KEY = 'hall.device';

type Listener = () => void;
const listeners = new Set<Listener>();
let current: string | null = readStored();
/** Set by the kiosk and display roots: there the device token speaks, never a staff session left in the tab. */
let devicePage = false;

function readStored(): string | null {
  try {
    return localStorage.getItem(KEY) || null;
  } catch {
    return null;
  }
}

function publish(next: string | null): void {
  current = next;
  try {
    if (next) localStorage.setItem(KEY, next);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage refused (private window): the pairing lasts until the page closes.
  }
  for (const listener of listeners) listener();
}

export function getDeviceToken(): string | null {
  return current;
}

export function saveDeviceToken(token: string): void {
  publish(token);
}

export function clearDeviceToken(): void {
  if (current) publish(null);
}

export function subscribeDeviceToken(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDeviceToken(): string | null {
  return useSyncExternalStore(subscribeDeviceToken, getDeviceToken);
}

/** Called once by main.tsx when the page is a kiosk or a display board. */
export function speakAsDevice(): void {
  devicePage = true;
}

/**
 * The bearer token for a request or the event socket: on a device page the device's own; elsewhere the
 * staff session, else a device token (a paired PC with nobody signed in).
 */
export function bearerToken(): { token: string; kind: 'session' | 'device' } | null {
  const session = devicePage ? undefined : getSession()?.token;
  if (session) return { token: session, kind: 'session' };
  return current ? { token: current, kind: 'device' } : null;
}

/**
 * The pairing link a manager opens on the device (`#/kiosk?pair=TOKEN`): keeps the token and takes it
 * out of the address bar at once, so it is neither bookmarked nor shown on a screen the public can see.
 */
export function takePairingToken(): boolean {
  const { hash, search, pathname } = window.location;
  const [route = '', hashQuery = ''] = hash.split('?');
  const fromHash = new URLSearchParams(hashQuery);
  const fromSearch = new URLSearchParams(search);
  const token = fromHash.get('pair') ?? fromSearch.get('pair');
  if (!token) return false;
  fromHash.delete('pair');
  fromSearch.delete('pair');
  const rest = (query: URLSearchParams) => (query.size > 0 ? `?${query.toString()}` : '');
  window.history.replaceState(window.history.state, '', `${pathname}${rest(fromSearch)}${route}${rest(fromHash)}`);
  saveDeviceToken(token.trim());
  return true;
}
