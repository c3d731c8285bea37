import { defaultPolicy } from '../pipeline/default-policy.js';
import type { StepDef } from '../pipeline/graph.js';
import { yamlText } from '../pipeline/render/yaml-text.js';

/**
 * The policy a local run is judged by: the default policy (thresholds, chain rules) with the
 * one local key as signer, narrowed to what was planned — the required steps of the chosen
 * stages, or exactly the picked steps with --only. A chain rule stays when its consumer is
 * planned, so `--only container` honestly reports that nothing proves where the image came from.
 */
export function renderLocalPolicy(
  steps: readonly StepDef[],
  publicKeyPath: string,
  onlyPicked: boolean,
): string {
  const planned = new Set(steps.filter((s) => onlyPicked || s.required).map((s) => s.id));
  const policy = defaultPolicy({ signers: { local: { key: publicKeyPath } } });
  const stages: Record<string, { require: string[] }> = {};
  for (const s of steps) {
    if (!planned.has(s.id)) continue;
    (stages[s.stage] ??= { require: [] }).require.push(s.id);
  }
  policy.stages = stages;
  const chains = (policy.chains as { step: string }[] | undefined) ?? [];
  policy.chains = chains.filter((c) => planned.has(c.step));
  return yamlText(policy, {
    header: ['Rendered by `tollgate run` for this run: the local key signs every step.'],
  });
}
