/** The median and the 99th percentile of timings (nearest rank), as every benchmark here reports them. */
export function quantiles(samples: readonly number[]): { median: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return { median: q(0.5), p99: q(0.99) };
}
