import fs from 'node:fs';
import path from 'node:path';
import { officeKey } from '../exchange/signing';
import type { HallConfig } from '../server/config';
import { DB_FILE } from '../server/host';
import { verifyCertificateCode } from '../server/printing/verify';
import { openDatabase } from '../store/db';
import { flags, UsageError } from './args';

const STANDING_EXIT: Record<string, number> = { stands: 0, dissolved: 0, replaced: 3, revoked: 3, unknown: 4, mismatch: 1, invalid: 1 };

/**
 * `hall verify CODE [--public-key 04…]`: checks a certificate's QR text offline with the office's public key (from
 * the flag, else derived from this office's key) and, where this data folder holds the records, whether it still stands.
 */
export function verify(config: HallConfig, argv: string[], out: (line: string) => void): number {
  const { positionals, values } = flags(argv, { 'public-key': { type: 'string' } });
  const code = positionals[0];
  if (!code) throw new UsageError('用法：hall verify 二维码内容 [--public-key 04…]');
  const key = values['public-key'] ?? (config.provinceKey ? officeKey(config.provinceKey).publicKey : null);
  const file = path.join(config.dataDir, DB_FILE);
  const db = fs.existsSync(file) ? openDatabase(file, { readonly: true }) : null;
  try {
    const r = verifyCertificateCode(db, typeof key === 'string' ? key : null, code);
    out(r.message);
    if (r.certificateNumber) out(`证书编号 ${r.certificateNumber}  登记日期 ${r.registrationDate}  持证人证件号 ${r.holderIdMasked}  登记机关 ${r.officeCode}`);
    out(JSON.stringify(r));
    return STANDING_EXIT[r.standing] ?? 1;
  } finally {
    db?.close();
  }
}
