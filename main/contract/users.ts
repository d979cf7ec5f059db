import { z } from 'zod';
import { ROLES } from '../domain/roles';

export const RoleSchema = z.enum(ROLES);

export const Username = z
  .string()
  .trim()
  .min(2)
  .max(32)
  .regex(/^[A-Za-z0-9_.-]+$/, '只能包含字母、数字、下划线、点和连字符');
export const Password = z.string().min(8).max(128);
export const DisplayName = z.string().trim().min(1).max(40);

export const User = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
});
export type User = z.infer<typeof User>;

export const UserList = z.object({ users: z.array(User) });

export const NewUser = z.strictObject({
  username: Username,
  displayName: DisplayName,
  role: RoleSchema,
  password: Password,
});
export type NewUser = z.infer<typeof NewUser>;

export const UserPatch = z.strictObject({
  displayName: DisplayName.optional(),
  role: RoleSchema.optional(),
  disabled: z.boolean().optional(),
});
export type UserPatch = z.infer<typeof UserPatch>;

export const PasswordReset = z.strictObject({ password: Password });

export const UserIdParams = z.object({ id: z.coerce.number().int().positive() });
