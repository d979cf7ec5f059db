import type { WritableDB } from '../store/db';
import { nextBatch, recordAttemptFailure, recordDeliveries, type DeliveryResult, type OutboxRow } from '../store/outbox';
import { errorCodeOf, provinceRequest, ProvinceUnreachable, type ProvinceConfig } from './client';

export const BATCH_SIZE = 100;
const IDLE_POLL_MS = 2_000;
/** The longest wait between attempts, as a multiple of the first (1 s → 5 minutes). */
const MAX_BACKOFF_FACTOR = 300;

export interface UploadStatus {
  /** 'stopped': the province refused our signature (401); nothing is sent until the configuration changes. */
  readonly state: 'idle' | 'sending' | 'retrying' | 'stopped';
  readonly lastError: { readonly code: string; readonly message: string; readonly at: string } | null;
  readonly nextAttemptAt: string | null;
}

export interface WorkerOptions {
  readonly now?: () => number;
  /** 0..1; the backoff's jitter (tests pin it). */
  readonly random?: () => number;
  readonly onChange?: (status: UploadStatus) => void;
  /** The first retry's wait; each failure in a row doubles it (HALL_UPLOAD_RETRY_MS, 1 s by default). */
  readonly firstBackoffMs?: number;
}

type Result = { recordId?: unknown; revision?: unknown; status?: unknown; receipt?: unknown; code?: unknown; message?: unknown };

/** The province's results, one per record in order; anything that does not line up is treated as no answer. */
function deliveries(batch: readonly OutboxRow[], json: unknown): DeliveryResult[] | null {
  const results = (json as { results?: unknown } | null)?.results;
  if (!Array.isArray(results) || results.length !== batch.length) return null;
  const out: DeliveryResult[] = [];
  for (const [i, r] of (results as Result[]).entries()) {
    const row = batch[i]!;
    if (r.recordId !== row.recordId || r.revision !== row.revision) return null;
    if ((r.status === 'accepted' || r.status === 'duplicate') && typeof r.receipt === 'string') out.push({ id: row.id, status: r.status, receipt: r.receipt });
    else if (r.status === 'rejected') out.push({ id: row.id, status: 'rejected', code: String(r.code ?? 'E_UNKNOWN'), message: String(r.message ?? '') });
    else return null;
  }
  return out;
}

/**
 * Uploads the outbox to the province, oldest first, in batches, each revision after its predecessor.
 * A row is marked delivered only in the transaction that stores the province's answer, so a crash at
 * any moment leaves it pending and it is sent again; the province answers `duplicate` to a resend.
 */
export class OutboxWorker {
  private status: UploadStatus = { state: 'idle', lastError: null, nextAttemptAt: null };
  private running = false;
  private loopDone: Promise<void> = Promise.resolve();
  private wakeUp: (() => void) | null = null;
  private failures = 0;

  constructor(
    private readonly db: WritableDB,
    private readonly cfg: ProvinceConfig,
    private readonly opts: WorkerOptions = {},
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loopDone = this.loop();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loopDone;
  }

  /** A new registration was queued: no need to wait for the next poll. */
  wake(): void {
    this.wakeUp?.();
  }

  current(): UploadStatus {
    return this.status;
  }

  private now(): number {
    return (this.opts.now ?? Date.now)();
  }

  private set(next: Partial<UploadStatus>): void {
    this.status = { ...this.status, ...next };
    this.opts.onChange?.(this.status);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = done;
    });
  }

  /** Exponential backoff with jitter, so that a hall's hosts do not all come back at the same second. */
  private backoffMs(): number {
    const first = this.opts.firstBackoffMs ?? 1_000;
    const ceiling = Math.min(first * MAX_BACKOFF_FACTOR, first * 2 ** Math.min(this.failures, 20));
    return Math.round(ceiling * (0.5 + (this.opts.random ?? Math.random)() / 2));
  }

  private async fail(batch: readonly OutboxRow[], code: string, message: string, waitMs: number): Promise<void> {
    this.failures += 1;
    recordAttemptFailure(this.db, batch.map((r) => r.id), code, message);
    this.set({ state: 'retrying', lastError: { code, message, at: new Date(this.now()).toISOString() }, nextAttemptAt: new Date(this.now() + waitMs).toISOString() });
    await this.sleep(waitMs);
  }

  private async loop(): Promise<void> {
    while (this.running) {
      if (this.status.state === 'stopped') {
        await this.sleep(IDLE_POLL_MS);
        continue;
      }
      const batch = nextBatch(this.db, BATCH_SIZE);
      if (batch.length === 0) {
        if (this.status.state !== 'idle') this.set({ state: 'idle', nextAttemptAt: null });
        await this.sleep(IDLE_POLL_MS);
        continue;
      }
      if (this.status.state !== 'sending') this.set({ state: 'sending', nextAttemptAt: null });
      let answer;
      try {
        answer = await provinceRequest(this.cfg, 'POST', '/v1/registrations/batch', { records: batch.map((r) => JSON.parse(r.payload) as unknown) });
      } catch (err) {
        if (!(err instanceof ProvinceUnreachable)) throw err;
        await this.fail(batch, 'E_NETWORK', err.message, this.backoffMs());
        continue;
      }
      const code = errorCodeOf(answer) ?? `HTTP_${answer.status}`;
      if (answer.status === 401) {
        // Retrying with the same key or clock cannot succeed: stop and tell the manager.
        recordAttemptFailure(this.db, batch.map((r) => r.id), code, '省级平台拒绝了本机关的签名');
        this.set({ state: 'stopped', lastError: { code, message: '省级平台拒绝了本机关的签名，上传已停止，待配置更正后恢复', at: new Date(this.now()).toISOString() }, nextAttemptAt: null });
        continue;
      }
      if (answer.status === 429 || answer.status === 503) {
        const wait = answer.retryAfterSeconds !== null ? answer.retryAfterSeconds * 1000 : this.backoffMs();
        await this.fail(batch, code, `省级平台繁忙（${answer.status}）`, wait);
        continue;
      }
      const results = answer.status === 200 ? deliveries(batch, answer.json) : null;
      if (!results) {
        await this.fail(batch, code, `省级平台答复无法处理（${answer.status}）`, this.backoffMs());
        continue;
      }
      recordDeliveries(this.db, results, new Date(this.now()).toISOString());
      this.failures = 0;
      this.opts.onChange?.(this.status);
    }
  }
}
