import type { ColumnMapping } from '../../domain/backentry/mapping';
import type { ReadableDB, WritableDB } from '../db';
import { getJsonSetting, putJsonSetting } from '../settings';
import type { Actor } from './jobs';

/** Column mappings saved by name (a register's layout), reused for the next file of the same layout. */
export const MAPPINGS_KEY = 'import.mappings';

interface StoredMappings {
  readonly mappings: Readonly<Record<string, ColumnMapping>>;
}

const NONE: StoredMappings = { mappings: {} };

export function savedMappings(db: ReadableDB): Readonly<Record<string, ColumnMapping>> {
  return getJsonSetting(db, MAPPINGS_KEY, NONE).mappings;
}

export function savedMapping(db: ReadableDB, name: string): ColumnMapping | undefined {
  const all = savedMappings(db);
  return Object.prototype.hasOwnProperty.call(all, name) ? all[name] : undefined;
}

/** Saves (or replaces) a mapping under its name; audited as every setting is. */
export function saveMapping(db: WritableDB, name: string, mapping: ColumnMapping, by: Actor): void {
  putJsonSetting(db, MAPPINGS_KEY, NONE, { mappings: { ...savedMappings(db), [name]: mapping } }, { actor: by.actor, at: by.at });
}

/** Removes a mapping; false when there was none by that name. */
export function deleteMapping(db: WritableDB, name: string, by: Actor): boolean {
  const { [name]: gone, ...rest } = savedMappings(db);
  if (gone === undefined) return false;
  putJsonSetting(db, MAPPINGS_KEY, NONE, { mappings: rest }, { actor: by.actor, at: by.at });
  return true;
}
