import { useState } from 'react';
import { useSession } from '../../../../api/session';
import { useHallWindows, type HallWindow } from '../../../printing/useHallWindows';
import { usePrintSettings } from '../../../printing/usePrintSettings';
import { chooseWindow } from './windowChoice';

const STORE_KEY = 'hall.printWindow';

function storedWindow(): number | null {
  const n = Number(window.localStorage.getItem(STORE_KEY));
  return Number.isInteger(n) && n > 0 ? n : null;
}

export interface PrintPlace {
  /** The window whose blanks a certificate consumes; null until one is chosen. */
  readonly windowId: number | null;
  /** That window's certificate printer from the print settings; null: this PC's configured or default printer. */
  readonly printer: string | null;
}

/** Where certificates print from (chooseWindow), and the printer of that window; a choice made here is remembered. */
export function usePrintWindow() {
  const session = useSession();
  const { windows, error } = useHallWindows(session?.user.role);
  const { view: settings } = usePrintSettings();
  const [chosen, setChosen] = useState<number | null>(null);
  const [stored] = useState(storedWindow);

  const usable: readonly HallWindow[] = windows?.filter((w) => w.active) ?? [];
  const mine = usable.filter((w) => w.openBy?.id === session?.user.id);
  const windowId = chooseWindow(usable, session?.user.id, chosen, stored);

  const choose = (id: number) => {
    window.localStorage.setItem(STORE_KEY, String(id));
    setChosen(id);
  };
  const printer = windowId === null ? null : (settings?.settings.windowPrinters[String(windowId)] ?? null);
  const place: PrintPlace = { windowId, printer };
  return { windows: usable, mine, place, choose, error };
}
