import type { NewUser, User, UserPatch } from '../contract/users';
import type { Role } from '../domain/roles';
import { appendAudit } from './audit';
import type { ReadableDB, WritableDB } from './db';
import { checkPassword, hashPassword } from './passwords';
import { StoreError } from './errors';
import { prepared } from './prepared';

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  disabled: number;
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
  last_login_at: string | null;
}

export interface UserWithSecret extends User {
  readonly passwordHash: string;
  readonly failedLogins: number;
}

function rowToUser(row: UserRow): UserWithSecret {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    disabled: row.disabled === 1,
    lockedUntil: row.locked_until,
    createdAt: row.created_at,
    lastLoginAt: row.last_login_at,
    passwordHash: row.password_hash,
    failedLogins: row.failed_logins,
  };
}

/** Strips what must never leave the store. */
export function publicUser(u: UserWithSecret): User {
  const { passwordHash: _h, failedLogins: _f, ...rest } = u;
  return rest;
}

export function listUsers(db: ReadableDB): User[] {
  return (prepared(db, 'SELECT * FROM users ORDER BY id').all() as UserRow[]).map((r) => publicUser(rowToUser(r)));
}

export function countAdmins(db: ReadableDB): number {
  return (prepared(db, "SELECT count(*) AS n FROM users WHERE role = 'admin'").get() as { n: number }).n;
}

export function findUserById(db: ReadableDB, id: number): UserWithSecret | undefined {
  const row = prepared(db, 'SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
  return row && rowToUser(row);
}

export function findUserByName(db: ReadableDB, username: string): UserWithSecret | undefined {
  const row = prepared(db, 'SELECT * FROM users WHERE username = ?').get(username) as UserRow | undefined;
  return row && rowToUser(row);
}

export interface Actor {
  readonly actor: string;
  readonly at: string;
}

/** Creates a user with its audit entry in one transaction. */
export async function addUser(db: WritableDB, input: NewUser, by: Actor): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(() => {
    if (findUserByName(db, input.username)) throw new StoreError('USER_EXISTS', 'username');
    const { lastInsertRowid } = db
      .prepare('INSERT INTO users (username, display_name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(input.username, input.displayName, input.role, passwordHash, by.at);
    const id = Number(lastInsertRowid);
    appendAudit(db, { at: by.at, actor: by.actor, action: 'user.add', subject: `user:${id}`, detail: { username: input.username, role: input.role } });
    return publicUser(findUserById(db, id)!);
  }).immediate();
}

function activeAdmins(db: ReadableDB): number {
  return (prepared(db, "SELECT count(*) AS n FROM users WHERE role = 'admin' AND disabled = 0").get() as { n: number }).n;
}

/** Changes name, role or the disabled flag; never leaves the office without an active admin. */
export function updateUser(db: WritableDB, id: number, patch: UserPatch, by: Actor & { userId?: number }): User {
  return db.transaction(() => {
    const before = findUserById(db, id);
    if (!before) throw new StoreError('NOT_FOUND', 'id');
    const after = {
      displayName: patch.displayName ?? before.displayName,
      role: patch.role ?? before.role,
      disabled: patch.disabled ?? before.disabled,
    };
    if (after.disabled && by.userId === id) throw new StoreError('SELF_DISABLE', 'disabled');
    const losesAdmin = before.role === 'admin' && !before.disabled && (after.role !== 'admin' || after.disabled);
    if (losesAdmin && activeAdmins(db) <= 1) throw new StoreError('LAST_ADMIN', patch.disabled !== undefined ? 'disabled' : 'role');
    prepared(db, 'UPDATE users SET display_name = ?, role = ?, disabled = ? WHERE id = ?').run(after.displayName, after.role, after.disabled ? 1 : 0, id);
    // A disabled user's sessions end now, not when they expire.
    if (after.disabled) prepared(db, 'DELETE FROM sessions WHERE user_id = ?').run(id);
    const changed = Object.fromEntries(
      (Object.keys(after) as (keyof typeof after)[]).filter((k) => after[k] !== before[k]).map((k) => [k, { from: before[k], to: after[k] }]),
    );
    appendAudit(db, { at: by.at, actor: by.actor, action: 'user.update', subject: `user:${id}`, detail: { username: before.username, changed } });
    return publicUser(findUserById(db, id)!);
  }).immediate();
}

/**
 * A user's own change of password: the current one must be right; their other sessions end,
 * the one they are using stays.
 */
export async function changeOwnPassword(db: WritableDB, id: number, current: string, next: string, keepTokenHash: string, by: Actor): Promise<void> {
  const user = findUserById(db, id);
  if (!user) throw new StoreError('NOT_FOUND', 'id');
  if (!(await checkPassword(current, user.passwordHash))) throw new StoreError('PASSWORD_WRONG', 'currentPassword');
  if (current === next) throw new StoreError('PASSWORD_UNCHANGED', 'newPassword');
  const passwordHash = await hashPassword(next);
  db.transaction(() => {
    prepared(db, 'UPDATE users SET password_hash = ? WHERE id = ?').run(passwordHash, id);
    prepared(db, 'DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?').run(id, keepTokenHash);
    appendAudit(db, { at: by.at, actor: by.actor, action: 'user.password_change', subject: `user:${id}`, detail: { username: user.username } });
  }).immediate();
}

/** Sets a new password, unlocks the account and ends its sessions. */
export async function resetPassword(db: WritableDB, id: number, password: string, by: Actor): Promise<User> {
  const passwordHash = await hashPassword(password);
  return db.transaction(() => {
    const before = findUserById(db, id);
    if (!before) throw new StoreError('NOT_FOUND', 'id');
    prepared(db, 'UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE id = ?').run(passwordHash, id);
    prepared(db, 'DELETE FROM sessions WHERE user_id = ?').run(id);
    appendAudit(db, { at: by.at, actor: by.actor, action: 'user.password_reset', subject: `user:${id}`, detail: { username: before.username } });
    return publicUser(findUserById(db, id)!);
  }).immediate();
}
