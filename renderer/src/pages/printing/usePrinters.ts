import { useEffect, useState } from 'react';
import type { PrinterView } from '../../../../main/contract/printing-devices';
import { errorMessage } from '../../api/client';
import { printers as printerClient } from '../../api/printer';

/** This PC's printers (CUPS, Windows, or the PDF folder), for picking one by name; a printer may also be typed. */
export function usePrinters() {
  const [printers, setPrinters] = useState<readonly PrinterView[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    printerClient.list().then(
      (found) => live && setPrinters(found),
      (failure: unknown) => live && setError(errorMessage(failure)),
    );
    return () => {
      live = false;
    };
  }, []);

  return { printers, error };
}
