import type { FaultEvent } from './faults.js';
import type { Sample } from './load.js';

/** Successes in a row that count as recovered (one lucky request does not). */
export const RECOVERED_AFTER = 3;
export const BUCKET_MS = 250;

export interface Recovery extends FaultEvent {
  /** Milliseconds from the fault's end to the first of RECOVERED_AFTER successes; null = never. */
  recoveryMs: number | null;
}

export interface Bucket {
  t: number;
  ok: number;
  errors: number;
  p95Ms: number;
}

export interface Analysis {
  requests: number;
  ok: number;
  availability: number;
  /** Errors among requests sent outside fault windows and their recovery (steady state). */
  steadyRequests: number;
  steadyErrors: number;
  errorRate: number;
  p95Ms: number;
  recoveries: Recovery[];
  buckets: Bucket[];
}

export function p95(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

/** When the service answered again after `from`: the first of RECOVERED_AFTER successes in a row. */
export function recoveredAt(samples: Sample[], from: number): number | null {
  let run = 0;
  for (let i = 0; i < samples.length; i++) {
    if (samples[i]!.t < from) continue;
    run = samples[i]!.ok ? run + 1 : 0;
    if (run === RECOVERED_AFTER) return samples[i - RECOVERED_AFTER + 1]!.t;
  }
  return null;
}

/** Samples are sorted by send time. */
export function analyse(samples: Sample[], faults: FaultEvent[], endMs: number): Analysis {
  const recoveries = faults.map((f) => {
    const at = recoveredAt(samples, f.end);
    return { ...f, recoveryMs: at === null ? null : Math.max(0, at - f.end) };
  });
  const disturbed = (t: number) =>
    recoveries.some(
      (r) => t >= r.start && t < (r.recoveryMs === null ? Infinity : r.end + r.recoveryMs),
    );
  const steady = samples.filter((s) => !disturbed(s.t));
  const ok = samples.filter((s) => s.ok).length;
  const steadyErrors = steady.filter((s) => !s.ok).length;
  const buckets: Bucket[] = [];
  for (let t = 0; t < endMs; t += BUCKET_MS) {
    const inside = samples.filter((s) => s.t >= t && s.t < t + BUCKET_MS);
    buckets.push({
      t,
      ok: inside.filter((s) => s.ok).length,
      errors: inside.filter((s) => !s.ok).length,
      p95Ms: p95(inside.filter((s) => s.ok).map((s) => s.ms)),
    });
  }
  return {
    requests: samples.length,
    ok,
    availability: samples.length ? ok / samples.length : 0,
    steadyRequests: steady.length,
    steadyErrors,
    errorRate: steady.length ? steadyErrors / steady.length : 0,
    p95Ms: p95(samples.filter((s) => s.ok).map((s) => s.ms)),
    recoveries,
    buckets,
  };
}
