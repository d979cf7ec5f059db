import type { Handlers } from '../handlers';
import { addUser, listUsers, resetPassword, updateUser } from '../../store/users';

export const userHandlers: Pick<Handlers, 'listUsers' | 'addUser' | 'updateUser' | 'resetPassword'> = {
  listUsers(ctx) {
    return { users: listUsers(ctx.db) };
  },
  async addUser(ctx, { body, user, at }) {
    const created = await addUser(ctx.db, body, { actor: user.username, at });
    ctx.events.publish({ type: 'users.changed', userId: created.id });
    return created;
  },
  updateUser(ctx, { params, body, user, at }) {
    const updated = updateUser(ctx.db, params.id, body, { actor: user.username, at, userId: user.id });
    ctx.events.publish({ type: 'users.changed', userId: updated.id });
    return updated;
  },
  async resetPassword(ctx, { params, body, user, at }) {
    const updated = await resetPassword(ctx.db, params.id, body.password, { actor: user.username, at });
    ctx.events.publish({ type: 'users.changed', userId: updated.id });
    return updated;
  },
};
