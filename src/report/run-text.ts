import { relative } from 'node:path';
import { forTerminal } from '../core/escape.js';
import type { RunVerdict } from './run-types.js';

// Reasons may quote a tool's output: one line each, no escape sequences.
const line = (s: string) => forTerminal(s).replace(/\s*\n\s*/g, ' ');

/**
 * The end of `tollgate run` on a terminal: the gate's verdict per step, a tally by status,
 * and where the report is, so the last screen answers "did it pass, and why not".
 */
export function renderRunText(v: RunVerdict, folder: string, cwd: string): string {
  const width = Math.max(4, ...v.steps.map((s) => s.step.length));
  const lines = [
    `tollgate run: ${v.verdict.toUpperCase()}  commit ${v.commit.slice(0, 12)}  (${v.steps.length} steps)`,
  ];
  let stage = '';
  for (const s of v.steps) {
    if (s.stage !== stage) lines.push(`  ${(stage = s.stage)}`);
    lines.push(`    ${s.step.padEnd(width)}  ${s.status.padEnd(17)} ${line(s.reason)}`);
  }
  const tally = new Map<string, number>();
  for (const s of v.steps) tally.set(s.status, (tally.get(s.status) ?? 0) + 1);
  lines.push(`  ${[...tally].map(([status, n]) => `${n} ${status}`).join(', ')}`);
  for (const n of v.notes) lines.push(`  note: ${line(n)}`);
  const at = (f: string) => relative(cwd, `${folder}/${f}`) || f;
  lines.push(`report: ${at('report.html')}`, `verdict: ${at('verdict.json')}`);
  return lines.join('\n') + '\n';
}
