import { SEVERITIES, type Severity } from '../attest/predicates/types.js';
import { TollgateError } from '../core/errors.js';
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
    v = JSON.parse(text);
  } catch {
    throw bad('not JSON');
  }
  if (!isObj(v)) throw bad('not a JSON object');
  if (v.format !== REPORT_FORMAT) throw bad(`format is ${JSON.stringify(v.format)}`);
  if (typeof v.commit !== 'string') throw bad('no commit');
  if (!Array.isArray(v.steps)) throw bad('no steps array');
  v.steps.forEach((s: unknown, i) => {
    if (!isObj(s) || typeof s.step !== 'string' || !Array.isArray(s.findings))
      throw bad(`steps[${i}] has no step name or findings`);
    s.findings.forEach((f: unknown, j) => {
      if (
        !isObj(f) ||
        typeof f.fingerprint !== 'string' ||
        typeof f.ruleId !== 'string' ||
        !(SEVERITIES as readonly unknown[]).includes(f.severity)
      )
        throw bad(`steps[${i}].findings[${j}] needs ruleId, severity and fingerprint`);
    });
  });
  if (v.coverage !== undefined && !isObj(v.coverage)) throw bad('coverage is not an object');
  if (v.performance !== undefined && !Array.isArray(v.performance))
    throw bad('performance is not an array');
  return v as unknown as TollgateReport;
}
