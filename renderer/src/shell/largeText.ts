import { createContext, useCallback, useContext, useState } from 'react';

// Kept per PC, not per user: it is the eyes at this desk that need it.
const KEY = 'hall.largeText';

export const FONT_SIZE_NORMAL = 14;
export const FONT_SIZE_LARGE = 18;

function readStored(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function useLargeText(): [boolean, (on: boolean) => void] {
  const [large, setLarge] = useState(readStored);
  const update = useCallback((on: boolean) => {
    setLarge(on);
    try {
      localStorage.setItem(KEY, on ? '1' : '0');
    } catch {
      // storage unavailable: the toggle still works for this window.
    }
  }, []);
  return [large, update];
}

export interface LargeTextState {
  readonly large: boolean;
  readonly setLarge: (on: boolean) => void;
}

export const LargeTextContext = createContext<LargeTextState>({ large: false, setLarge: () => {} });

export function useLargeTextToggle(): LargeTextState {
  return useContext(LargeTextContext);
}
