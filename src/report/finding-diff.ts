import type { ReportFinding, TollgateReport } from './tollgate-report.js';

export interface StepDiff {
  added: ReportFinding[];
  fixed: ReportFinding[];
  /** False when either side listed only part of its findings: the diff is then a lower bound. */
  exact: boolean;
}

/**
 * NEW and FIXED findings of each step against the base branch's report, by fingerprint.
 * A step the base did not run has no diff (everything would look new, which says nothing).
 */
export function diffFindings(current: TollgateReport, base: TollgateReport): Map<string, StepDiff> {
  const out = new Map<string, StepDiff>();
  for (const step of current.steps) {
    const before = base.steps.find((s) => s.step === step.step);
    if (!before) continue;
    const was = new Set(before.findings.map((f) => f.fingerprint));
    const now = new Set(step.findings.map((f) => f.fingerprint));
    out.set(step.step, {
      added: step.findings.filter((f) => !was.has(f.fingerprint)),
      fixed: before.findings.filter((f) => !now.has(f.fingerprint)),
      exact: !step.findingsTruncated && !before.findingsTruncated,
    });
  }
  return out;
}
