import type { Role } from '../domain/roles';
import type { WritableDB } from '../store/db';
import { getOfficeSettings, putOfficeSettings } from '../store/settings';
import { addUser, findUserByName } from '../store/users';

/** The demo's users; their passwords are printed at every demo start, since the demo holds nothing real. */
export const DEMO_USERS: readonly { username: string; displayName: string; role: Role; password: string }[] = [
  { username: 'admin', displayName: '演示管理员', role: 'admin', password: 'admin-demo' },
  { username: 'manager', displayName: '演示主管 王芳', role: 'manager', password: 'manager-demo' },
  { username: 'registrar', displayName: '演示登记员 李明', role: 'registrar', password: 'registrar-demo' },
];

export const DEMO_OFFICE = { officeName: '演示市民政局婚姻登记处', officeCode: '110101001', foreignRelated: false } as const;

/** Seeds the demo office and one user of each role; run only with --demo, on the demo data folder. */
export async function seedDemo(db: WritableDB, at: string): Promise<void> {
  const by = { actor: 'demo', at };
  if (!getOfficeSettings(db).officeName) putOfficeSettings(db, DEMO_OFFICE, by);
  for (const u of DEMO_USERS) if (!findUserByName(db, u.username)) await addUser(db, u, by);
}
