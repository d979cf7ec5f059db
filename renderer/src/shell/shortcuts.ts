import { useEffect } from 'react';
import type { Screen } from '../../../main/domain';
import { navigate } from './hashRoute';
import { SCREEN_META } from './screenMeta';

/** Alt+1…6 jump between the desk screens this role may see, from any field (the key's code, so any layout works). */
export function useScreenShortcuts(screens: readonly Screen[]): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const digit = /^Digit(\d)$/.exec(event.code)?.[1];
      if (!digit) return;
      const target = screens.find((s) => SCREEN_META[s].shortcut === Number(digit));
      if (!target) return;
      event.preventDefault();
      navigate(target);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [screens]);
}
