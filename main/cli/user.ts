import path from 'node:path';
import { NewUser } from '../contract/users';
import { ROLE_LABELS } from '../domain/roles';
import { openDatabase } from '../store/db';
import { StoreError } from '../store/errors';
import { addUser, listUsers } from '../store/users';
import { API_ERRORS, violationsFromIssues } from '../contract/errors';
import type { HallConfig } from '../server/config';
import { DB_FILE } from '../server/host';
import { flags, UsageError } from './args';

/** `hall user add --role R --name N --password P [--display-name D]` and `hall user list`. */
export async function user(config: HallConfig, argv: string[], out: (line: string) => void): Promise<number> {
  const [sub, ...rest] = argv;
  const db = openDatabase(path.join(config.dataDir, DB_FILE));
  try {
    if (sub === 'list') {
      for (const u of listUsers(db)) out(`${String(u.id).padStart(4)}  ${u.username.padEnd(16)} ${ROLE_LABELS[u.role].padEnd(6)} ${u.displayName}${u.disabled ? '  [已停用]' : ''}`);
      return 0;
    }
    if (sub !== 'add') throw new UsageError('用法：hall user add --role registrar|manager|admin --name 用户名 --password 密码 [--display-name 姓名] | hall user list');
    const { values } = flags(rest, {
      role: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      'display-name': { type: 'string' },
    });
    const input = NewUser.safeParse({ username: values.name, displayName: values['display-name'] ?? values.name, role: values.role, password: values.password });
    if (!input.success) {
      for (const v of violationsFromIssues(input.error.issues)) out(`错误 ${v.code} ${v.field}: ${v.message}`);
      return 2;
    }
    try {
      const created = await addUser(db, input.data, { actor: 'cli', at: new Date().toISOString() });
      out(`已添加用户 ${created.username}（${ROLE_LABELS[created.role]}），编号 ${created.id}`);
      return 0;
    } catch (err) {
      if (err instanceof StoreError) {
        out(`错误 ${err.code}: ${API_ERRORS[err.code].message}`);
        return 1;
      }
      throw err;
    }
  } finally {
    db.close();
  }
}
