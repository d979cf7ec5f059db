import type { z } from 'zod';
import type { PrintSettingsView } from '../../../../main/contract/printing';
import { useRouteData } from '../../api/useRouteData';

export type PrintSettingsState = z.infer<typeof PrintSettingsView>;

/** The office's printing settings (font, each window's printer, calibrations, QR), as the host has them now. */
export function usePrintSettings() {
  const { data, error, reload } = useRouteData('getPrintSettings');
  return { view: data, error, reload };
}
