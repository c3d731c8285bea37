import { forMarkdown, forMarkdownCode } from '../core/escape.js';
import type { StepStatus, Verdict } from '../gate/types.js';

/** One icon per verdict status, shared by the job summary and the PR comment. */
export const STATUS_ICON: Record<StepStatus, string> = {
  passed: '✅',
  'not-applicable': '➖',
  failed: '❌',
  missing: '⚠️',
  'invalid-signature': '🛑',
  'untrusted-signer': '🛑',
  'wrong-subject': '🛑',
  conflicting: '🛑',
  malformed: '🛑',
  'broken-chain': '🛑',
};

/** Text made safe for one Markdown table cell: it may come from a predicate or a tool. */
export const cell = (s: string) => forMarkdown(s);
const code = (s: string) => forMarkdownCode(s);

/** The verdict as GitHub-flavoured Markdown (job summary, PR comment, summary.md). */
export function renderMarkdown(v: Verdict): string {
  const passed = v.steps.filter((s) => s.status === 'passed').length;
  const out = [
    `### Tollgate: ${v.verdict === 'pass' ? '✅ pass' : '❌ fail'}`,
    '',
    `Commit ${code(v.commit.slice(0, 12))} against ${code(v.policy)}: ${passed} of ${v.steps.length} required steps passed.`,
    '',
    '| Stage | Step | Status | Details |',
    '| --- | --- | --- | --- |',
    ...v.steps.map(
      (s) =>
        `| ${cell(s.stage)} | ${code(s.step)} | ${STATUS_ICON[s.status]} ${s.status} | ${cell(s.reason)} |`,
    ),
  ];
  const waived = v.steps.flatMap((s) =>
    (s.waived ?? []).map((w) => `- ${code(s.step)}: ${cell(w)}`),
  );
  if (waived.length) out.push('', '**Waived by exceptions**', '', ...waived);
  const other = [
    ...v.unattributed.map((p) => `- ${code(p.file)}: ${p.status}: ${cell(p.reason)}`),
    ...v.notes.map((n) => `- ${cell(n)}`),
  ];
  if (other.length) out.push('', '**Notes**', '', ...other);
  return out.join('\n') + '\n';
}
