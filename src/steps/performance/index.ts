import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import autocannonPackage from 'autocannon/package.json' with { type: 'json' };
import type { Finding } from '../../attest/predicates/builders.js';
import { sha256Hex } from '../../core/digest.js';
import { TollgateError } from '../../core/errors.js';
import { writeFileAtomic } from '../../core/fs.js';
import { send } from '../api-fuzz/http.js';
import { baseUrlOf, intInput } from '../api-fuzz/target.js';
import { finishScan, toolFailure } from '../common/scan-step.js';
import type { StepContext, StepImplementation, StepResult } from '../types.js';
import {
  budgetFindings,
  compare,
  fingerprintPerformance,
  regressionFindings,
  type Budgets,
  type Comparison,
} from './judge.js';
import { runScenario, type ScenarioResult } from './load.js';
import {
  figuresOf,
  readBaseline,
  RESULT_FILE,
  RESULT_FORMAT,
  type PerformanceResult,
} from './result-file.js';
import { loadScenarios } from './scenarios.js';
import { histogram } from './stats.js';
import { histogramSvg } from './svg.js';

/**
 * performance: autocannon load per scenario against the deployed service; p50/p95/p99,
 * throughput and errors against the budgets and the baseline. Writes performance.sarif (the
 * findings), performance.json (the result, the next baseline) and one latency histogram SVG
 * per scenario. See docs/steps/performance.md.
 */
export const REPORT = 'performance.sarif';

/**
 * The version of the autocannon this code runs (load.ts imports it, so the action bundle holds
 * it): imported, not resolved at run time, because a bundled action has no node_modules.
 */
const AUTOCANNON_VERSION = autocannonPackage.version;

/** A number input ≥ 0; `5%` means 0.05 where `percent` is set. */
function numberInput(
  ctx: StepContext,
  name: string,
  def?: string,
  percent = false,
): number | undefined {
  const raw = (ctx.inputs[name]?.trim() || def) ?? '';
  if (!raw) return undefined;
  const isPct = raw.endsWith('%');
  const n = Number(isPct ? raw.slice(0, -1) : raw);
  if (!Number.isFinite(n) || n < 0 || (isPct && !percent))
    throw new TollgateError(
      'INPUT_INVALID',
      `${name} is "${raw}"; expected a number ≥ 0${percent ? ' (or a percentage such as 1%)' : ''}`,
    );
  return isPct ? n / 100 : n;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'scenario';
const cell = (s: string) => s.replace(/\|/g, '\\|');

function summaryRows(
  results: ScenarioResult[],
  comparisons: Comparison[],
  images: string[],
): string[] {
  const vs = (name: string) =>
    comparisons
      .filter((c) => c.scenario === name)
      .map((c) => `${c.figure} ${c.worsePercent > 0 ? '+' : ''}${c.worsePercent} % worse`)
      .join(', ') || '—';
  return [
    '',
    '| scenario | requests | req/s | p50 ms | p95 ms | p99 ms | errors | vs baseline |',
    '|---|---|---|---|---|---|---|---|',
    ...results.map(
      (s) =>
        `| ${cell(s.name)} | ${s.requests} | ${s.requestsPerSecond} | ${s.latencyMs.p50} | ${s.latencyMs.p95} | ${s.latencyMs.p99} | ${(s.errorRate * 100).toFixed(2)} % | ${cell(vs(s.name))} |`,
    ),
    '',
    `Latency histograms: ${images.join(', ')}`,
  ];
}

async function measure(ctx: StepContext): Promise<StepResult> {
  const baseUrl = await baseUrlOf(ctx);
  const { scenarios, file } = await loadScenarios(ctx.repoDir, ctx.inputs.scenarios);
  const duration = intInput(ctx, 'duration', 10, 1, 3600);
  const connections = intInput(ctx, 'connections', 10, 1, 10_000);
  const defaults: Budgets = {
    p95Ms: numberInput(ctx, 'p95-ms'),
    p99Ms: numberInput(ctx, 'p99-ms'),
    maxErrorRate: numberInput(ctx, 'max-error-rate', '1%', true),
    minRps: numberInput(ctx, 'min-rps'),
  };
  const maxRegression = numberInput(ctx, 'max-regression', '20') ?? 20;
  const baseline = await readBaseline(ctx.repoDir, ctx.inputs.baseline, ctx.log);

  const probe = await send({ method: 'GET', url: `${baseUrl}/`, headers: {} }, 10_000, ctx.signal);
  if (probe.kind === 'error')
    throw new TollgateError('INPUT_UNREADABLE', `nothing answers at ${baseUrl} (${probe.code})`, {
      hint: 'start the service (deploy-test) or set base-url to where it runs',
    });

  const results: ScenarioResult[] = [];
  const findings: Finding[] = [];
  const images: string[] = [];
  for (const s of scenarios) {
    ctx.log(
      `performance: ${s.name}: ${s.connections ?? connections} connection(s) for ${s.duration ?? duration} s`,
    );
    const { result, samples } = await runScenario(s, {
      baseUrl,
      duration,
      connections,
      signal: ctx.signal,
    });
    const l = result.latencyMs;
    ctx.log(
      `performance: ${s.name}: ${result.requests} answers, ${result.requestsPerSecond} req/s, p50 ${l.p50} ms, p95 ${l.p95} ms, p99 ${l.p99} ms, errors ${(result.errorRate * 100).toFixed(2)} %`,
    );
    const budgets: Budgets = {
      ...defaults,
      ...Object.fromEntries(
        (['p95Ms', 'p99Ms', 'maxErrorRate', 'minRps'] as const)
          .filter((k) => s[k] !== undefined)
          .map((k) => [k, s[k]]),
      ),
    };
    findings.push(...budgetFindings(result, budgets, file));
    const image = `performance-${slug(s.name)}.svg`;
    const svg = histogramSvg(
      s.name,
      histogram(samples, l, 40, budgets.p95Ms ?? 0),
      l,
      budgets.p95Ms,
    );
    await writeFileAtomic(join(ctx.outDir, image), svg);
    images.push(image);
    results.push(result);
  }
  const comparisons = baseline ? compare(results, baseline.result.scenarios) : [];
  findings.push(...regressionFindings(comparisons, results, maxRegression, file));
  fingerprintPerformance(findings);

  const out: PerformanceResult & { baseline?: { file: string; comparisons: Comparison[] } } = {
    format: RESULT_FORMAT,
    commit: ctx.commit,
    baseUrl,
    generatedAt: new Date().toISOString(),
    scenarios: results,
    figures: figuresOf(results),
    ...(baseline ? { baseline: { file: baseline.file, comparisons } } : {}),
  };
  const bytes = Buffer.from(`${JSON.stringify(out, null, 2)}\n`);
  await writeFileAtomic(join(ctx.outDir, RESULT_FILE), bytes);

  const scan = await finishScan(
    ctx,
    [
      {
        tool: {
          name: 'autocannon',
          version: AUTOCANNON_VERSION,
          informationUri: 'https://github.com/mcollina/autocannon',
        },
        findings,
      },
    ],
    REPORT,
    [
      ...summaryRows(results, comparisons, images),
      baseline ? `Baseline: ${baseline.file}` : 'No baseline: nothing compared.',
    ],
  );
  const imageProducts = await Promise.all(
    images.map(async (name) => ({
      name,
      digest: { sha256: sha256Hex(await readFile(join(ctx.outDir, name))) },
    })),
  );
  const worst = (f: (s: ScenarioResult) => number, pick: (...n: number[]) => number) =>
    results.length ? pick(...results.map(f)) : 0;
  return {
    ...scan,
    reports: [...scan.reports, RESULT_FILE, ...images],
    products: [
      ...scan.products,
      { name: RESULT_FILE, digest: { sha256: sha256Hex(bytes) } },
      ...imageProducts,
    ],
    metrics: {
      ...scan.metrics,
      scenarios: results.length,
      requests: results.reduce((n, s) => n + s.requests, 0),
      rps: worst((s) => s.requestsPerSecond, Math.min),
      p50Ms: worst((s) => s.latencyMs.p50, Math.max),
      p95Ms: worst((s) => s.latencyMs.p95, Math.max),
      p99Ms: worst((s) => s.latencyMs.p99, Math.max),
      errorRate: worst((s) => s.errorRate, Math.max),
    },
  };
}

export const performanceStep: StepImplementation = {
  id: 'performance',
  async run(ctx) {
    try {
      return await measure(ctx);
    } catch (e) {
      return toolFailure(ctx, e, 'autocannon');
    }
  },
};
