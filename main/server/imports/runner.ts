import type { Logger } from 'pino';
import type { ImportProgress } from '../../domain/backentry/progress';
import { changeImportJobState, getImportJob, runningImportJobs, type ImportJob } from '../../store/backentry/jobs';
import type { WritableDB } from '../../store/db';
import { ApiError } from '../api-error';
import { officeDate } from '../clock';
import type { EventHub } from '../events';
import { runImport } from './commit';

// Small batches on the host: a window's registration waits at most one of them.
const HOST_BATCH_SIZE = 500;

export interface ImportRunnerOptions {
  readonly db: WritableDB;
  readonly dataDir: string;
  readonly events: EventHub;
  readonly logger: Logger;
  readonly now: () => number;
  /** The office's code as configured when a run starts. */
  readonly officeCode: () => string;
}

interface Who {
  readonly actor: string;
  readonly name: string;
}

interface ActiveRun {
  readonly jobId: number;
  /** Asked to stop after the batch in flight: a pause by a manager, or the host closing. */
  stop: { readonly kind: 'pause'; readonly by: Who } | { readonly kind: 'close' } | null;
  progress: ImportProgress | null;
  done: Promise<void>;
}

/**
 * Runs the host's imports in the background, one at a time, batch by batch, with a progress event
 * after each. A job the host was running when it stopped (or was killed) goes on when it starts.
 */
export class ImportRunner {
  private active: ActiveRun | null = null;
  private closed = false;
  /** Jobs another process went on with (ImportConflictError), or whose run broke: not taken up again by this host. */
  private readonly yielded = new Set<number>();

  constructor(private readonly o: ImportRunnerOptions) {}

  /** Goes on with the jobs left running by the last host. */
  start(): void {
    this.next();
  }

  /** Rows per second and time left of the job this host is running, or null. */
  progress(jobId: number): ImportProgress | null {
    return this.active?.jobId === jobId ? this.active.progress : null;
  }

  /** Refuses a new import while another runs (IMPORT_BUSY): one at a time keeps the windows responsive. */
  requireIdle(jobId?: number): void {
    if (this.active !== null && this.active.jobId !== jobId) throw new ApiError('IMPORT_BUSY');
  }

  /** Starts running a job that is in the running state (new or resumed). */
  launch(jobId: number, by: Who): void {
    if (this.closed || this.active?.jobId === jobId) return;
    this.requireIdle(jobId);
    const run: ActiveRun = { jobId, stop: null, progress: null, done: Promise.resolve() };
    this.active = run;
    run.done = this.run(run, by).finally(() => {
      if (this.active === run) this.active = null;
      this.next();
    });
  }

  /** Pauses after the batch in flight; a job not running here (left running by a kill) is paused at once. */
  async pause(jobId: number, by: Who, at: string): Promise<ImportJob> {
    const run = this.active;
    if (run?.jobId === jobId) {
      run.stop = { kind: 'pause', by };
      await run.done;
      return getImportJob(this.o.db, jobId)!;
    }
    const job = changeImportJobState(this.o.db, jobId, 'pause', { actor: by.actor, at });
    this.publish(job, null);
    return job;
  }

  /** Resumes a paused or failed job from its last committed row. */
  resume(jobId: number, by: Who, at: string): ImportJob {
    this.requireIdle(jobId);
    const job = changeImportJobState(this.o.db, jobId, 'resume', { actor: by.actor, at });
    this.publish(job, null);
    this.launch(jobId, by);
    return job;
  }

  /** Stops after the batch in flight; the job stays running, so the next start goes on with it. */
  async stop(): Promise<void> {
    this.closed = true;
    const run = this.active;
    if (run === null) return;
    run.stop = { kind: 'close' };
    await run.done;
  }

  private next(): void {
    if (this.closed || this.active !== null) return;
    const waiting = runningImportJobs(this.o.db).find((j) => !this.yielded.has(j.id));
    if (waiting) this.launch(waiting.id, { actor: waiting.createdBy, name: waiting.createdBy });
  }

  private async run(run: ActiveRun, by: Who): Promise<void> {
    const { db } = this.o;
    try {
      // A paper naming its office in words takes the hall's code: without one, the job waits for a manager.
      if (!/^\d{9}$/.test(this.o.officeCode())) {
        const at = new Date(this.o.now()).toISOString();
        this.publish(changeImportJobState(db, run.jobId, 'fail', { actor: by.actor, at }, '尚未设置登记机关代码：设置后再继续导入'), null);
        return;
      }
      const result = await runImport({
        db, jobId: run.jobId, dataDir: this.o.dataDir, officeCode: this.o.officeCode(), by, today: officeDate(this.o.now()), now: this.o.now,
        batchSize: HOST_BATCH_SIZE,
        shouldStop: () => run.stop !== null,
        onBatch: (job, progress) => {
          run.progress = progress;
          this.publish(job, progress);
        },
      });
      let job = result.job;
      const stop = run.stop;
      if (result.stopped && stop === null) this.yielded.add(run.jobId);
      if (result.stopped && stop?.kind === 'pause') job = changeImportJobState(db, run.jobId, 'pause', { actor: stop.by.actor, at: new Date(this.o.now()).toISOString() });
      if (job.state !== 'running') this.publish(job, null);
      if (job.state === 'failed') this.o.logger.warn({ jobId: job.id, error: job.error }, 'import failed');
    } catch (err) {
      // Not taken up again by this host: a restart (or a manager's resume) tries it afresh.
      this.yielded.add(run.jobId);
      this.o.logger.error({ err, jobId: run.jobId }, 'import run failed');
    }
  }

  private publish(job: ImportJob, progress: ImportProgress | null): void {
    this.o.events.publish({
      type: 'imports.progress', jobId: job.id, state: job.state, rowsDone: job.rowsDone, rowsTotal: job.rowsTotal,
      rowsPerSecond: progress?.rowsPerSecond ?? null, secondsLeft: progress?.secondsLeft ?? null,
      inserted: job.inserted, skipped: job.skipped, refused: job.refused,
    });
  }
}
