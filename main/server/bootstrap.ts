import { addUser, countAdmins } from '../store/users';
import { randomPassword } from '../store/passwords';
import type { WritableDB } from '../store/db';

export interface FirstAdmin {
  readonly username: string;
  /** Set only when the password was generated here: print it once, it is not kept anywhere. */
  readonly generatedPassword: string | null;
}

/**
 * On first start of a database without an administrator (empty, or only users added by `hall user add`),
 * creates `admin` with HALL_ADMIN_PASSWORD or a random password.
 */
export async function ensureFirstAdmin(db: WritableDB, configuredPassword: string | undefined, at: string): Promise<FirstAdmin | null> {
  if (countAdmins(db) > 0) return null;
  const password = configuredPassword ?? randomPassword();
  await addUser(db, { username: 'admin', displayName: '系统管理员', role: 'admin', password }, { actor: 'system', at });
  return { username: 'admin', generatedPassword: configuredPassword ? null : password };
}
