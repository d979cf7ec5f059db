import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { durationText, importProgress, progressText } from '../../../../main/domain/backentry/progress';

describe('import progress', () => {
  it('counts the rate over this run only: a resumed import’s earlier rows took none of its time', () => {
    // 40,000 rows were done before the resume; 10,000 more in 2 seconds.
    expect(importProgress(50_000, 100_000, 40_000, 2_000)).toEqual({ rowsDone: 50_000, rowsTotal: 100_000, rowsPerSecond: 5_000, secondsLeft: 10 });
  });

  it('has no time left to tell before any row or time has passed, and none left at the end', () => {
    expect(importProgress(0, 100, 0, 0)).toMatchObject({ rowsPerSecond: 0, secondsLeft: null });
    expect(importProgress(0, 100, 0, 5_000)).toMatchObject({ rowsPerSecond: 0, secondsLeft: null });
    expect(importProgress(100, 100, 0, 0)).toMatchObject({ secondsLeft: 0 });
  });

  it('rounds the time left up: 1 row left at 3 rows a second is 1 second, not 0', () => {
    expect(importProgress(9, 10, 0, 3_000).secondsLeft).toBe(1);
  });

  it('says it in Chinese with thousands separators', () => {
    expect(progressText(importProgress(12_000, 100_000, 0, 2_000))).toBe('已处理 12,000 / 100,000 行，6,000 行/秒，预计还需 15 秒');
    expect(durationText(59)).toBe('59 秒');
    expect(durationText(61)).toBe('1 分 1 秒');
    expect(durationText(3_600 + 120)).toBe('1 小时 2 分');
  });

  it('never promises a negative time, and the time left shrinks as rows get done at one rate (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 10_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (total, rate, share) => {
        const done = Math.floor(total * share);
        const elapsed = Math.max(1, Math.round((done / rate) * 1000));
        const p = importProgress(done, total, 0, elapsed);
        const later = importProgress(Math.min(total, done + rate), total, 0, elapsed + 1000);
        if (p.secondsLeft !== null) expect(p.secondsLeft).toBeGreaterThanOrEqual(0);
        if (p.secondsLeft !== null && later.secondsLeft !== null && p.rowsPerSecond > 0) expect(later.secondsLeft).toBeLessThanOrEqual(p.secondsLeft + 1);
      }),
    );
  });
});
