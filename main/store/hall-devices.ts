import { randomBytes } from 'node:crypto';
import type { DeviceKind } from '../domain/roles';
import { appendAudit } from './audit';
import type { ReadableDB, WritableDB } from './db';
import { prepared } from './prepared';
import { tokenHash } from './sessions';
import type { Actor } from './users';

export interface HallDeviceRow {
  readonly id: number;
  readonly kind: DeviceKind;
  readonly name: string;
  readonly printer: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly lastSeenAt: string | null;
  readonly revoked: boolean;
}

const SELECT = `SELECT id, kind, name, printer, created_at AS createdAt, created_by AS createdBy, last_seen_at AS lastSeenAt, revoked_at IS NOT NULL AS revoked FROM hall_devices`;

type Raw = Omit<HallDeviceRow, 'revoked'> & { revoked: number };
const toRow = (r: Raw): HallDeviceRow => ({ ...r, revoked: r.revoked === 1 });

export function listHallDevices(db: ReadableDB): HallDeviceRow[] {
  return (prepared(db, `${SELECT} ORDER BY id`).all() as Raw[]).map(toRow);
}

export function getHallDevice(db: ReadableDB, id: number): HallDeviceRow | undefined {
  const r = prepared(db, `${SELECT} WHERE id = ?`).get(id) as Raw | undefined;
  return r && toRow(r);
}

/** Registers a kiosk or display and returns its token, which is not kept (only its hash). */
export function addHallDevice(db: WritableDB, d: { kind: DeviceKind; name: string; printer: string }, by: Actor, fixedToken?: string): { device: HallDeviceRow; token: string } {
  // Only the demo passes a token of its own, so its pairing links can be printed at every start.
  const token = fixedToken ?? `dev_${randomBytes(24).toString('base64url')}`;
  return db.transaction(() => {
    const id = Number(prepared(db, 'INSERT INTO hall_devices (kind, name, token_hash, printer, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)')
      .run(d.kind, d.name, tokenHash(token), d.printer, by.at, by.actor).lastInsertRowid);
    appendAudit(db, { at: by.at, actor: by.actor, action: 'device.add', subject: `device:${id}`, detail: { kind: d.kind, name: d.name, printer: d.printer } });
    return { device: getHallDevice(db, id)!, token };
  }).immediate();
}

export function revokeHallDevice(db: WritableDB, id: number, by: Actor): HallDeviceRow | undefined {
  return db.transaction(() => {
    if (!getHallDevice(db, id)) return undefined;
    prepared(db, 'UPDATE hall_devices SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?').run(by.at, id);
    appendAudit(db, { at: by.at, actor: by.actor, action: 'device.revoke', subject: `device:${id}` });
    return getHallDevice(db, id);
  }).immediate();
}

// A board polls and reconnects all day; "last seen" at minute precision is plenty and spares the disk.
const SEEN_EVERY_MS = 60_000;

/** The device behind a token, if it is known and not revoked; notes when it was last seen. */
export function deviceByToken(db: WritableDB, token: string, nowIso: string): HallDeviceRow | undefined {
  const r = prepared(db, `${SELECT} WHERE token_hash = ? AND revoked_at IS NULL`).get(tokenHash(token)) as Raw | undefined;
  if (!r) return undefined;
  if (!r.lastSeenAt || Date.parse(nowIso) - Date.parse(r.lastSeenAt) > SEEN_EVERY_MS) {
    prepared(db, 'UPDATE hall_devices SET last_seen_at = ? WHERE id = ?').run(nowIso, r.id);
  }
  return toRow(r);
}
