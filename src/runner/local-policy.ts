import type { StepDef } from '../pipeline/graph.js';

/**
 * The policy a local run is judged by: the planned steps that the pipeline graph marks
 * required (every planned step when the user picked steps with --only), each signed by
 * the one local key. Deliberately minimal and separate, so it can give way to the shared
 * default policy renderer once that exists.
 */
export function renderLocalPolicy(
  steps: readonly StepDef[],
  publicKeyPath: string,
  onlyPicked: boolean,
): string {
  const required = steps.filter((s) => onlyPicked || s.required);
  const byStage = new Map<string, string[]>();
  for (const s of required) byStage.set(s.stage, [...(byStage.get(s.stage) ?? []), s.id]);
  const lines = [
    '# Rendered by `tollgate run` for this run: the local key signs every step.',
    'version: 1',
    'signers:',
    `  local: { key: ${JSON.stringify(publicKeyPath)} }`,
    'stages:',
  ];
  for (const [stage, ids] of byStage) lines.push(`  ${stage}:`, `    require: [${ids.join(', ')}]`);
  return lines.join('\n') + '\n';
}
