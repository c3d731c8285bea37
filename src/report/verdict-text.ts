import { forTerminal } from '../core/escape.js';
import type { StepStatus, Verdict } from '../gate/types.js';

// Reasons and names may come from a predicate: one line each, no escape sequences.
const t = (s: string) => forTerminal(s).replace(/\s*\n\s*/g, ' ');

const MARK: Record<StepStatus, string> = {
  passed: 'ok  ',
  'not-applicable': 'n/a ',
  failed: 'FAIL',
  missing: 'MISS',
  'invalid-signature': 'SIG!',
  'untrusted-signer': 'WHO?',
  'wrong-subject': 'SUBJ',
  conflicting: 'DUP!',
  malformed: 'BAD ',
  'broken-chain': 'CHN!',
};

/** The verdict for a terminal: one line per step, grouped by stage, then a tally. */
export function renderText(v: Verdict): string {
  const lines: string[] = [];
  lines.push(
    `tollgate verify: ${v.verdict.toUpperCase()}  commit ${v.commit.slice(0, 12)}  policy ${v.policy}`,
  );
  const width = Math.max(...v.steps.map((s) => s.step.length), 4);
  let stage = '';
  for (const s of v.steps) {
    if (s.stage !== stage) lines.push(`  ${(stage = s.stage)}`);
    lines.push(
      `    ${MARK[s.status]} ${t(s.step).padEnd(width)}  ${s.status.padEnd(17)} ${t(s.reason)}`,
    );
    for (const w of s.waived ?? []) lines.push(`         ${''.padEnd(width)}  waived: ${t(w)}`);
  }
  for (const p of v.unattributed) lines.push(`  ${t(p.file)}: ${p.status}: ${t(p.reason)}`);
  for (const n of v.notes) lines.push(`  note: ${t(n)}`);
  const passed = v.steps.filter((s) => s.status === 'passed').length;
  const na = v.steps.filter((s) => s.status === 'not-applicable').length;
  lines.push(
    `${v.steps.length} required steps: ${passed} passed, ${na ? `${na} not applicable, ` : ''}${v.steps.length - passed - na} not passed`,
  );
  return lines.join('\n') + '\n';
}
