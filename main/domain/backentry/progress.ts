/** An import's progress as the screen and the CLI show it: rows done, rows per second, time left. */
export interface ImportProgress {
  readonly rowsDone: number;
  readonly rowsTotal: number;
  /** Over this run only (a resumed import's earlier rows took no time of it); 0 before any time passed. */
  readonly rowsPerSecond: number;
  /** At this run's rate; null while there is no rate to go by. */
  readonly secondsLeft: number | null;
}

/**
 * The figures after `elapsedMs` of a run that started with `rowsAtStart` rows already done.
 * Time is a parameter: the domain reads no clock.
 */
export function importProgress(rowsDone: number, rowsTotal: number, rowsAtStart: number, elapsedMs: number): ImportProgress {
  const ranRows = Math.max(0, rowsDone - rowsAtStart);
  const rowsPerSecond = elapsedMs > 0 ? (ranRows * 1000) / elapsedMs : 0;
  const left = Math.max(0, rowsTotal - rowsDone);
  const secondsLeft = left === 0 ? 0 : rowsPerSecond > 0 ? left / rowsPerSecond : null;
  return { rowsDone, rowsTotal, rowsPerSecond: Math.round(rowsPerSecond), secondsLeft: secondsLeft === null ? null : Math.ceil(secondsLeft) };
}

/** 「已处理 12,000 / 100,000 行，8,532 行/秒，预计还需 11 秒」 */
export function progressText(p: ImportProgress): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const left = p.secondsLeft === null ? '剩余时间计算中' : `预计还需 ${durationText(p.secondsLeft)}`;
  return `已处理 ${n(p.rowsDone)} / ${n(p.rowsTotal)} 行，${n(p.rowsPerSecond)} 行/秒，${left}`;
}

export function durationText(seconds: number): string {
  if (seconds < 60) return `${seconds} 秒`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} 分 ${seconds % 60} 秒`;
  return `${Math.floor(minutes / 60)} 小时 ${minutes % 60} 分`;
}
