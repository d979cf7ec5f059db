import { createHash, randomBytes } from 'node:crypto';
import type { SessionToken, SessionUser } from '../contract/session';
import { afterFailedLogin, isLocked } from '../domain/lockout';
import { appendAudit } from './audit';
import type { ReadableDB, WritableDB } from './db';
import { checkPassword, hashPassword } from './passwords';
import { findUserByName } from './users';
import { prepared } from './prepared';

/** A working day and then some: a registrar signs in once per shift. */
export const SESSION_HOURS = 12;

export type LoginResult =
  | { readonly ok: true; readonly session: SessionToken }
  | { readonly ok: false; readonly code: 'AUTH_BAD_CREDENTIALS' | 'AUTH_LOCKED' | 'AUTH_DISABLED'; readonly lockedUntil?: string };

// Checked against unknown usernames so that a wrong name costs as long as a wrong password.
let dummyHash: Promise<string> | undefined;

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Checks a password, applies the lockout rule, and opens a session; every outcome is audited. */
export async function login(db: WritableDB, username: string, password: string, nowMs: number): Promise<LoginResult> {
  const at = new Date(nowMs).toISOString();
  const user = findUserByName(db, username);
  if (user && isLocked(user, at)) {
    audit(db, at, username, 'login.locked', user.id);
    return { ok: false, code: 'AUTH_LOCKED', lockedUntil: user.lockedUntil! };
  }
  const passwordOk = (await checkPassword(password, user?.passwordHash ?? (await (dummyHash ??= hashPassword('not-a-real-password'))))) && user !== undefined;
  return db.transaction((): LoginResult => {
    // Re-read inside the transaction: the account may have been disabled or changed while the hash ran.
    const current = findUserByName(db, username);
    if (!user || !current) {
      audit(db, at, username, 'login.failed', null);
      return { ok: false, code: 'AUTH_BAD_CREDENTIALS' };
    }
    if (!passwordOk) {
      const next = afterFailedLogin(current, nowMs);
      prepared(db, 'UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?').run(next.failedLogins, next.lockedUntil, user.id);
      audit(db, at, username, next.lockedUntil ? 'login.lockout' : 'login.failed', user.id);
      return next.lockedUntil ? { ok: false, code: 'AUTH_LOCKED', lockedUntil: next.lockedUntil } : { ok: false, code: 'AUTH_BAD_CREDENTIALS' };
    }
    if (current.disabled) {
      audit(db, at, username, 'login.disabled', user.id);
      return { ok: false, code: 'AUTH_DISABLED' };
    }
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(nowMs + SESSION_HOURS * 3_600_000).toISOString();
    prepared(db, 'UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = ? WHERE id = ?').run(at, user.id);
    prepared(db, 'DELETE FROM sessions WHERE expires_at <= ?').run(at);
    prepared(db, 'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)').run(tokenHash(token), user.id, at, expiresAt);
    audit(db, at, username, 'login', user.id);
    return {
      ok: true,
      session: { token, expiresAt, user: { id: user.id, username: user.username, displayName: user.displayName, role: user.role } },
    };
  }).immediate();
}

function audit(db: WritableDB, at: string, username: string, action: string, userId: number | null): void {
  appendAudit(db, { at, actor: username, action, subject: userId === null ? `username:${username}` : `user:${userId}` });
}

/** The user behind a bearer token, if the token is known, unexpired, and its user still active. */
export function sessionUser(db: ReadableDB, token: string, nowIso: string): SessionUser | undefined {
  // Every request of every window runs this: a statement compiled once.
  const row = prepared(
    db,
    `SELECT u.id, u.username, u.display_name AS displayName, u.role FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled = 0`,
  ).get(tokenHash(token), nowIso) as SessionUser | undefined;
  return row;
}

export function logout(db: WritableDB, token: string, user: SessionUser, at: string): void {
  db.transaction(() => {
    prepared(db, 'DELETE FROM sessions WHERE token_hash = ?').run(tokenHash(token));
    audit(db, at, user.username, 'logout', user.id);
  }).immediate();
}
