import { useSyncExternalStore } from 'react';

/** The screen named by the hash: `#/users` → `users`; empty means the default screen. */
function readHash(): string {
  return window.location.hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function useHashRoute(): string {
  return useSyncExternalStore(subscribe, readHash);
}

export function navigate(screen: string): void {
  window.location.hash = `#/${screen}`;
}
