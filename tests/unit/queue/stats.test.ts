import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentile, summarize } from '../../../main/domain/queue/stats';

describe('summarize (waiting and service times)', () => {
  it('gives nulls and a zero count for no values', () => {
    expect(summarize([])).toEqual({ count: 0, mean: null, median: null, p90: null });
  });

  it('gives the value itself for one value', () => {
    expect(summarize([7])).toEqual({ count: 1, mean: 7, median: 7, p90: 7 });
  });

  it('takes the middle value for an odd count, whatever the input order', () => {
    expect(summarize([3, 1, 2])).toEqual({ count: 3, mean: 2, median: 2, p90: 3 });
  });

  it('takes the lower middle for an even count (nearest rank, no interpolation)', () => {
    expect(summarize([4, 1, 3, 10])).toEqual({ count: 4, mean: 4.5, median: 3, p90: 10 });
  });

  it('p90 of 1..10 is 9, of 1..11 is 10, of 1..20 is 18', () => {
    const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    expect(summarize(upTo(10))).toMatchObject({ median: 5, p90: 9, mean: 5.5 });
    expect(summarize(upTo(11))).toMatchObject({ median: 6, p90: 10, mean: 6 });
    expect(summarize(upTo(20))).toMatchObject({ median: 10, p90: 18 });
  });

  it('does not reorder the caller’s array', () => {
    const values = [5, 1, 4];
    summarize(values);
    expect(values).toEqual([5, 1, 4]);
  });

  it('percentile: the first value at 0, the last at 100, null when empty', () => {
    expect(percentile([2, 4, 6], 0)).toBe(2);
    expect(percentile([2, 4, 6], 100)).toBe(6);
    expect(percentile([], 50)).toBeNull();
  });

  it('the nearest-rank percentile is the smallest value with at least p% of the values at or below it', () => {
    const values = fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(values, fc.integer({ min: 1, max: 100 }), (vs, p) => {
        const sorted = [...vs].sort((a, b) => a - b);
        const share = (x: number) => sorted.filter((v) => v <= x).length / sorted.length;
        const got = percentile(sorted, p)!;
        expect(sorted).toContain(got);
        expect(share(got) * 100).toBeGreaterThanOrEqual(p - 1e-9);
        for (const v of sorted) if (v < got) expect(share(v) * 100).toBeLessThan(p);
        const s = summarize(vs);
        expect(s.median! <= s.p90! && sorted[0]! <= s.mean! && s.mean! <= sorted[sorted.length - 1]!).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
