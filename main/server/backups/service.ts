import type { Logger } from 'pino';
import { DEFAULT_BACKUP_SETTINGS, type BackupProgress, type BackupSettings } from '../../contract/backups';
import { backupConfigured, backupDue, type BackupAttemptFacts, type BackupTrigger } from '../../domain/backup-schedule';
import { lastBackupRun, type BackupRun } from '../../store/backup-runs';
import type { WritableDB } from '../../store/db';
import { getJsonSetting } from '../../store/settings';
import type { EventHub } from '../events';
import { pruneBackups } from './prune';
import { runBackup } from './run-backup';

export const BACKUP_SETTINGS_KEY = 'backup';
/** How often the host looks at the clock for the day's backup (a timer to 02:00 would miss a PC that slept through it). */
const LOOK_EVERY_MS = 60_000;
/** Progress events at most every this many percent of the pages, so a large copy does not flood the sockets. */
const PROGRESS_STEP_PERCENT = 5;

export interface BackupServiceDeps {
  readonly db: WritableDB;
  readonly dataDir: string;
  readonly events: EventHub;
  readonly logger: Logger;
  readonly now: () => number;
  readonly pagesPerStep?: number;
}

function attemptFacts(run: BackupRun | null): BackupAttemptFacts | null {
  return run && { startedMs: Date.parse(run.startedAt), finishedMs: Date.parse(run.finishedAt), ok: run.ok };
}

/**
 * The host's scheduled backups: looks at the clock once a minute (and when asked, as tests do with
 * their own clock), runs one backup at a time, keeps the last N, and tells every screen as it goes.
 */
export class BackupService {
  private lookedMs: number | null = null;
  private running: Promise<void> | null = null;
  private progress: BackupProgress | null = null;
  private lastPercent = -1;
  private timer: ReturnType<typeof setInterval> | undefined;
  private stopping = false;

  constructor(private readonly deps: BackupServiceDeps) {}

  settings(): BackupSettings {
    return getJsonSetting(this.deps.db, BACKUP_SETTINGS_KEY, DEFAULT_BACKUP_SETTINGS);
  }

  current(): BackupProgress | null {
    return this.progress;
  }

  start(): void {
    void this.tick();
    this.timer = setInterval(() => void this.tick(), LOOK_EVERY_MS);
    this.timer.unref();
  }

  /** Abandons a copy in progress (its partial file is removed, nothing is recorded) and waits for it. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.stopping = true;
    await this.idle();
  }

  idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  /** Runs the backup if one is due now; while one runs, waits for it instead. */
  async tick(): Promise<void> {
    if (this.running) return this.running;
    if (this.stopping) return;
    const { db, now } = this.deps;
    const nowMs = now();
    const trigger = backupDue({
      nowMs, lookedMs: this.lookedMs, settings: this.settings(),
      lastGood: attemptFacts(lastBackupRun(db, true)), lastAttempt: attemptFacts(lastBackupRun(db, false)),
    });
    this.lookedMs = nowMs;
    if (trigger) await this.begin(trigger, 'system');
  }

  /** 立即备份: false when one is already running (the caller shows its progress instead). */
  runNow(actor: string): boolean {
    if (this.running || this.stopping) return false;
    void this.begin('manual', actor);
    return true;
  }

  /** New settings are looked at as at start-up: a first folder, or a fixed one, gets its backup now. */
  settingsChanged(): void {
    this.lookedMs = null;
    void this.tick();
  }

  private begin(trigger: BackupTrigger, actor: string): Promise<void> {
    const { db, dataDir, now, events, logger } = this.deps;
    const settings = this.settings();
    if (!backupConfigured({ ...settings, enabled: true })) return Promise.resolve();
    this.progress = { trigger, startedAt: new Date(now()).toISOString(), phase: 'database', done: 0, total: 0 };
    this.lastPercent = -1;
    events.publish({ type: 'backups.changed' });
    this.running = (async () => {
      try {
        const run = await runBackup({
          db, dataDir, now, settings, trigger, actor, pagesPerStep: this.deps.pagesPerStep,
          onProgress: (phase, done, total) => this.moved(phase, done, total),
          shouldStop: () => this.stopping,
        });
        if (run.ok) {
          logger.info({ file: run.fileName, folder: run.folder, size: run.size, trigger }, 'backup made');
          this.moved('pruning', 0, 0);
          const pruned = await pruneBackups(db, settings.keep, { actor: 'system', at: new Date(now()).toISOString() });
          if (pruned.deleted.length || pruned.skipped.length) logger.info(pruned, 'old backups pruned');
        } else {
          logger.warn({ folder: run.folder, failure: run.failure, message: run.message, trigger }, 'backup failed');
        }
      } catch (err) {
        if (!this.stopping) logger.error({ err }, 'backup could not be recorded');
      } finally {
        this.running = null;
        this.progress = null;
        if (!this.stopping) events.publish({ type: 'backups.changed' });
      }
    })();
    return this.running;
  }

  private moved(phase: BackupProgress['phase'], done: number, total: number): void {
    if (!this.progress) return;
    const phaseChanged = phase !== this.progress.phase;
    this.progress = { ...this.progress, phase, done, total };
    const percent = total > 0 ? Math.floor((done / total) * 100) : 0;
    if (phaseChanged || percent >= this.lastPercent + PROGRESS_STEP_PERCENT) {
      this.lastPercent = percent;
      this.deps.events.publish({ type: 'backups.changed' });
    }
  }
}
