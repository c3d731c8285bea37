import { TollgateError } from '../core/errors.js';
import { STAGES, STEPS, type Stage, type StepDef } from '../pipeline/graph.js';

export interface Plan {
  stages: Stage[];
  steps: StepDef[];
  /** Needs of each planned step, restricted to the plan: they must pass for it to run. */
  needs: Map<string, string[]>;
  /**
   * Planned steps each planned step depends on through steps left out of the plan (with
   * `--only compile --only container`, container on compile through coverage, unit-tests and
   * instrument). They keep the graph's order and, like needs, must pass for it to run, but
   * give it no products of their own: its upstream is its direct needs.
   */
  through: Map<string, string[]>;
  /**
   * Steps each planned step waits for without needing them to pass: every step of the
   * earlier stages of the run. A stage consumes what the earlier ones left (the per-PR stage
   * deploys the image per-commit built), as the stages' workflows do on GitHub. A disruptive
   * step (chaos) also waits for the other steps of its stage.
   */
  after: Map<string, string[]>;
}

/**
 * The steps a run executes, in graph order. `--only` narrows to those steps (their needs
 * are not added: the user asked for exactly these), still in the graph's order, also where
 * it runs through steps left out; `--stage` to whole stages; neither
 * means every stage. Unknown names are a usage error that lists the valid ones.
 */
export function makePlan(stages: string[], only: string[]): Plan {
  const badStages = stages.filter((s) => !(STAGES as readonly string[]).includes(s));
  if (badStages.length) {
    throw new TollgateError('USAGE', `unknown stage ${badStages.map((s) => `"${s}"`).join(', ')}`, {
      hint: `valid stages: ${STAGES.join(', ')}`,
    });
  }
  const badSteps = only.filter((s) => !STEPS.some((d) => d.id === s));
  if (badSteps.length) {
    throw new TollgateError('USAGE', `unknown step ${badSteps.map((s) => `"${s}"`).join(', ')}`, {
      hint: `valid steps: ${STEPS.map((s) => s.id).join(', ')}`,
    });
  }
  const chosenStages = (
    stages.length ? STAGES.filter((s) => stages.includes(s)) : [...STAGES]
  ).filter(
    (stage) => only.length === 0 || STEPS.some((d) => d.stage === stage && only.includes(d.id)),
  );
  const steps = STEPS.filter(
    (d) => chosenStages.includes(d.stage) && (only.length === 0 || only.includes(d.id)),
  );
  if (steps.length === 0) {
    throw new TollgateError(
      'USAGE',
      `--only ${only.join(', ')} names no step of the chosen stages`,
      {
        hint: 'drop --stage, or pick steps of that stage',
      },
    );
  }
  const ids = new Set(steps.map((s) => s.id));
  const needs = new Map(steps.map((s) => [s.id, s.needs.filter((n) => ids.has(n))]));
  const through = new Map(steps.map((s) => [s.id, plannedThrough(s, ids)]));
  const rank = (s: StepDef) => STAGES.indexOf(s.stage);
  const after = new Map(
    steps.map((s) => [
      s.id,
      steps
        .filter(
          (e) =>
            rank(e) < rank(s) || (s.disruptive && e !== s && rank(e) === rank(s) && !e.disruptive),
        )
        .map((e) => e.id),
    ]),
  );
  return { stages: chosenStages, steps, needs, through, after };
}

/**
 * The planned steps `s` reaches by walking its needs up through steps that are not planned;
 * the walk stops at a planned step, whose own needs order the rest.
 */
function plannedThrough(s: StepDef, planned: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const walk = (ids: readonly string[]): void => {
    for (const id of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      if (planned.has(id)) continue;
      for (const n of STEPS.find((d) => d.id === id)?.needs ?? []) {
        if (planned.has(n)) found.add(n);
        else walk([n]);
      }
    }
  };
  walk(s.needs.filter((n) => !planned.has(n)));
  return STEPS.filter((d) => found.has(d.id)).map((d) => d.id);
}
