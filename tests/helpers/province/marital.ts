/**
 * GET /v1/marital-status. The answer comes from, in order:
 *  1. a status the test configured for that person (the only way to get "unmarried" — see below);
 *  2. if `deriveFromRecords` is on, the person's latest accepted marriage or divorce record here
 *     ("married" / "divorced", with that record listed);
 *  3. otherwise the default, "unknown".
 * "unmarried" is never inferred from the absence of records: a test double that said so by default would
 * hide exactly the hall bug the contract warns about (treating "no answer" as "unmarried").
 */
import type { Registry } from './registry';
import type { RecordKind } from './schema';

export type MaritalStatus = 'unmarried' | 'married' | 'divorced' | 'widowed' | 'unknown';

export interface MaritalRecord {
  readonly kind: string;
  readonly certificateNo: string | null;
  readonly date: string;
  readonly office: string;
}

export interface MaritalEntry {
  readonly status: MaritalStatus;
  readonly records?: readonly MaritalRecord[];
}

const IMPLIES: Partial<Record<RecordKind, MaritalStatus>> = { marriage: 'married', divorce: 'divorced' };

export class MaritalRegister {
  private readonly configured = new Map<string, MaritalEntry>();

  constructor(
    private readonly registry: Registry,
    private readonly options: { deriveFromRecords: boolean; defaultStatus: MaritalStatus },
  ) {}

  set(idType: string, idNumber: string, entry: MaritalEntry): void {
    this.configured.set(`${idType}:${idNumber}`, entry);
  }

  clear(idType: string, idNumber: string): void {
    this.configured.delete(`${idType}:${idNumber}`);
  }

  lookup(idType: string, idNumber: string): { status: MaritalStatus; records: MaritalRecord[] } {
    const entry = this.configured.get(`${idType}:${idNumber}`);
    if (entry) return { status: entry.status, records: [...(entry.records ?? [])] };
    if (this.options.deriveFromRecords) {
      const mine = this.registry
        .latest()
        .filter((a) => IMPLIES[a.record.kind] && a.record.parties.some((p) => p.idType === idType && p.idNumber === idNumber))
        .sort((a, b) => Date.parse(a.record.registeredAt) - Date.parse(b.record.registeredAt));
      const last = mine.at(-1);
      if (last) {
        return {
          status: IMPLIES[last.record.kind]!,
          // registeredAt carries the office's own offset, so its first ten characters are the local date.
          records: mine.map((a) => ({ kind: a.record.kind, certificateNo: a.record.certificateNo, date: a.record.registeredAt.slice(0, 10), office: a.record.office })),
        };
      }
    }
    return { status: this.options.defaultStatus, records: [] };
  }
}
