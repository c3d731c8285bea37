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
  /**
   * Share of successful requests among those the service could answer: requests sent while
   * the proxy itself reset or dropped connections (`reset`, `drop`) are left out, since no
   * service can answer a request that never reaches it. Restarts, latency and CPU stress
   * count: how the service copes with them is what the SLO is about.
   */
  availability: number;
  /** Requests left out of availability: sent during a reset or drop window. */
  injected: number;
  /** Successful requests among those counted for availability. */
  countedOk: number;
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

/**
 * A request is sent a moment before its connection reaches the proxy: one sent just before a
 * fault starts may meet it. Such requests belong to the fault, not to the steady state.
 */
const GUARD_MS = 250;

/** Faults the proxy injects into the network: the requests they refuse are its own doing. */
const NETWORK_FAULTS = new Set(['reset', 'drop']);

/** Samples are sorted by send time. */
export function analyse(samples: Sample[], faults: FaultEvent[], endMs: number): Analysis {
  const recoveries = faults.map((f) => {
    const at = recoveredAt(samples, f.end);
    return { ...f, recoveryMs: at === null ? null : Math.max(0, at - f.end) };
  });
  const disturbed = (t: number) =>
    recoveries.some(
      (r) =>
        t >= r.start - GUARD_MS && t < (r.recoveryMs === null ? Infinity : r.end + r.recoveryMs),
    );
  const steady = samples.filter((s) => !disturbed(s.t));
  const ok = samples.filter((s) => s.ok).length;
  const network = faults.filter((f) => NETWORK_FAULTS.has(f.kind));
  const counted = samples.filter(
    (s) => !network.some((f) => s.t >= f.start - GUARD_MS && s.t < f.end),
  );
  const countedOk = counted.filter((s) => s.ok).length;
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
    availability: counted.length ? countedOk / counted.length : 0,
    injected: samples.length - counted.length,
    countedOk,
    steadyRequests: steady.length,
    steadyErrors,
    errorRate: steady.length ? steadyErrors / steady.length : 0,
    p95Ms: p95(samples.filter((s) => s.ok).map((s) => s.ms)),
    recoveries,
    buckets,
  };
}
