import autocannon from 'autocannon';
import { TollgateError } from '../../core/errors.js';
import type { Scenario } from './scenarios.js';
import { latencyStats, type LatencyStats } from './stats.js';

/** What one scenario measured; also the shape kept in performance.json. */
export interface ScenarioResult {
  name: string;
  method: string;
  path: string;
  connections: number;
  /** Seconds the load really ran. */
  seconds: number;
  /** Answers received (any status). */
  requests: number;
  requestsPerSecond: number;
  bytesPerSecond: number;
  latencyMs: LatencyStats;
  /** Connection errors and timeouts, as autocannon counts them. */
  errors: number;
  timeouts: number;
  /** Answers with status 400 or above. */
  errorResponses: number;
  /** (errors + errorResponses) / (requests + errors). */
  errorRate: number;
  statuses: Record<string, number>;
  /** autocannon's own figures (2xx answers only, HDR histogram): for comparison. */
  autocannon: { p50: number; p90: number; p97_5: number; p99: number; requestsAverage: number };
}

export interface LoadOptions {
  baseUrl: string;
  duration: number;
  connections: number;
  signal: AbortSignal;
}

/** Runs autocannon in process and keeps every response time for the percentiles. */
export async function runScenario(
  s: Scenario,
  o: LoadOptions,
): Promise<{ result: ScenarioResult; samples: number[] }> {
  const samples: number[] = [];
  const connections = s.connections ?? o.connections;
  const duration = s.duration ?? o.duration;
  let stop = () => {};
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${o.baseUrl}${s.path}`,
        method: s.method as autocannon.Request['method'],
        headers: s.headers,
        ...(s.body !== undefined ? { body: s.body } : {}),
        connections,
        duration,
        timeout: 10,
      },
      (err, r) => (err ? reject(err) : resolve(r)),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
      samples.push(ms);
    });
    // Ctrl-C or a cancelled job ends the load at once; the answers so far still count.
    stop = () => instance.stop();
    o.signal.addEventListener('abort', stop, { once: true });
  })
    .finally(() => o.signal.removeEventListener('abort', stop))
    .catch((e: unknown) => {
      throw new TollgateError(
        'INPUT_INVALID',
        `autocannon could not run ${s.name}: ${(e as Error).message}`,
        {
          cause: e,
          hint: 'check base-url and the scenario',
        },
      );
    });
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([k, v]) => [k, v.count ?? 0]),
  );
  const errorResponses = Object.entries(statuses)
    .filter(([k]) => Number(k) >= 400)
    .reduce((n, [, c]) => n + c, 0);
  const seconds = Math.max(result.duration, 0.001);
  const attempts = samples.length + result.errors;
  return {
    samples,
    result: {
      name: s.name,
      method: s.method,
      path: s.path,
      connections,
      seconds: Math.round(seconds * 1000) / 1000,
      requests: samples.length,
      requestsPerSecond: Math.round((samples.length / seconds) * 10) / 10,
      bytesPerSecond: Math.round(result.throughput.total / seconds),
      latencyMs: latencyStats(samples),
      errors: result.errors,
      timeouts: result.timeouts,
      errorResponses,
      errorRate: attempts
        ? Math.round(((result.errors + errorResponses) / attempts) * 10000) / 10000
        : 1,
      statuses,
      autocannon: {
        p50: result.latency.p50,
        p90: result.latency.p90,
        p97_5: result.latency.p97_5,
        p99: result.latency.p99,
        requestsAverage: result.requests.average,
      },
    },
  };
}
