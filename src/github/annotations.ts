import type { ReportStep } from '../report/tollgate-report.js';
import type { Annotation, ChangedFile } from './port.js';

/** GitHub takes at most 50 annotations per check-run request. */
export const ANNOTATIONS_PER_REQUEST = 50;

/**
 * Lines added or changed on the new side of each file, read from the unified diffs of the
 * pull request. Annotations go only there: a finding on an untouched line is not the
 * author's to fix in this PR, and GitHub would hide it in the diff anyway.
 */
export function changedLines(files: ChangedFile[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const f of files) {
    if (!f.patch || f.status === 'removed') continue;
    const lines = new Set<number>();
    let next = 0;
    for (const row of f.patch.split('\n')) {
      const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(row);
      if (hunk) next = Number(hunk[1]);
      else if (row.startsWith('+')) lines.add(next++);
      else if (row.startsWith(' ')) next++;
      // '-' rows and "\ No newline" exist only on the old side
    }
    out.set(f.filename, lines);
  }
  return out;
}

/** Annotations for every finding on a changed line, worst first, at most `max` in all. */
export function annotationsFor(
  steps: ReportStep[],
  changed: Map<string, Set<number>>,
  max = 1000,
): Annotation[] {
  const out: Annotation[] = [];
  for (const step of steps) {
    for (const f of step.findings) {
      if (!f.path || !f.line || !changed.get(f.path)?.has(f.line)) continue;
      out.push({
        path: f.path,
        start_line: f.line,
        end_line: f.line,
        annotation_level:
          f.severity === 'critical' || f.severity === 'high'
            ? 'failure'
            : f.severity === 'medium'
              ? 'warning'
              : 'notice',
        title: `${step.step}: ${f.ruleId}`.slice(0, 255),
        message: (f.message || f.ruleId).slice(0, 64_000),
      });
    }
  }
  const rank = { failure: 0, warning: 1, notice: 2 };
  return out.sort((a, b) => rank[a.annotation_level] - rank[b.annotation_level]).slice(0, max);
}

export function batches<T>(items: T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
