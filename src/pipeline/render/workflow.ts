import { stepsOfStage, type Stage, type StepDef } from '../graph.js';
import { COMMON_INPUTS, STEP_INPUTS, type InputDef } from '../inputs.js';
import {
  ARTIFACT_PATTERN,
  CHECKOUT,
  DOWNLOAD_ARTIFACT,
  ownAction,
  UPLOAD_ARTIFACT,
  VERDICT_ARTIFACT,
} from '../pins.js';
import { wiredInput, workflowInputs } from '../wiring.js';
import {
  GATE_PERMISSIONS,
  stepPermissions,
  unionPermissions,
  type Permissions,
} from './permissions.js';
import { commented, yamlText } from './yaml-text.js';

/**
 * The reusable workflow of one stage (`workflows/<stage>.yml`): one job per step with the
 * graph's `needs:`, then a gate job that verifies every attestation of the run against the
 * policy. Inputs reach the actions only through `with:`, never through `run:` scripts.
 */

export const RUNS_ON = 'ubuntu-24.04';
const BUNDLES_DIR = 'tollgate-attestations';
const VERDICT_DIR = 'tollgate-verdict';
const VERDICT_PATH = `${VERDICT_DIR}/verdict.json`;

const HEADERS: Record<Stage, string[]> = {
  'pre-commit': [
    'Re-checks in CI what the pre-commit hook checks on the developer machine, because a',
    'local hook can be skipped (git commit --no-verify).',
  ],
  'per-commit': [
    'Runs on every push: linters, build, tests, image, scans, signed and published image.',
  ],
  'per-pr': [
    'Runs on every update of a pull request: deploy to a test environment, dynamic tests, review.',
    'Fork safety: call this workflow on `pull_request`, never on `pull_request_target`. Then a',
    'pull request from a fork runs with a read-only token and GitHub issues it no OIDC token, so',
    'untrusted code never holds a write token or a signing identity: its steps cannot sign, and',
    'the gate fails until a maintainer runs the stage on a branch of this repository.',
    'No job here has a write permission besides id-token (needed for keyless signing).',
  ],
  'per-merge': [
    'Runs after a merge to the default branch: stakeholder approval (a GitHub Environment with',
    'required reviewers), then publish to staging, deploy to staging and promote the same',
    'digests to production.',
  ],
};

const inputValue = (i: InputDef): string | boolean | number =>
  i.type === 'boolean'
    ? i.default === 'true'
    : i.type === 'number'
      ? Number(i.default || 0)
      : i.default;

function workflowCallInputs(stage: Stage): Record<string, unknown> {
  return Object.fromEntries(
    workflowInputs(stage).map((i) => [
      i.name,
      { description: i.description, type: i.type, required: false, default: inputValue(i) },
    ]),
  );
}

function checkoutStep(): Record<string, unknown> {
  // No token left in .git/config for later steps to find.
  return {
    uses: commented(CHECKOUT.uses, CHECKOUT.version),
    with: { 'persist-credentials': false },
  };
}

function stepJob(stage: Stage, step: StepDef): Record<string, unknown> {
  const withs: Record<string, string> = {};
  for (const input of [...COMMON_INPUTS, ...(STEP_INPUTS[step.id] ?? [])]) {
    const from = wiredInput(stage, step.id, input.name);
    if (from) withs[input.name] = `\${{ inputs.${from} }}`;
  }
  const job: Record<string, unknown> = { name: step.title };
  if (step.needs.length) job.needs = [...step.needs];
  job['runs-on'] = RUNS_ON;
  if (step.id === 'approval') job.environment = '${{ inputs.approval-environment }}';
  job.permissions = stepPermissions(step);
  // An empty image means no job container: the steps run on the runner itself.
  job.container = '${{ inputs.toolbox-image }}';
  const steps: unknown[] = [];
  if (step.checkout !== false) steps.push(checkoutStep());
  steps.push({
    name: step.title,
    uses: ownAction(step.id),
    ...(Object.keys(withs).length ? { with: withs } : {}),
  });
  job.steps = steps;
  return job;
}

function gateJob(stage: Stage, needs: string[]): Record<string, unknown> {
  return {
    name: 'Gate',
    needs,
    // Runs even when steps failed or were skipped, so the verdict names what is missing.
    if: 'always()',
    'runs-on': RUNS_ON,
    permissions: GATE_PERMISSIONS,
    container: '${{ inputs.toolbox-image }}',
    steps: [
      checkoutStep(),
      {
        name: 'Download the attestations of this run',
        uses: commented(DOWNLOAD_ARTIFACT.uses, DOWNLOAD_ARTIFACT.version),
        with: { pattern: ARTIFACT_PATTERN, 'merge-multiple': true, path: BUNDLES_DIR },
      },
      {
        name: 'Verify them against the policy',
        uses: ownAction('gate'),
        with: {
          policy: '${{ inputs.policy }}',
          bundles: BUNDLES_DIR,
          stages: stage,
          'verdict-path': VERDICT_PATH,
        },
      },
      {
        name: 'Keep the verdict',
        if: 'always()',
        uses: commented(UPLOAD_ARTIFACT.uses, UPLOAD_ARTIFACT.version),
        // The verdict and the report next to it, named per stage: several stages' gates may
        // run in one workflow run, and artifact names must be unique within a run.
        with: {
          name: `${VERDICT_ARTIFACT}-${stage}`,
          path: VERDICT_DIR,
          'if-no-files-found': 'warn',
        },
      },
    ],
  };
}

/** Permissions a caller must grant to this stage's workflow (the union over its jobs). */
export function stagePermissions(stage: Stage): Permissions {
  return unionPermissions([GATE_PERMISSIONS, ...stepsOfStage(stage).map(stepPermissions)]);
}

export function renderWorkflow(stage: Stage): string {
  const steps = stepsOfStage(stage);
  const jobs: Record<string, unknown> = {};
  for (const s of steps) jobs[s.id] = stepJob(stage, s);
  jobs.gate = gateJob(
    stage,
    steps.map((s) => s.id),
  );
  const doc = {
    name: `Tollgate ${stage}`,
    on: { workflow_call: { inputs: workflowCallInputs(stage) } },
    // Nothing by default; each job asks for what it needs.
    permissions: {},
    jobs,
  };
  return yamlText(doc, {
    header: [
      'Generated by scripts/generate.mjs from src/pipeline/graph.ts; do not edit.',
      `Reusable workflow of the ${stage} stage.`,
      ...HEADERS[stage],
    ],
    spacedKeys: ['on', 'permissions', 'jobs'],
    spacedMaps: [['jobs']],
  });
}
