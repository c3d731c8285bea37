import { diffFindings } from './finding-diff.js';
import {
  code,
  countsCell,
  coverageLine,
  performanceTable,
  STATUS_ICON,
  stepDetails,
  text,
} from './pr-comment-parts.js';
import type { TollgateReport } from './tollgate-report.js';

/** The hidden first line by which the gate finds its own comment again. */
export const COMMENT_MARKER = '<!-- tollgate:report -->';
/** GitHub refuses issue comments longer than this (characters). */
export const MAX_COMMENT_CHARS = 65_536;

export interface CommentInput {
  report: TollgateReport;
  /** The base branch's last report, for NEW/FIXED and the coverage and performance change. */
  base?: TollgateReport;
  /** Name of the base branch, for the text. */
  baseName?: string;
  /** Link to the workflow run (its page lists the artifacts). */
  runUrl?: string;
  /** Why there is no comparison, when a base report was given but unusable. */
  baseProblem?: string;
  /** At most this many findings are listed per step (default 50). */
  maxFindingsPerStep?: number;
  /** For tests: a smaller limit than GitHub's. */
  maxChars?: number;
}

/**
 * The sticky PR comment: a table of every step, then one collapsible block per step with its
 * findings. When the whole would exceed GitHub's limit, whole step blocks are left out from
 * the end (the table above still shows every step) and a last line names them.
 */
export function renderPrComment(input: CommentInput): string {
  const { report, base } = input;
  const max = input.maxChars ?? MAX_COMMENT_CHARS;
  const diffs = base ? diffFindings(report, base) : new Map();
  const passed = report.steps.filter((s) => s.status === 'passed').length;
  const added = [...diffs.values()].reduce((n, d) => n + d.added.length, 0);
  const fixed = [...diffs.values()].reduce((n, d) => n + d.fixed.length, 0);
  const against = base
    ? ` Against ${input.baseName ? code(input.baseName) : 'the base branch'} (${code(base.commit.slice(0, 12))}): **${added} new**, **${fixed} fixed**.`
    : input.baseProblem
      ? ` No comparison with the base branch: ${text(input.baseProblem)}.`
      : '';
  const head = [
    COMMENT_MARKER,
    `### Tollgate: ${report.verdict === 'pass' ? '✅ pass' : '❌ fail'}`,
    '',
    `Commit ${code(report.commit.slice(0, 12))}: ${passed} of ${report.steps.length} required steps passed.${against}`,
    '',
    `| Stage | Step | Verdict | Findings${base ? ' | New | Fixed' : ''} |`,
    `| --- | --- | --- | ---${base ? ' | --- | ---' : ''} |`,
    ...report.steps.map((s) => {
      const d = diffs.get(s.step);
      const cols = base ? ` | ${d ? d.added.length : '—'} | ${d ? d.fixed.length : '—'}` : '';
      return `| ${text(s.stage, 60)} | ${code(s.step)} | ${STATUS_ICON[s.status]} ${s.status} | ${countsCell(s.counts)}${cols} |`;
    }),
    '',
  ];
  const cov = report.coverage ? coverageLine(report.coverage, base?.coverage) : undefined;
  if (cov) head.push(cov, '');
  const perf = performanceTable(report.performance ?? [], base?.performance);
  if (perf.length) head.push('**Performance against the baseline**', '', ...perf, '');
  const tail = ['', input.runUrl ? `[Workflow run and artifacts](${input.runUrl})` : ''].join('\n');

  const blocks = report.steps
    .filter((s) => s.findings.length || diffs.get(s.step)?.fixed.length)
    .map((s) => ({
      step: s.step,
      md: stepDetails(s, diffs.get(s.step), input.maxFindingsPerStep ?? 50),
    }));
  return assemble(head.join('\n'), blocks, tail, max);
}

/** Fits the comment under `max` characters, saying what was left out. */
function assemble(head: string, blocks: { step: string; md: string }[], tail: string, max: number) {
  const left: string[] = [];
  const kept: string[] = [];
  // Room for the note, which names at most a few steps and counts the rest.
  const reserve = 400;
  let size = head.length + tail.length + reserve;
  for (const b of blocks) {
    if (left.length === 0 && size + b.md.length + 2 <= max) {
      kept.push(b.md);
      size += b.md.length + 2;
    } else left.push(b.step);
  }
  const note = left.length
    ? `\n\n> ✂️ Comment shortened to fit GitHub's ${max} character limit: the findings of ${left.length} step${left.length === 1 ? '' : 's'} (${left.slice(0, 5).map(code).join(', ')}${left.length > 5 ? ', …' : ''}) are left out; the table above and the workflow run have them all.`
    : '';
  let body = [head, ...kept].join('\n\n') + note + tail;
  if (body.length > max) {
    // Only a head that alone is too long (thousands of steps) gets here: cut it hard.
    const cut = '\n\n> ✂️ Comment cut at GitHub’s size limit; see the workflow run for the rest.';
    body = body.slice(0, max - cut.length - tail.length) + cut + tail;
  }
  return body.slice(0, max);
}
