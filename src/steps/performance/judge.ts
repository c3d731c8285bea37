import type { Finding } from '../../attest/predicates/builders.js';
import { assignFingerprints } from '../common/fingerprint.js';
import type { ScenarioResult } from './load.js';

/**
 * Budgets and the baseline turned into findings. A budget broken is high (the step fails at
 * its default fail-on); a regression against the baseline is medium, so that the policy
 * decides whether a slower PR may merge. Latency regressions smaller than MIN_DELTA_MS are
 * noise on a shared runner, whatever their percentage.
 */
export interface Budgets {
  p95Ms?: number;
  p99Ms?: number;
  maxErrorRate?: number;
  minRps?: number;
}

export const MIN_DELTA_MS = 5;

export interface Comparison {
  scenario: string;
  figure: 'p95' | 'p99' | 'requestsPerSecond';
  base: number;
  now: number;
  /** Positive = worse. */
  worsePercent: number;
}

/** What each finding is about: the scenario, and the figure for a regression. */
const KEYS = new WeakMap<Finding, string>();

/**
 * Fingerprints over the step's whole list: rule, scenario (and figure), not the numbers, so
 * a budget broken again by other figures is the same finding.
 */
export function fingerprintPerformance(findings: Finding[]): Finding[] {
  return assignFingerprints(findings, { anchor: (f) => ({ key: KEYS.get(f) ?? '' }) });
}

function finding(
  rule: string,
  severity: Finding['severity'],
  s: ScenarioResult,
  message: string,
  where?: string,
): Finding {
  const f: Finding = {
    ruleId: `performance/${rule}`,
    severity,
    message: `${s.name}: ${message}`,
    ...(where ? { location: { path: where } } : {}),
  };
  KEYS.set(f, s.name);
  return f;
}

export function budgetFindings(s: ScenarioResult, b: Budgets, where?: string): Finding[] {
  const out: Finding[] = [];
  const l = s.latencyMs;
  if (b.p95Ms !== undefined && l.p95 > b.p95Ms)
    out.push(
      finding(
        'p95-budget',
        'high',
        s,
        `p95 latency ${l.p95} ms is over the budget of ${b.p95Ms} ms`,
        where,
      ),
    );
  if (b.p99Ms !== undefined && l.p99 > b.p99Ms)
    out.push(
      finding(
        'p99-budget',
        'high',
        s,
        `p99 latency ${l.p99} ms is over the budget of ${b.p99Ms} ms`,
        where,
      ),
    );
  if (b.maxErrorRate !== undefined && s.errorRate > b.maxErrorRate)
    out.push(
      finding(
        'error-rate',
        'high',
        s,
        `${(s.errorRate * 100).toFixed(2)} % of requests failed (${s.errors} connection errors, ${s.errorResponses} answers ≥ 400), over the limit of ${(b.maxErrorRate * 100).toFixed(2)} %`,
        where,
      ),
    );
  if (b.minRps !== undefined && s.requestsPerSecond < b.minRps)
    out.push(
      finding(
        'min-rps',
        'high',
        s,
        `${s.requestsPerSecond} requests/s is under the minimum of ${b.minRps}`,
        where,
      ),
    );
  if (s.requests === 0)
    out.push(finding('no-answers', 'high', s, 'no request was answered', where));
  return out;
}

export function compare(now: ScenarioResult[], base: ScenarioResult[]): Comparison[] {
  const out: Comparison[] = [];
  for (const s of now) {
    const b = base.find((x) => x.name === s.name);
    if (!b) continue;
    const pct = (worse: number, of: number) => (of > 0 ? Math.round((worse / of) * 1000) / 10 : 0);
    out.push(
      {
        scenario: s.name,
        figure: 'p95',
        base: b.latencyMs.p95,
        now: s.latencyMs.p95,
        worsePercent: pct(s.latencyMs.p95 - b.latencyMs.p95, b.latencyMs.p95),
      },
      {
        scenario: s.name,
        figure: 'p99',
        base: b.latencyMs.p99,
        now: s.latencyMs.p99,
        worsePercent: pct(s.latencyMs.p99 - b.latencyMs.p99, b.latencyMs.p99),
      },
      {
        scenario: s.name,
        figure: 'requestsPerSecond',
        base: b.requestsPerSecond,
        now: s.requestsPerSecond,
        worsePercent: pct(b.requestsPerSecond - s.requestsPerSecond, b.requestsPerSecond),
      },
    );
  }
  return out;
}

export function regressionFindings(
  comparisons: Comparison[],
  results: ScenarioResult[],
  maxRegression: number,
  where?: string,
): Finding[] {
  return comparisons
    .filter(
      (c) =>
        c.worsePercent > maxRegression &&
        (c.figure === 'requestsPerSecond' || c.now - c.base >= MIN_DELTA_MS),
    )
    .map((c) => {
      const s = results.find((r) => r.name === c.scenario)!;
      const unit = c.figure === 'requestsPerSecond' ? ' requests/s' : ' ms';
      const f = finding(
        `regression`,
        'medium',
        s,
        `${c.figure} ${c.now}${unit} is ${c.worsePercent} % worse than the baseline's ${c.base}${unit} (allowed: ${maxRegression} %)`,
        where,
      );
      KEYS.set(f, `${s.name}\u0000${c.figure}`);
      return f;
    });
}
