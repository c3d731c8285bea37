import { defaultPolicy } from '../pipeline/default-policy.js';
import type { StepDef } from '../pipeline/graph.js';
import { yamlText } from '../pipeline/render/yaml-text.js';
import type { StepInputs } from './inputs-file.js';
import { applyStepThresholds, type AppliedThreshold } from './step-thresholds.js';

/**
 * The policy a local run is judged by: the default policy (thresholds, chain rules) with the
 * one local key as signer, narrowed to what was planned — the required steps of the chosen
 * stages, or exactly the picked steps with --only. A chain rule stays when its consumer is
 * planned, so `--only container` honestly reports that nothing proves where the image came from.
 * A threshold given to a planned step as an input (`fail-on`, `min-line-coverage`,
 * `min-approvals`) tightens the policy's when it is stricter: the step and the verdict agree.
 */
export function localPolicy(
  steps: readonly StepDef[],
  publicKeyPath: string,
  onlyPicked: boolean,
  inputs: StepInputs = {},
): { text: string; applied: AppliedThreshold[] } {
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
  const stepPolicies = policy.steps as Record<string, { thresholds?: Record<string, unknown> }>;
  const applied: AppliedThreshold[] = [];
  for (const id of planned) {
    const thresholds = { ...stepPolicies[id]?.thresholds };
    const found = applyStepThresholds(id, thresholds, inputs[id]);
    applied.push(...found);
    if (found.some((a) => a.from === 'input'))
      stepPolicies[id] = { ...stepPolicies[id], thresholds };
  }
  const header = ['Rendered by `tollgate run` for this run: the local key signs every step.'];
  const tightened = applied.filter((a) => a.from === 'input');
  if (tightened.length) {
    header.push(
      `Tightened by the steps' inputs: ${tightened.map((a) => `${a.step}.${a.input}`).join(', ')}.`,
    );
  }
  return { text: yamlText(policy, { header }), applied };
}

/** The local policy's text, for callers that give no step inputs. */
export function renderLocalPolicy(
  steps: readonly StepDef[],
  publicKeyPath: string,
  onlyPicked: boolean,
): string {
  return localPolicy(steps, publicKeyPath, onlyPicked).text;
}
