import type { Service } from '../../domain/queue/services';
import { violation } from '../../domain/rule-codes';
import { RuleRefusal } from '../registrations/context';
import { appendAudit } from '../audit';
import type { ReadableDB, WritableDB } from '../db';
import { prepared } from '../prepared';
import type { Actor } from '../users';

export interface WindowRow {
  readonly id: number;
  readonly number: number;
  readonly name: string;
  readonly services: readonly Service[];
  readonly active: boolean;
  readonly openBy: { readonly id: number; readonly displayName: string } | null;
  readonly openedAt: string | null;
}

interface RawWindow {
  id: number;
  number: number;
  name: string;
  services: string;
  active: number;
  open_by: number | null;
  display_name: string | null;
  opened_at: string | null;
}

const SELECT = `SELECT w.id, w.number, w.name, w.services, w.active, w.open_by, u.display_name, w.opened_at FROM windows w LEFT JOIN users u ON u.id = w.open_by`;

function toRow(r: RawWindow): WindowRow {
  return {
    id: r.id, number: r.number, name: r.name, services: JSON.parse(r.services) as Service[], active: r.active === 1,
    openBy: r.open_by === null ? null : { id: r.open_by, displayName: r.display_name ?? '' }, openedAt: r.opened_at,
  };
}

export function listWindows(db: ReadableDB): WindowRow[] {
  return (prepared(db, `${SELECT} ORDER BY w.number`).all() as RawWindow[]).map(toRow);
}

export function getWindow(db: ReadableDB, id: number): WindowRow | undefined {
  const r = prepared(db, `${SELECT} WHERE w.id = ?`).get(id) as RawWindow | undefined;
  return r && toRow(r);
}

export interface WindowInput {
  readonly number: number;
  readonly name: string;
  readonly services: readonly Service[];
  readonly active: boolean;
}

function refuseTakenNumber(db: ReadableDB, number: number, exceptId: number | null): void {
  if (prepared(db, 'SELECT 1 FROM windows WHERE number = ? AND id IS NOT ?').get(number, exceptId)) {
    throw new RuleRefusal([{ code: 'WINDOW_NUMBER_TAKEN', field: 'number', message: `窗口号 ${number} 已存在` }]);
  }
}

export function insertWindow(db: WritableDB, w: WindowInput, by: Actor): WindowRow {
  return db.transaction(() => {
    refuseTakenNumber(db, w.number, null);
    const id = Number(prepared(db, 'INSERT INTO windows (number, name, services, active) VALUES (?, ?, ?, ?)').run(w.number, w.name, JSON.stringify(w.services), w.active ? 1 : 0).lastInsertRowid);
    appendAudit(db, { at: by.at, actor: by.actor, action: 'window.add', subject: `window:${id}`, detail: { ...w } });
    return getWindow(db, id)!;
  }).immediate();
}

export function updateWindow(db: WritableDB, id: number, w: WindowInput, by: Actor): WindowRow | undefined {
  return db.transaction(() => {
    const before = getWindow(db, id);
    if (!before) return undefined;
    refuseTakenNumber(db, w.number, id);
    prepared(db, 'UPDATE windows SET number = ?, name = ?, services = ?, active = ? WHERE id = ?').run(w.number, w.name, JSON.stringify(w.services), w.active ? 1 : 0, id);
    // A window taken out of service is closed with it.
    if (!w.active) prepared(db, 'UPDATE windows SET open_by = NULL, opened_at = NULL WHERE id = ?').run(id);
    appendAudit(db, { at: by.at, actor: by.actor, action: 'window.update', subject: `window:${id}`, detail: { before: { ...before }, after: { ...w } } });
    return getWindow(db, id);
  }).immediate();
}

/** A registrar opens a window: it is theirs until they close it; a window open under someone else is refused. */
export function openWindow(db: WritableDB, id: number, userId: number, at: string): WindowRow | undefined {
  return db.transaction(() => {
    const w = getWindow(db, id);
    if (!w) return undefined;
    if (!w.active) throw new RuleRefusal([violation('QUEUE_WINDOW_CLOSED', 'window', '窗口已停用')]);
    if (w.openBy && w.openBy.id !== userId) throw new RuleRefusal([violation('QUEUE_WINDOW_TAKEN', 'window', w.openBy.displayName)]);
    // One window per registrar: opening another closes the one they had.
    prepared(db, 'UPDATE windows SET open_by = NULL, opened_at = NULL WHERE open_by = ? AND id != ?').run(userId, id);
    if (!w.openBy) prepared(db, 'UPDATE windows SET open_by = ?, opened_at = ? WHERE id = ?').run(userId, at, id);
    return getWindow(db, id);
  }).immediate();
}

export function closeWindow(db: WritableDB, id: number, user: { id: number; manager: boolean }): WindowRow | undefined {
  return db.transaction(() => {
    const w = getWindow(db, id);
    if (!w) return undefined;
    if (w.openBy && w.openBy.id !== user.id && !user.manager) throw new RuleRefusal([violation('QUEUE_WINDOW_TAKEN', 'window', w.openBy.displayName)]);
    prepared(db, 'UPDATE windows SET open_by = NULL, opened_at = NULL WHERE id = ?').run(id);
    return getWindow(db, id);
  }).immediate();
}

/** Windows left open on an earlier day close: each morning a registrar opens their window anew. */
export function closeStaleWindows(db: WritableDB, dayStartIso: string): number {
  return prepared(db, 'UPDATE windows SET open_by = NULL, opened_at = NULL WHERE open_by IS NOT NULL AND opened_at < ?').run(dayStartIso).changes;
}
