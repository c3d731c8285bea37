import { resolveInside } from '../../core/confine.js';
import { existsSync } from 'node:fs';
import { TollgateError } from '../../core/errors.js';
import { readInput } from '../../core/fs.js';
import type { PerformanceFigure } from '../../report/tollgate-report.js';
import type { ScenarioResult } from './load.js';

/**
 * performance.json: what this run measured, in the form the next run reads as its baseline
 * (on GitHub: the base branch's last one). `figures` are in the shape of the Tollgate
 * report's performance list, for the PR comment's comparison.
 */
export const RESULT_FORMAT = 'https://tollgate.dev/performance/v1';
export const RESULT_FILE = 'performance.json';

export interface PerformanceResult {
  format: typeof RESULT_FORMAT;
  commit: string;
  baseUrl: string;
  generatedAt: string;
  scenarios: ScenarioResult[];
  figures: PerformanceFigure[];
}

export function figuresOf(results: ScenarioResult[]): PerformanceFigure[] {
  return results.flatMap((s) => [
    { name: `${s.name} p50`, value: s.latencyMs.p50, unit: 'ms' },
    { name: `${s.name} p95`, value: s.latencyMs.p95, unit: 'ms' },
    { name: `${s.name} p99`, value: s.latencyMs.p99, unit: 'ms' },
    {
      name: `${s.name} throughput`,
      value: s.requestsPerSecond,
      unit: 'req/s',
      higherIsBetter: true,
    },
    { name: `${s.name} errors`, value: Math.round(s.errorRate * 10000) / 100, unit: '%' },
  ]);
}

/**
 * The baseline named by the input. A missing file is normal (the base branch has no result
 * yet): no comparison, said in the log. A file that is there but is not a result is an
 * error naming it: comparing against garbage would pass or fail the PR for nothing.
 */
export async function readBaseline(
  repoDir: string,
  input: string | undefined,
  log: (l: string) => void,
): Promise<{ file: string; result: PerformanceResult } | undefined> {
  const name = input?.trim();
  if (!name) return undefined;
  const file = resolveInside(repoDir, name, 'the performance input "baseline"');
  if (!existsSync(file)) {
    log(`performance: no baseline at ${name}; nothing to compare with`);
    return undefined;
  }
  const bad = (why: string) =>
    new TollgateError('INPUT_INVALID', `baseline ${name} is not a performance result: ${why}`, {
      hint: `expected the ${RESULT_FILE} of an earlier performance run (format ${RESULT_FORMAT})`,
    });
  let v: unknown;
  try {
    v = JSON.parse((await readInput(file, 'the performance baseline')).toString('utf8'));
  } catch (e) {
    if (e instanceof TollgateError) throw e;
    throw bad('not JSON');
  }
  const r = v as Partial<PerformanceResult>;
  if (!r || typeof r !== 'object' || r.format !== RESULT_FORMAT)
    throw bad(`format is ${JSON.stringify(r?.format)}`);
  if (!Array.isArray(r.scenarios)) throw bad('no scenarios array');
  r.scenarios.forEach((s, i) => {
    if (
      typeof s?.name !== 'string' ||
      typeof s.requestsPerSecond !== 'number' ||
      typeof s.latencyMs?.p95 !== 'number' ||
      typeof s.latencyMs?.p99 !== 'number'
    )
      throw bad(`scenarios[${i}] needs name, requestsPerSecond and latencyMs.p95/p99`);
  });
  return { file: name, result: r as PerformanceResult };
}
