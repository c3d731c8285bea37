import { forMarkdownCode } from '../core/escape.js';
import type { RunStepStatus, RunVerdict } from './run-types.js';
import { cell, STATUS_ICON } from './verdict-markdown.js';

// The gate's icons, plus the statuses only the runner knows.
const ICON: Record<RunStepStatus, string> = {
  ...STATUS_ICON,
  'not-implemented': '🚧',
  skipped: '⏭️',
  interrupted: '⏹️',
};

const HEADLINE = { pass: '✅ pass', fail: '❌ fail', interrupted: '⏹️ interrupted' } as const;

/** summary.md of a run folder: the verdict and one row per step, with links into the folder. */
export function renderRunMarkdown(v: RunVerdict): string {
  const passed = v.steps.filter((s) => s.status === 'passed').length;
  const out = [
    `### Tollgate run ${v.runId}: ${HEADLINE[v.verdict]}`,
    '',
    `Commit ${forMarkdownCode(v.commit.slice(0, 12))} of ${cell(v.repository)}: ${passed} of ${v.steps.length} steps passed.`,
    '',
    '| Stage | Step | Status | Details | Log |',
    '| --- | --- | --- | --- | --- |',
    ...v.steps.map(
      (s) =>
        `| ${cell(s.stage)} | ${forMarkdownCode(s.step)} | ${ICON[s.status]} ${s.status} | ${cell(s.reason)} | [log](${encodeURI(s.log)}) |`,
    ),
  ];
  if (v.notes.length) out.push('', '**Notes**', '', ...v.notes.map((n) => `- ${cell(n)}`));
  return out.join('\n') + '\n';
}
