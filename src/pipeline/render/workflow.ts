import { findStep, stagesInRun, stepsOfStage, type Stage, type StepDef } from '../graph.js';
import { COMMON_INPUTS, STEP_INPUTS, type InputDef } from '../inputs.js';
import {
  artifactName,
  CHECKOUT,
  DOWNLOAD_ARTIFACT,
  ownAction,
  SETUP_NODE,
  UPLOAD_ARTIFACT,
  VERDICT_ARTIFACT,
} from '../pins.js';
import { JOB_ENVIRONMENTS, wiredInput, workflowInputs } from '../wiring.js';
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
/**
 * Where a step job keeps its reports (the `reports-dir` input's default) and downloads the
 * artifacts it consumes: each artifact is rooted there (`<step>.sigstore.json`, `<step>/...`),
 * so the files land where `reportsOf(step)` looks.
 */
export const REPORTS_DIR = COMMON_INPUTS.find((i) => i.name === 'reports-dir')!.default;
/**
 * A reference by digest, `name@sha256:<64 hex>` (the name may carry a registry host and
 * port): a tag can be moved to other contents after the caller reviewed it.
 */
export const DIGEST_REFERENCE = '^[a-z0-9]([a-z0-9._/:-]*[a-z0-9])?@sha256:[0-9a-f]{64}$';
/** The job that checks the toolbox image before any job runs in it. */
export const TOOLBOX_GUARD = 'toolbox-image';
/** The step whose job also brings every attestation of the run, as its `bundles` input. */
const PROMOTION_STEP = 'promote-production';

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

function checkoutStep(history = false): Record<string, unknown> {
  // No token left in .git/config for later steps to find.
  return {
    uses: commented(CHECKOUT.uses, CHECKOUT.version),
    with: { 'persist-credentials': false, ...(history ? { 'fetch-depth': 0 } : {}) },
  };
}

/**
 * The Node.js the repository's own commands run with (`npm test`, the build): a runner's
 * default `node` may be older than the project needs. The step actions themselves run on
 * the runner's node24 whatever this sets.
 */
function setupNodeStep(): Record<string, unknown> {
  return {
    uses: commented(SETUP_NODE.uses, SETUP_NODE.version),
    with: { 'node-version': '${{ inputs.node-version }}' },
  };
}

/** One download of an artifact by its exact name. */
function download(step: string, path: string, optional = false): Record<string, unknown> {
  return {
    name: `Download ${artifactName(step)}`,
    uses: commented(DOWNLOAD_ARTIFACT.uses, DOWNLOAD_ARTIFACT.version),
    // A step that failed before signing, or was skipped, leaves no artifact: where that is
    // possible, the gate judging the attestations names what is missing instead.
    ...(optional ? { 'continue-on-error': true } : {}),
    with: { name: artifactName(step), path },
  };
}

/**
 * The `needs:` of a step's job: the graph's edges and every step of the same stage it
 * consumes (an artifact can only be downloaded once its job has finished). Steps of other
 * stages are waited for by the caller (STAGE_NEEDS).
 */
export function jobNeeds(step: StepDef): string[] {
  const sameStage = step.consumes.filter((c) => findStep(c)?.stage === step.stage);
  return [...new Set([...step.needs, ...sameStage])];
}

/**
 * The attestations promote-production judges: every other step of the stages in its run.
 * They come into the reports folder (where the consumed artifacts are too), which is its
 * `bundles` input.
 */
export function promotionBundleSteps(step: StepDef): string[] {
  return stagesInRun(step.stage)
    .flatMap((st) => stepsOfStage(st).map((s) => s.id))
    .filter((id) => id !== step.id && !step.consumes.includes(id));
}

function stepJob(stage: Stage, step: StepDef): Record<string, unknown> {
  const withs: Record<string, string> = {};
  for (const input of [...COMMON_INPUTS, ...(STEP_INPUTS[step.id] ?? [])]) {
    const from = wiredInput(stage, step.id, input.name);
    if (from) withs[input.name] = `\${{ inputs.${from} }}`;
  }
  const promotes = step.id === PROMOTION_STEP;
  if (promotes) withs.bundles = REPORTS_DIR;
  const job: Record<string, unknown> = { name: step.title };
  // The first jobs wait for the toolbox image check; the others wait for them.
  const needs = jobNeeds(step);
  job.needs = needs.length ? needs : [TOOLBOX_GUARD];
  job['runs-on'] = RUNS_ON;
  const environment = JOB_ENVIRONMENTS[step.id];
  if (environment) job.environment = `\${{ inputs.${environment} }}`;
  job.permissions = stepPermissions(step);
  // An empty image means no job container: the steps run on the runner itself.
  job.container = '${{ inputs.toolbox-image }}';
  // Every job checks out: the inputs file and the policy are read from the repository.
  const steps: unknown[] = [checkoutStep(step.history), setupNodeStep()];
  for (const c of step.consumes) steps.push(download(c, REPORTS_DIR));
  if (promotes)
    for (const b of promotionBundleSteps(step)) steps.push(download(b, REPORTS_DIR, true));
  steps.push({
    name: step.title,
    uses: ownAction(step.id),
    ...(Object.keys(withs).length ? { with: withs } : {}),
  });
  job.steps = steps;
  return job;
}

/**
 * `container:` starts the image before a job's first step, so the check is a job of its own
 * that the first step jobs and the gate wait for. It runs on the runner, with no permission,
 * and reads the input through the environment, never pasted into the script.
 */
function toolboxGuardJob(): Record<string, unknown> {
  return {
    name: 'Toolbox image pinned by digest',
    'runs-on': RUNS_ON,
    permissions: {},
    steps: [
      {
        name: 'Check the toolbox-image input',
        env: { TOOLBOX_IMAGE: '${{ inputs.toolbox-image }}' },
        run: [
          `pattern='${DIGEST_REFERENCE}'`,
          'if [ -z "$TOOLBOX_IMAGE" ]; then',
          '  echo "no toolbox image: the jobs run on the runner itself"',
          'elif [[ "$TOOLBOX_IMAGE" =~ $pattern ]]; then',
          '  echo "toolbox image: $TOOLBOX_IMAGE"',
          'else',
          '  echo "::error title=toolbox-image::the toolbox-image input must name the image by digest, name@sha256:<64 hex digits>; a tag can be moved to other contents. Pin it: docker buildx imagetools inspect <image> prints the digest."',
          '  exit 1',
          'fi',
          '',
        ].join('\n'),
      },
    ],
  };
}

function gateJob(stage: Stage, steps: string[]): Record<string, unknown> {
  return {
    name: 'Gate',
    needs: [TOOLBOX_GUARD, ...steps],
    // Runs even when steps failed or were skipped, so the verdict names what is missing;
    // never in a toolbox image that is not pinned by digest.
    if: `always() && needs.${TOOLBOX_GUARD}.result == 'success'`,
    'runs-on': RUNS_ON,
    permissions: GATE_PERMISSIONS,
    container: '${{ inputs.toolbox-image }}',
    steps: [
      checkoutStep(),
      // The attestations of this stage's steps, by exact name.
      ...steps.map((step) => download(step, BUNDLES_DIR, true)),
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
  const jobs: Record<string, unknown> = { [TOOLBOX_GUARD]: toolboxGuardJob() };
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
