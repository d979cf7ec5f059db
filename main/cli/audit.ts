import path from 'node:path';
import { openDatabase } from '../store/db';
import { verifyAudit } from '../store/audit';
import type { HallConfig } from '../server/config';
import { DB_FILE } from '../server/host';
import { UsageError } from './args';

/** `hall audit verify`: exit 1 and name the first bad row when the chain was tampered with. */
export function audit(config: HallConfig, argv: string[], out: (line: string) => void): number {
  if (argv[0] !== 'verify') throw new UsageError('用法：hall audit verify');
  const db = openDatabase(path.join(config.dataDir, DB_FILE), { readonly: true });
  try {
    const verdict = verifyAudit(db);
    if (verdict.ok) {
      out(`审计链完整：共 ${verdict.rows} 条记录 / audit chain ok (${verdict.rows} rows)`);
      return 0;
    }
    out(`审计链被篡改：第 ${verdict.badSeq} 条记录：${verdict.reason} / audit chain broken at row ${verdict.badSeq}`);
    return 1;
  } finally {
    db.close();
  }
}
