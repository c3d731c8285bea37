import type { StepDef } from '../../pipeline/graph.js';
import type { StepOutcome } from '../../steps/execute.js';

const ICON: Record<StepOutcome['status'], string> = {
  passed: '✅',
  failed: '❌',
  'not-applicable': '➖',
  'not-implemented': '🚧',
  interrupted: '⏹️',
};

/** The job summary of one step: status, reason, what was signed, and the step's own Markdown. */
export function stepSummary(def: StepDef, o: StepOutcome): string {
  const lines = [
    `### ${ICON[o.status]} ${def.title} (\`${def.id}\`): ${o.status}`,
    '',
    o.reason,
    '',
    o.bundles.length
      ? `Signed ${o.bundles.length} attestation(s): ${o.bundles.map((b) => `\`${b.split('/').pop()}\``).join(', ')}.`
      : 'Nothing was signed.',
  ];
  if (o.summary) lines.push('', o.summary);
  return lines.join('\n') + '\n';
}

/** The `findings` output: what the step counted, 0 when it counts nothing. */
export function findingsOf(o: StepOutcome): number {
  return o.metrics.findings ?? 0;
}
