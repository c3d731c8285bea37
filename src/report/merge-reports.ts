import { TollgateError } from '../core/errors.js';
import type { TollgateReport } from './tollgate-report.js';

/**
 * One report of several stages' gates about the same commit (per-commit and per-pr of one
 * pull request head), so that one comment and one check cover every stage that ran. The
 * verdict passes only when every stage passed; a step reported by two gates is kept once
 * (the first), since both verified the same attestation.
 */
export function mergeReports(reports: TollgateReport[], what = 'the reports'): TollgateReport {
  const [first, ...rest] = reports;
  if (!first) throw new TollgateError('INPUT_INVALID', `${what}: no report to merge`);
  if (!rest.length) return first;
  const other = rest.find((r) => r.commit !== first.commit);
  if (other)
    throw new TollgateError(
      'INPUT_INVALID',
      `${what} are about different commits (${first.commit.slice(0, 12)} and ${other.commit.slice(0, 12)}): not merged into one message`,
    );
  const seen = new Set<string>();
  const steps = reports
    .flatMap((r) => r.steps)
    .filter((s) => {
      const key = `${s.stage}\u0000${s.step}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const coverage = reports.find((r) => r.coverage)?.coverage;
  const performance = reports.flatMap((r) => r.performance ?? []);
  const ref = reports.find((r) => r.ref)?.ref;
  return {
    format: first.format,
    commit: first.commit,
    ...(ref ? { ref } : {}),
    verdict: reports.every((r) => r.verdict === 'pass') ? 'pass' : 'fail',
    generatedAt: reports
      .map((r) => r.generatedAt)
      .sort()
      .at(-1)!,
    steps,
    ...(coverage ? { coverage } : {}),
    ...(performance.length ? { performance } : {}),
  };
}

/** The stages a report covers, in order of appearance: which verdict artifacts to look for. */
export function stagesOf(report: TollgateReport): string[] {
  return [...new Set(report.steps.map((s) => s.stage))];
}
