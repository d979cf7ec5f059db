/**
 * An import job's life. A dry run writes nothing, so a job starts running; a kill leaves it
 * running, and whoever opens it next goes on from its last committed row. Done is final: the
 * same file again finds the finished job and adds nothing.
 */
export const IMPORT_JOB_STATES = ['running', 'paused', 'done', 'failed'] as const;
export type ImportJobState = (typeof IMPORT_JOB_STATES)[number];

export type ImportJobAction = 'pause' | 'resume' | 'finish' | 'fail';

const NEXT: Readonly<Record<ImportJobState, Partial<Record<ImportJobAction, ImportJobState>>>> = {
  running: { pause: 'paused', finish: 'done', fail: 'failed' },
  paused: { resume: 'running', fail: 'failed' },
  // A failed import (its file gone, the disk full) is resumed once the cause is put right.
  failed: { resume: 'running' },
  done: {},
};

/** The state an action leads to, or null when the job's state does not allow it. */
export function nextJobState(state: ImportJobState, action: ImportJobAction): ImportJobState | null {
  return NEXT[state][action] ?? null;
}

export const IMPORT_JOB_STATE_LABELS: Readonly<Record<ImportJobState, string>> = {
  running: '导入中',
  paused: '已暂停',
  done: '已完成',
  failed: '失败',
};
