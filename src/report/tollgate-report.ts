import { SEVERITIES, type Severity } from '../attest/predicates/types.js';
import { TollgateError, isTollgateError } from '../core/errors.js';
import { parseJsonUntrusted } from '../core/untrusted.js';
import type { StepStatus, Verdict } from '../gate/types.js';

/**
 * `tollgate-report.json`: what the gate keeps of a run besides the verdict, so that the next
 * run (of a pull request against this branch) can say what is NEW and what was FIXED, and
 * how coverage and performance moved. The gate writes it next to the verdict; the workflow
 * uploads both as an artifact. Versioned by `format`; readers refuse other formats.
 */
export const REPORT_FORMAT = 'https://tollgate.dev/report/v1';

export interface ReportFinding {
  ruleId: string;
  severity: Severity;
  /** Stable across runs (rule, file, context, occurrence: fingerprint.ts); the key for new/fixed. */
  fingerprint: string;
  message?: string;
  path?: string;
  line?: number;
}

export interface ReportStep {
  stage: string;
  step: string;
  status: StepStatus;
  reason: string;
  counts: Partial<Record<Severity, number>>;
  findings: ReportFinding[];
  /** The attestation listed only part of the findings; `counts` has them all. */
  findingsTruncated?: boolean;
  /** Where the gate found the step's attested SARIF report (a path on the machine that ran it). */
  sarif?: string;
}

export interface Coverage {
  /** Percentages, 0–100. */
  lines?: number;
  branches?: number;
}

export interface PerformanceFigure {
  name: string;
  value: number;
  unit: string;
  /** Latencies and durations: lower is better (the default); throughput: higher. */
  higherIsBetter?: boolean;
}

export interface TollgateReport {
  format: typeof REPORT_FORMAT;
  commit: string;
  ref?: string;
  verdict: Verdict['verdict'];
  generatedAt: string;
  steps: ReportStep[];
  coverage?: Coverage;
  performance?: PerformanceFigure[];
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Checks the parts of a report that the comment relies on. A base report is an artifact of
 * another run, so it is read defensively: anything unexpected is an error naming the file,
 * and the comment then goes without the comparison.
 */
export function parseReport(text: string, file: string): TollgateReport {
  const bad = (why: string) =>
    new TollgateError('INPUT_INVALID', `${file} is not a Tollgate report: ${why}`, {
      hint: `expected the tollgate-report.json written by the gate (format ${REPORT_FORMAT})`,
    });
  let v: unknown;
  try {
    v = parseJsonUntrusted(text, 'report', file);
  } catch (e) {
    throw bad(isTollgateError(e) && /deeper/.test(e.message) ? 'nested too deeply' : 'not JSON');
  }
  if (!isObj(v)) throw bad('not a JSON object');
  if (v.format !== REPORT_FORMAT) throw bad(`format is ${JSON.stringify(v.format)}`);
  if (typeof v.commit !== 'string') throw bad('no commit');
  if (v.verdict !== 'pass' && v.verdict !== 'fail') throw bad('verdict is not "pass" or "fail"');
  if (v.ref !== undefined && typeof v.ref !== 'string') throw bad('ref is not a string');
  if (!Array.isArray(v.steps)) throw bad('no steps array');
  // Every field a renderer reads is checked here, so that a report of an untrusted run with
  // a number where a string belongs is refused with its place, not a crash while rendering.
  const opt = (o: Record<string, unknown>, k: string, type: string) =>
    o[k] === undefined || typeof o[k] === type;
  const isCounts = (c: unknown) =>
    isObj(c) && Object.values(c).every((n) => typeof n === 'number' && Number.isFinite(n));
  v.steps.forEach((s: unknown, i) => {
    if (!isObj(s) || typeof s.step !== 'string' || !Array.isArray(s.findings))
      throw bad(`steps[${i}] has no step name or findings`);
    if (typeof s.stage !== 'string' || typeof s.status !== 'string' || typeof s.reason !== 'string')
      throw bad(`steps[${i}] needs stage, status and reason as strings`);
    if (!isCounts(s.counts)) throw bad(`steps[${i}].counts is not an object of numbers`);
    if (!opt(s, 'sarif', 'string') || !opt(s, 'findingsTruncated', 'boolean'))
      throw bad(
        `steps[${i}] has a sarif that is not a string or a findingsTruncated that is not true/false`,
      );
    s.findings.forEach((f: unknown, j) => {
      if (
        !isObj(f) ||
        typeof f.fingerprint !== 'string' ||
        typeof f.ruleId !== 'string' ||
        !(SEVERITIES as readonly unknown[]).includes(f.severity)
      )
        throw bad(`steps[${i}].findings[${j}] needs ruleId, severity and fingerprint`);
      if (!opt(f, 'message', 'string') || !opt(f, 'path', 'string') || !opt(f, 'line', 'number'))
        throw bad(`steps[${i}].findings[${j}]: message and path must be strings, line a number`);
    });
  });
  if (v.coverage !== undefined) {
    if (!isObj(v.coverage)) throw bad('coverage is not an object');
    if (!opt(v.coverage, 'lines', 'number') || !opt(v.coverage, 'branches', 'number'))
      throw bad('coverage.lines and coverage.branches must be numbers');
  }
  if (v.performance !== undefined) {
    if (!Array.isArray(v.performance)) throw bad('performance is not an array');
    v.performance.forEach((p: unknown, i) => {
      if (
        !isObj(p) ||
        typeof p.name !== 'string' ||
        typeof p.value !== 'number' ||
        typeof p.unit !== 'string' ||
        !opt(p, 'higherIsBetter', 'boolean')
      )
        throw bad(`performance[${i}] needs name, value (a number) and unit`);
    });
  }
  return v as unknown as TollgateReport;
}
