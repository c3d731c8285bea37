import { SEVERITIES, type Severity } from '../attest/predicates/types.js';
import { forMarkdown, forMarkdownCode } from '../core/escape.js';
import { STATUS_ICON } from './verdict-markdown.js';
import type { StepDiff } from './finding-diff.js';
import type { Coverage, PerformanceFigure, ReportFinding, ReportStep } from './tollgate-report.js';

/** Pieces of the PR comment. Everything that came from a tool is escaped: it is untrusted text. */

export { STATUS_ICON };

const SEVERITY_ICON: Record<Severity, string> = {
  critical: '🟥',
  high: '🟧',
  medium: '🟨',
  low: '🟦',
  info: '⬜',
};

/**
 * Tool text in Markdown: no HTML (a message must not open a tag or forge our marker), no
 * links, mentions or table breaks, one line, bounded length.
 */
export const text = (s: string, max = 200): string => forMarkdown(s, max);

/** An identifier in a code span; backticks cannot be escaped inside one, so they go. */
export const code = (s: string) => forMarkdownCode(s);

export function countsCell(counts: Partial<Record<Severity, number>>): string {
  const parts = SEVERITIES.filter((s) => counts[s]).map(
    (s) => `${SEVERITY_ICON[s]} ${counts[s]} ${s}`,
  );
  return parts.length ? parts.join(' · ') : '—';
}

export function findingLine(f: ReportFinding, mark = ''): string {
  const where = f.path ? ` in ${code(f.path + (f.line ? `:${f.line}` : ''))}` : '';
  const msg = f.message ? ` — ${text(f.message)}` : '';
  return `- ${mark}${SEVERITY_ICON[f.severity]} ${f.severity} ${code(f.ruleId)}${where}${msg}`;
}

const bySeverity = (a: ReportFinding, b: ReportFinding) =>
  SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity);

/** The `<details>` block of one step: new findings first, then fixed, then the rest. */
export function stepDetails(step: ReportStep, diff: StepDiff | undefined, maxListed: number) {
  const total = Object.values(step.counts).reduce((a, b) => a + (b ?? 0), 0);
  const isNew = new Set(diff?.added.map((f) => f.fingerprint));
  const head = [
    `${total} finding${total === 1 ? '' : 's'}`,
    ...(diff ? [`${diff.added.length} new`, `${diff.fixed.length} fixed`] : []),
  ].join(', ');
  const lines = [
    '<details>',
    `<summary>${STATUS_ICON[step.status]} <code>${text(step.step, 80)}</code>: ${head}</summary>`,
    '',
  ];
  const sections: [string, ReportFinding[], string][] = [
    ['New', [...(diff?.added ?? [])].sort(bySeverity), '🆕 '],
    ['Fixed', [...(diff?.fixed ?? [])].sort(bySeverity), '✔️ '],
    [
      diff ? 'Already on the base branch' : 'Findings',
      step.findings.filter((f) => !isNew.has(f.fingerprint)).sort(bySeverity),
      '',
    ],
  ];
  let budget = maxListed;
  for (const [title, list, mark] of sections) {
    if (!list.length) continue;
    const shown = list.slice(0, Math.max(0, budget));
    budget -= shown.length;
    lines.push(`**${title}**`, '', ...shown.map((f) => findingLine(f, mark)));
    if (shown.length < list.length) lines.push(`- … and ${list.length - shown.length} more`);
    lines.push('');
  }
  if (step.findingsTruncated)
    lines.push('_The attestation lists only the worst findings; the counts include all._', '');
  if (diff && !diff.exact)
    lines.push('_New/fixed are approximate: a findings list was truncated._', '');
  lines.push('</details>');
  return lines.join('\n');
}

const pct = (n: number) => `${n.toFixed(1)} %`;
function delta(now: number, before: number | undefined, higherIsBetter: boolean, unit: string) {
  if (before === undefined) return '';
  const d = now - before;
  if (Math.abs(d) < 1e-9) return ' (±0)';
  const better = higherIsBetter ? d > 0 : d < 0;
  return ` (${better ? '🟢' : '🔴'} ${d > 0 ? '+' : ''}${Number(d.toFixed(2))}${unit})`;
}

export function coverageLine(now: Coverage, base: Coverage | undefined): string | undefined {
  const parts: string[] = [];
  if (now.lines !== undefined)
    parts.push(`lines ${pct(now.lines)}${delta(now.lines, base?.lines, true, ' pp')}`);
  if (now.branches !== undefined)
    parts.push(`branches ${pct(now.branches)}${delta(now.branches, base?.branches, true, ' pp')}`);
  return parts.length ? `**Coverage:** ${parts.join(', ')}` : undefined;
}

export function performanceTable(now: PerformanceFigure[], base: PerformanceFigure[] | undefined) {
  if (!now.length) return [];
  const rows = now.map((p) => {
    const b = base?.find((x) => x.name === p.name && x.unit === p.unit);
    const change = b
      ? `${b.value} ${text(b.unit, 20)}${delta(p.value, b.value, p.higherIsBetter ?? false, '')}`
      : 'no baseline';
    return `| ${text(p.name, 80)} | ${p.value} ${text(p.unit, 20)} | ${change} |`;
  });
  return ['| Measure | This run | Baseline |', '| --- | --- | --- |', ...rows];
}
