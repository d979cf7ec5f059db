import { z } from 'zod';
import { Password, RoleSchema } from './users';

export const Login = z.strictObject({
  username: z.string().trim().min(1),
  password: z.string().min(1),
});
export type Login = z.infer<typeof Login>;

export const SessionUser = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
});
export type SessionUser = z.infer<typeof SessionUser>;

export const SessionToken = z.object({
  token: z.string(),
  expiresAt: z.string(),
  user: SessionUser,
});
export type SessionToken = z.infer<typeof SessionToken>;

export const Ok = z.object({ ok: z.literal(true) });

/** A user changes their own password: the current one proves it is them at this screen. */
export const PasswordChange = z.strictObject({
  currentPassword: z.string().min(1),
  newPassword: Password,
});
