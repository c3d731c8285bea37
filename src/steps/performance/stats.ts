/**
 * Latency statistics from every response time the load run saw. autocannon's own result has
 * p50, p90, p97.5 and p99 but no p95, and counts only 2xx answers; so the step records each
 * response's time itself (autocannon's `response` event) and takes percentiles by the
 * nearest-rank method: the smallest sample such that at least p % of samples are ≤ it.
 */
export interface LatencyStats {
  count: number;
  min: number;
  mean: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return 0;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

export function latencyStats(samples: readonly number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    count: sorted.length,
    min: round(sorted[0] ?? 0),
    mean: round(sorted.length ? sum / sorted.length : 0),
    p50: round(percentile(sorted, 50)),
    p90: round(percentile(sorted, 90)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? 0),
  };
}

export interface Bin {
  from: number;
  to: number;
  count: number;
}

/**
 * Equal-width bins from 0 up to a little past p99; slower samples go into the last bin (the
 * chart says so), so that one outlier does not squeeze the distribution into one bar.
 */
export function histogram(
  samples: readonly number[],
  stats: LatencyStats,
  bins = 40,
  /** A budget to show on the chart: the range reaches past it. */
  atLeast = 0,
): Bin[] {
  const top = Math.max(stats.p99 * 1.15, stats.p50 * 2, atLeast * 1.1, 1);
  const width = top / bins;
  const out: Bin[] = Array.from({ length: bins }, (_, i) => ({
    from: round(i * width),
    to: round((i + 1) * width),
    count: 0,
  }));
  for (const s of samples) out[Math.min(bins - 1, Math.floor(s / width))]!.count++;
  return out;
}
