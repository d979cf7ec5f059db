import { PrintSettingsSchema, NO_CALIBRATION, type Calibration, type PrintSettings } from '../../contract/printing';
import { FontUnavailable, loadPrintFont, type PrintFont } from '../../devices/printing/font';
import { violation } from '../../domain/rule-codes';
import { getJsonSetting } from '../../store/settings';
import type { ReadableDB } from '../../store/db';
import { ApiError } from '../api-error';
import type { HostContext } from '../handlers';

export const PRINT_SETTINGS_KEY = 'printing';
export const DEFAULT_PRINT_SETTINGS: PrintSettings = PrintSettingsSchema.parse({});

export function printSettings(db: ReadableDB): PrintSettings {
  return PrintSettingsSchema.parse(getJsonSetting(db, PRINT_SETTINGS_KEY, DEFAULT_PRINT_SETTINGS));
}

export function calibrationOf(settings: PrintSettings, printer: string | null): Calibration {
  return (printer && settings.calibrations[printer]) || NO_CALIBRATION;
}

/** The printer a window's certificates go to: its own, else the host's HALL_PRINTER, else the OS default (null). */
export function printerOf(ctx: HostContext, settings: PrintSettings, windowId: number | null): string | null {
  return (windowId !== null ? settings.windowPrinters[String(windowId)] : undefined) ?? ctx.config.printer ?? null;
}

export function fontOrThrow(settings: PrintSettings): PrintFont {
  try {
    return loadPrintFont({ file: settings.fontFile, index: settings.fontIndex });
  } catch (e) {
    if (e instanceof FontUnavailable || (e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ApiError('CASE_REFUSED', [violation('PRINT_FONT_UNAVAILABLE', 'fontFile', (e as Error).message)]);
    }
    throw e;
  }
}

export function fontStatus(settings: PrintSettings): { ok: boolean; file: string | null; name: string | null; problem: string | null } {
  try {
    const f = loadPrintFont({ file: settings.fontFile, index: settings.fontIndex });
    return { ok: true, file: f.file, name: f.postscriptName, problem: null };
  } catch (e) {
    return { ok: false, file: settings.fontFile, name: null, problem: (e as Error).message };
  }
}
