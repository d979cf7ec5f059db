import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CertificatePrefix } from '../../main/domain/certificate';
import { openDatabase } from '../../main/store/db';
import { takeCertificateNumber } from '../../main/store/certificates';
import { tempDataDir } from '../helpers/host';

describe('certificate serials', () => {
  it('are unique and gapless per counter under any interleaving of registrations on several connections, rolled-back ones included', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            connection: fc.integer({ min: 0, max: 2 }),
            prefix: fc.constantFrom<CertificatePrefix>('J', 'L', 'BJ', 'BL'),
            year: fc.constantFrom(2025, 2026),
            commits: fc.boolean(),
          }),
          { minLength: 1, maxLength: 60 },
        ),
        (ops) => {
          const file = path.join(tempDataDir('hall-serial-'), 'hall.sqlite');
          const dbs = [0, 1, 2].map(() => openDatabase(file));
          const used: string[] = [];
          for (const op of ops) {
            const db = dbs[op.connection]!;
            try {
              db.transaction(() => {
                const n = takeCertificateNumber(db, op.prefix, '110101', op.year);
                if (!op.commits) throw new Error('registration failed after the number was taken');
                used.push(n);
              }).immediate();
            } catch (err) {
              if (op.commits) throw err;
            }
          }
          dbs.forEach((d) => d.close());
          expect(new Set(used).size).toBe(used.length);
          const byCounter = new Map<string, number[]>();
          for (const n of used) {
            const key = n.slice(0, n.length - 7);
            byCounter.set(key, [...(byCounter.get(key) ?? []), Number(n.slice(-6))]);
          }
          for (const serials of byCounter.values()) expect(serials).toEqual(serials.map((_, i) => i + 1));
        },
      ),
      { numRuns: 60 },
    );
  });
});
