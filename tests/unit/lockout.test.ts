import { describe, expect, it } from 'vitest';
import { afterFailedLogin, isLocked, MAX_FAILED_LOGINS } from '../../main/domain/lockout';

const t0 = Date.parse('2026-11-23T01:00:00Z');

describe('login lockout', () => {
  it('counts four wrong passwords without locking, and locks on the fifth for exactly 15 minutes', () => {
    let state = { failedLogins: 0, lockedUntil: null as string | null };
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) {
      state = afterFailedLogin(state, t0);
      expect(state).toEqual({ failedLogins: i, lockedUntil: null });
    }
    state = afterFailedLogin(state, t0);
    expect(state).toEqual({ failedLogins: 0, lockedUntil: '2026-11-23T01:15:00.000Z' });
    expect(isLocked(state, '2026-11-23T01:14:59.999Z')).toBe(true);
    expect(isLocked(state, '2026-11-23T01:15:00.000Z')).toBe(false);
  });
});
