import { useSyncExternalStore } from 'react';

/** The path after `#/`: `#/cases/12?x` → `cases/12`. */
function readPath(): string {
  return window.location.hash.replace(/^#\/?/, '').split('?')[0] ?? '';
}

/** The screen named by the hash: `#/users` → `users`, `#/cases/12` → `cases`; empty means the default screen. */
function readHash(): string {
  return readPath().split('/')[0] ?? '';
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function useHashRoute(): string {
  return useSyncExternalStore(subscribe, readHash);
}

/** The segments after the screen's name: `#/cases/12` → `['12']`. */
export function useHashArgs(): readonly string[] {
  const path = useSyncExternalStore(subscribe, readPath);
  return path.split('/').slice(1).filter(Boolean);
}

/** Goes to a screen, or to a path under it (`cases/12`). */
export function navigate(path: string): void {
  window.location.hash = `#/${path}`;
}

export function caseHref(id: number): string {
  return `#/cases/${id}`;
}
