/**
 * The province's register of uploaded records and the batch semantics of the contract:
 * accepted, duplicate (the first receipt), E_REVISION_CONFLICT, E_REVISION_GAP, and refusals on merits.
 * Everything here is synchronous, so one batch is applied atomically with respect to any other request.
 */
import { canonicalJson } from './canonical';
import { checkRecord, type CheckedRecord } from './schema';

export interface BatchResult {
  readonly recordId: string | null;
  readonly revision: number | null;
  readonly status: 'accepted' | 'duplicate' | 'rejected';
  readonly receipt?: string;
  readonly code?: string;
  readonly message?: string;
}

export interface AcceptedRecord {
  readonly recordId: string;
  readonly revision: number;
  readonly receipt: string;
  /** Position in the province's order of acceptance, from 1. */
  readonly seq: number;
  readonly acceptedAt: number;
  readonly office: string;
  readonly record: CheckedRecord;
}

/** How often one recordId+revision came in, by outcome; `applied` is the count the soak wants to be exactly 1. */
export interface Submissions {
  applied: number;
  duplicates: number;
  conflicts: number;
  gaps: number;
  refused: number;
}

/** A refusal on merits: return {code, message} to reject, null to let the record through. */
export type MeritJudge = (record: CheckedRecord, registry: Registry) => { code: string; message: string } | null;

const key = (recordId: string, revision: number) => `${recordId}#${revision}`;

export class Registry {
  private readonly accepted = new Map<string, AcceptedRecord & { canonical: string }>();
  private readonly order: AcceptedRecord[] = [];
  private readonly counts = new Map<string, Submissions>();
  private readonly refusals = new Map<string, { code: string; message: string; revision?: number }>();
  private readonly certificates = new Map<string, string>();

  constructor(
    private readonly options: { uniqueCertificates: boolean; judge?: MeritJudge },
    private readonly now: () => number,
  ) {}

  /** Makes every revision of recordId (or only `revision`) be refused on merits until allowed again. */
  refuse(recordId: string, code = 'E_ALREADY_MARRIED', opts: { message?: string; revision?: number } = {}): void {
    this.refusals.set(recordId, { code, message: opts.message ?? `refused on merits (${code})`, revision: opts.revision });
  }

  allow(recordId: string): void {
    this.refusals.delete(recordId);
  }

  /** Applies one batch's records in order: a later revision in the same batch sees the earlier one accepted. */
  applyBatch(records: readonly unknown[], office: string): BatchResult[] {
    return records.map((r) => this.applyOne(r, office));
  }

  acceptedInOrder(): readonly AcceptedRecord[] {
    return this.order;
  }

  get(recordId: string, revision: number): AcceptedRecord | undefined {
    return this.accepted.get(key(recordId, revision));
  }

  submissions(recordId: string, revision: number): Submissions {
    return { ...(this.counts.get(key(recordId, revision)) ?? { applied: 0, duplicates: 0, conflicts: 0, gaps: 0, refused: 0 }) };
  }

  /** The highest accepted revision of each record (what the province regards as current). */
  latest(): AcceptedRecord[] {
    const byId = new Map<string, AcceptedRecord>();
    for (const a of this.order) if ((byId.get(a.recordId)?.revision ?? 0) < a.revision) byId.set(a.recordId, a);
    return [...byId.values()];
  }

  private count(k: string, field: keyof Submissions): void {
    const c = this.counts.get(k) ?? { applied: 0, duplicates: 0, conflicts: 0, gaps: 0, refused: 0 };
    c[field] += 1;
    this.counts.set(k, c);
  }

  private applyOne(value: unknown, office: string): BatchResult {
    const checked = checkRecord(value);
    if (!checked.ok) {
      const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
      return {
        recordId: typeof v.recordId === 'string' ? v.recordId : null,
        revision: typeof v.revision === 'number' ? v.revision : null,
        status: 'rejected', code: 'E_SCHEMA', message: checked.message,
      };
    }
    const rec = checked.record;
    const k = key(rec.recordId, rec.revision);
    const ids = { recordId: rec.recordId, revision: rec.revision };
    const canonical = canonicalJson(rec.raw);
    const previous = this.accepted.get(k);
    if (previous) {
      if (previous.canonical === canonical) {
        this.count(k, 'duplicates');
        return { ...ids, status: 'duplicate', receipt: previous.receipt };
      }
      this.count(k, 'conflicts');
      return { ...ids, status: 'rejected', code: 'E_REVISION_CONFLICT', message: `revision ${rec.revision} was accepted with different content (receipt ${previous.receipt})` };
    }
    if (rec.revision > 1 && !this.accepted.has(key(rec.recordId, rec.revision - 1))) {
      this.count(k, 'gaps');
      return { ...ids, status: 'rejected', code: 'E_REVISION_GAP', message: `revision ${rec.revision - 1} was never accepted` };
    }
    const refusal = this.meritRefusal(rec);
    if (refusal) {
      this.count(k, 'refused');
      return { ...ids, status: 'rejected', ...refusal };
    }
    const seq = this.order.length + 1;
    const receipt = `RCPT-${office}-${String(seq).padStart(8, '0')}`;
    const entry = { ...ids, receipt, seq, acceptedAt: this.now(), office, record: rec, canonical };
    this.accepted.set(k, entry);
    this.order.push({ ...ids, receipt, seq, acceptedAt: entry.acceptedAt, office, record: rec });
    if (rec.certificateNo !== null) this.certificates.set(rec.certificateNo, rec.recordId);
    this.count(k, 'applied');
    return { ...ids, status: 'accepted', receipt };
  }

  private meritRefusal(rec: CheckedRecord): { code: string; message: string } | null {
    const configured = this.refusals.get(rec.recordId);
    if (configured && (configured.revision === undefined || configured.revision === rec.revision)) {
      return { code: configured.code, message: configured.message };
    }
    if (this.options.uniqueCertificates && rec.certificateNo !== null) {
      const holder = this.certificates.get(rec.certificateNo);
      if (holder !== undefined && holder !== rec.recordId) {
        return { code: 'E_CERTIFICATE_TAKEN', message: `certificate ${rec.certificateNo} is held by record ${holder}` };
      }
    }
    return this.options.judge?.(rec, this) ?? null;
  }
}
