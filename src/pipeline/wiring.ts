import type { Stage } from './graph.js';
import { WORKFLOW_INPUTS, type InputDef } from './inputs.js';

/**
 * How a reusable workflow's inputs reach the step actions. By default a step input receives
 * the workflow input of the same name; the exceptions below say otherwise, because the same
 * name would carry the wrong value (the instrumented build is not the plain build; staging and
 * production are different registries).
 */

/** Workflow inputs only one stage has. */
export const STAGE_WORKFLOW_INPUTS: Record<Stage, InputDef[]> = {
  'pre-commit': [],
  'per-commit': [
    {
      name: 'publish-environment',
      description:
        'GitHub Environment of the job that publishes the image (its protection rules and secrets).',
      default: 'registry',
      type: 'string',
    },
  ],
  'per-pr': [],
  'per-merge': [
    {
      name: 'approval-environment',
      description: 'GitHub Environment whose required reviewers approve a release.',
      default: 'production-approval',
      type: 'string',
    },
    {
      name: 'staging-environment',
      description: 'GitHub Environment of the job that publishes to staging.',
      default: 'staging',
      type: 'string',
    },
    {
      name: 'production-environment',
      description: 'GitHub Environment of the job that promotes to production.',
      default: 'production',
      type: 'string',
    },
    {
      name: 'staging-registry',
      description: 'Staging registry the artefacts are published to.',
      default: '',
      type: 'string',
    },
    {
      name: 'production-registry',
      description: 'Production registry the same artefacts are promoted to.',
      default: '',
      type: 'string',
    },
  ],
};

/** step → step input → workflow input (null: the step keeps its own default). */
const OVERRIDES: Record<string, Record<string, string | null>> = {
  'integration-tests': { 'test-command': 'integration-test-command' },
  // The workflow's test-command is the unit test command; system tests have their own.
  'system-tests': { 'test-command': null },
  instrument: { 'build-command': null },
  'publish-staging': { registry: 'staging-registry' },
  'promote-production': { registry: 'production-registry' },
  approval: { environment: 'approval-environment' },
};

/**
 * The jobs that publish, promote or approve run in a GitHub Environment named by a workflow
 * input: its protection rules (required reviewers, the branches allowed to deploy) and its
 * secrets then apply to exactly those jobs, and no other job of the run gets them.
 */
export const JOB_ENVIRONMENTS: Readonly<Record<string, string>> = {
  'publish-image': 'publish-environment',
  approval: 'approval-environment',
  'publish-staging': 'staging-environment',
  'promote-production': 'production-environment',
};

export function workflowInputs(stage: Stage): InputDef[] {
  return [...WORKFLOW_INPUTS, ...STAGE_WORKFLOW_INPUTS[stage]];
}

/** The workflow input that feeds `stepInput` of `step` in `stage`, if any. */
export function wiredInput(stage: Stage, step: string, stepInput: string): string | undefined {
  const override = OVERRIDES[step]?.[stepInput];
  if (override === null) return undefined;
  const name = override ?? stepInput;
  return workflowInputs(stage).some((i) => i.name === name) ? name : undefined;
}
