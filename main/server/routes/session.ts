import type { Handlers } from '../handlers';
import { login, logout, tokenHash } from '../../store/sessions';
import { changeOwnPassword } from '../../store/users';
import { ApiError } from '../api-error';

export const sessionHandlers: Pick<Handlers, 'login' | 'whoami' | 'logout' | 'changePassword'> = {
  async login(ctx, { body, nowMs }) {
    const result = await login(ctx.db, body.username, body.password, nowMs);
    if (result.ok) return result.session;
    const until = result.lockedUntil ? `解锁时间 ${new Date(result.lockedUntil).toLocaleTimeString('zh-CN', { hour12: false })}` : undefined;
    throw new ApiError(result.code, undefined, until);
  },
  async changePassword(ctx, { body, user, token, at }) {
    await changeOwnPassword(ctx.db, user.id, body.currentPassword, body.newPassword, tokenHash(token), { actor: user.username, at });
    return { ok: true as const };
  },
  whoami(_ctx, { user }) {
    return user;
  },
  logout(ctx, { user, token, at }) {
    logout(ctx.db, token, user, at);
    return { ok: true as const };
  },
};
