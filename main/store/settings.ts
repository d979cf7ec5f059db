import type { OfficeSettings } from '../domain/office';
import { appendAudit } from './audit';
import type { ReadableDB, WritableDB } from './db';
import type { Actor } from './users';
import { prepared } from './prepared';

const OFFICE_KEY = 'office';

export const EMPTY_OFFICE: OfficeSettings = { officeName: '', officeCode: '', foreignRelated: false };

export function getOfficeSettings(db: ReadableDB): OfficeSettings {
  const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').get(OFFICE_KEY) as { value: string } | undefined;
  return row ? { ...EMPTY_OFFICE, ...(JSON.parse(row.value) as Partial<OfficeSettings>) } : EMPTY_OFFICE;
}

/** Saves the office settings and audits what changed, in one transaction. */
export function putOfficeSettings(db: WritableDB, next: OfficeSettings, by: Actor): OfficeSettings {
  return db.transaction(() => {
    const before = getOfficeSettings(db);
    prepared(db, 'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at')
      .run(OFFICE_KEY, JSON.stringify(next), by.at);
    const changed = (Object.keys(next) as (keyof OfficeSettings)[])
      .filter((k) => next[k] !== before[k])
      .map((k) => ({ key: k, from: before[k], to: next[k] }));
    appendAudit(db, { at: by.at, actor: by.actor, action: 'settings.office', subject: 'settings:office', detail: { changed } });
    return getOfficeSettings(db);
  }).immediate();
}

const CONFIG_KEY = 'config.last-start';

/**
 * Audits configuration changes made outside the app (config.json, HALL_* variables): each start
 * compares what is in effect with what the previous start saw. Secrets arrive here already reduced to "set".
 */
export function recordConfigAtStart(db: WritableDB, snapshot: Readonly<Record<string, unknown>>, at: string): string[] {
  return db.transaction(() => {
    const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').get(CONFIG_KEY) as { value: string } | undefined;
    const before = row ? (JSON.parse(row.value) as Record<string, unknown>) : null;
    const keys = [...new Set([...Object.keys(snapshot), ...Object.keys(before ?? {})])];
    const changed = before === null ? keys : keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(snapshot[k]));
    if (changed.length === 0) return changed;
    prepared(db, 'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at')
      .run(CONFIG_KEY, JSON.stringify(snapshot), at);
    appendAudit(db, {
      at, actor: 'system', action: 'config.changed', subject: 'config',
      detail: { changed: changed.map((k) => ({ key: k, from: before?.[k] ?? null, to: snapshot[k] ?? null })) },
    });
    return changed;
  }).immediate();
}

const CALENDAR_KEY = 'calendar';

export interface StoredCalendarSettings {
  readonly extendOn: 'non_working_days' | 'statutory_holidays_only';
  readonly overrides: readonly { readonly date: string; readonly open: boolean; readonly note: string }[];
  readonly enteredYears: readonly number[];
}

export const DEFAULT_STORED_CALENDAR: StoredCalendarSettings = { extendOn: 'non_working_days', overrides: [], enteredYears: [] };

export function getCalendarSettings(db: ReadableDB): StoredCalendarSettings {
  const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').get(CALENDAR_KEY) as { value: string } | undefined;
  return row ? { ...DEFAULT_STORED_CALENDAR, ...(JSON.parse(row.value) as Partial<StoredCalendarSettings>) } : DEFAULT_STORED_CALENDAR;
}

/** Saves the working-day settings; a change moves the dates of open divorce cases, so it is audited in full. */
export function putCalendarSettings(db: WritableDB, next: StoredCalendarSettings, by: Actor): StoredCalendarSettings {
  return db.transaction(() => {
    const before = getCalendarSettings(db);
    prepared(db, 'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at')
      .run(CALENDAR_KEY, JSON.stringify(next), by.at);
    appendAudit(db, { at: by.at, actor: by.actor, action: 'settings.calendar', subject: 'settings:calendar', detail: { before, after: next } });
    return getCalendarSettings(db);
  }).immediate();
}

/** A JSON setting with defaults for keys a newer build added; a change is audited with before and after. */
export function getJsonSetting<T extends object>(db: ReadableDB, key: string, defaults: T): T {
  const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? { ...defaults, ...(JSON.parse(row.value) as Partial<T>) } : defaults;
}

export function putJsonSetting<T extends object>(db: WritableDB, key: string, defaults: T, next: T, by: Actor): T {
  return db.transaction(() => {
    const before = getJsonSetting(db, key, defaults);
    prepared(db, 'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at')
      .run(key, JSON.stringify(next), by.at);
    appendAudit(db, { at: by.at, actor: by.actor, action: `settings.${key}`, subject: `settings:${key}`, detail: { before, after: next } });
    return getJsonSetting(db, key, defaults);
  }).immediate();
}
