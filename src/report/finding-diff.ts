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
 *
 * Fingerprints are counted, not just looked up: should one side carry the same fingerprint
 * more than once (a report written before fingerprints had occurrences, or a tool's own
 * fingerprint that collides), a fourth copy where the base had three is still one NEW.
 */
export function diffFindings(current: TollgateReport, base: TollgateReport): Map<string, StepDiff> {
  const out = new Map<string, StepDiff>();
  for (const step of current.steps) {
    const before = base.steps.find((s) => s.step === step.step);
    if (!before) continue;
    out.set(step.step, {
      added: beyond(step.findings, before.findings),
      fixed: beyond(before.findings, step.findings),
      exact: !step.findingsTruncated && !before.findingsTruncated,
    });
  }
  return out;
}

/** The findings of `these` left over once each fingerprint of `those` has taken one. */
function beyond(these: ReportFinding[], those: ReportFinding[]): ReportFinding[] {
  const left = new Map<string, number>();
  for (const f of those) left.set(f.fingerprint, (left.get(f.fingerprint) ?? 0) + 1);
  return these.filter((f) => {
    const n = left.get(f.fingerprint) ?? 0;
    if (n > 0) left.set(f.fingerprint, n - 1);
    return n === 0;
  });
}
