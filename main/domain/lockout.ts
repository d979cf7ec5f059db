/** Five wrong passwords in a row lock an account for fifteen minutes. */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export interface LoginAttempts {
  readonly failedLogins: number;
  readonly lockedUntil: string | null;
}

export function isLocked(state: LoginAttempts, nowIso: string): boolean {
  return state.lockedUntil !== null && state.lockedUntil > nowIso;
}

/** The state after one more wrong password at `nowMs` (the caller's clock). */
export function afterFailedLogin(state: LoginAttempts, nowMs: number): LoginAttempts {
  const failed = state.failedLogins + 1;
  if (failed >= MAX_FAILED_LOGINS) {
    return { failedLogins: 0, lockedUntil: new Date(nowMs + LOCKOUT_MINUTES * 60_000).toISOString() };
  }
  return { failedLogins: failed, lockedUntil: null };
}
