import type { RunStepStatus, RunVerdict } from './run-types.js';

const ICON: Partial<Record<RunStepStatus, string>> = {
  passed: '✅',
  failed: '❌',
  missing: '⚠️',
  'not-implemented': '🚧',
  skipped: '⏭️',
  interrupted: '⏹️',
};

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

const HEADLINE = { pass: '✅ pass', fail: '❌ fail', interrupted: '⏹️ interrupted' } as const;

/** summary.md of a run folder: the verdict and one row per step, with links into the folder. */
export function renderRunMarkdown(v: RunVerdict): string {
  const passed = v.steps.filter((s) => s.status === 'passed').length;
  const out = [
    `### Tollgate run ${v.runId}: ${HEADLINE[v.verdict]}`,
    '',
    `Commit \`${v.commit.slice(0, 12)}\` of ${v.repository}: ${passed} of ${v.steps.length} steps passed.`,
    '',
    '| Stage | Step | Status | Details | Log |',
    '| --- | --- | --- | --- | --- |',
    ...v.steps.map(
      (s) =>
        `| ${s.stage} | \`${s.step}\` | ${ICON[s.status] ?? '🛑'} ${s.status} | ${cell(s.reason)} | [log](${s.log}) |`,
    ),
  ];
  if (v.notes.length) out.push('', '**Notes**', '', ...v.notes.map((n) => `- ${cell(n)}`));
  return out.join('\n') + '\n';
}
