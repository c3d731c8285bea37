import { PREDICATE } from '../attest/predicates/types.js';

/**
 * The pipeline graph: the one definition that workflows, docs, the default policy and the
 * local runner are derived from. Step ids are a public contract: policies name them.
 */
export const STAGES = ['pre-commit', 'per-commit', 'per-pr', 'per-merge'] as const;
export type Stage = (typeof STAGES)[number];

export interface StepDef {
  id: string;
  stage: Stage;
  title: string;
  /** Steps whose results this one consumes (a `needs:` edge). */
  needs: string[];
  /** Predicate types the step attests; the gate requires each of them. */
  attests: string[];
  /** Whether the default policy requires the step. */
  required: boolean;
  /** The box of the original pipeline diagrams this step stands for (docs/pipeline.md). */
  box?: string;
  /** Boxes of the original diagrams that are outputs of this step rather than steps. */
  artefacts?: string[];
  /**
   * Token permissions the step's job needs beyond `contents: read` and `id-token: write`
   * (keyless signing); kept to what the step's own work requires.
   */
  permissions?: Partial<
    Record<'pull-requests' | 'packages' | 'checks' | 'actions', 'read' | 'write'>
  >;
  /** Whether the job checks out the repository (default true); review steps work on the API only. */
  checkout?: boolean;
  /**
   * Whether the step disturbs the deployment it tests (chaos kills and slows it): a local run
   * starts it after every other step of its stage, whose measurements it would spoil.
   */
  disruptive?: boolean;
}

/** What a step adds to the graph beyond its edges: presentation and the needs of its job. */
type StepExtras = Partial<
  Pick<StepDef, 'required' | 'artefacts' | 'permissions' | 'checkout' | 'disruptive'>
>;

const P = PREDICATE;
const step = (
  id: string,
  stage: Stage,
  title: string,
  needs: string[],
  attests: string[],
  box: string,
  extras: StepExtras = {},
): StepDef => ({
  id,
  stage,
  title,
  needs,
  attests,
  box,
  ...extras,
  required: extras.required ?? true,
});

export const STEPS: readonly StepDef[] = [
  step('secret-scan', 'pre-commit', 'Secret scan', [], [P.scanResult], 'secret scan'),

  step(
    'lint-language',
    'per-commit',
    'Language linters',
    [],
    [P.scanResult],
    'language-specific linters',
  ),
  step(
    'lint-iac',
    'per-commit',
    'Infrastructure-as-code linters',
    [],
    [P.scanResult],
    'infrastructure as code (IaC) linters',
  ),
  step(
    'compile',
    'per-commit',
    'Compile (yields the OpenAPI spec)',
    [],
    [P.slsaProvenance],
    'compile',
    { artefacts: ['OpenAPI specs'] },
  ),
  step(
    'lint-openapi',
    'per-commit',
    'OpenAPI linter',
    ['compile'],
    [P.scanResult],
    'OpenAPI linter',
  ),
  step(
    'instrument',
    'per-commit',
    'Instrumented build (code coverage)',
    ['compile'],
    [P.slsaProvenance],
    'code coverage',
  ),
  step('unit-tests', 'per-commit', 'Unit tests', ['instrument'], [P.testResult], 'unit tests'),
  step(
    'integration-tests',
    'per-commit',
    'Integration tests',
    ['instrument'],
    [P.testResult],
    'integration tests',
  ),
  step(
    'coverage',
    'per-commit',
    'Coverage aggregation',
    ['unit-tests', 'integration-tests'],
    [P.coverage],
    'coverage aggregation',
  ),
  step(
    'container',
    'per-commit',
    'Container image',
    ['coverage', 'lint-language', 'lint-iac', 'lint-openapi'],
    [P.slsaProvenance],
    'container / buildpack image',
  ),
  step(
    'sca',
    'per-commit',
    'SCA, SBOM and licence notices',
    ['container'],
    [P.cyclonedx, P.vulns],
    'SCA scan',
    { artefacts: ['manifest / notices'] },
  ),
  step(
    'container-scan',
    'per-commit',
    'Container scan',
    ['container'],
    [P.vulns, P.scanResult],
    'container scan',
  ),
  step(
    'sign-image',
    'per-commit',
    'Signed image identity',
    ['container-scan'],
    [P.slsaProvenance],
    'signed identity',
    { permissions: { packages: 'write' } },
  ),
  step(
    'publish-image',
    'per-commit',
    'Published image',
    ['sign-image'],
    [P.slsaProvenance],
    'published image',
    { permissions: { packages: 'write' } },
  ),
  step('sast', 'per-commit', 'SAST', [], [P.scanResult], 'SAST'),

  step(
    'deploy-test',
    'per-pr',
    'Deploy to a test environment',
    [],
    [P.slsaProvenance],
    'deploy to a test environment',
  ),
  step('system-tests', 'per-pr', 'System tests', ['deploy-test'], [P.testResult], 'system tests'),
  step(
    'chaos',
    'per-pr',
    'Reliability / chaos tests',
    ['system-tests'],
    [P.scanResult],
    'reliability / chaos tests',
    { disruptive: true },
  ),
  step('dast', 'per-pr', 'DAST', ['deploy-test'], [P.scanResult], 'DAST'),
  step('api-fuzz', 'per-pr', 'API fuzzing', ['deploy-test'], [P.scanResult], 'API fuzzing'),
  step(
    'infra-scan',
    'per-pr',
    'Infrastructure vulnerability scan',
    ['deploy-test'],
    [P.scanResult],
    'infrastructure vulnerability scan',
  ),
  step(
    'cloud-scan',
    'per-pr',
    'Cloud misconfiguration scan',
    ['deploy-test'],
    [P.scanResult],
    'cloud misconfiguration scan',
  ),
  step(
    'performance',
    'per-pr',
    'Performance tests',
    ['deploy-test'],
    [P.scanResult],
    'performance tests',
  ),
  // The review steps work on the API, but their jobs check out the repository too: like every
  // step they take their inputs (signer, Sigstore URLs) from .github/tollgate-inputs.yml.
  step('peer-review', 'per-pr', 'Peer review', [], [P.review], 'peer review', {
    permissions: { 'pull-requests': 'read' },
  }),

  step('approval', 'per-merge', 'Stakeholder approval', [], [P.review], 'stakeholder approval', {
    // The Environment's reviewers' decisions are read through the Actions API.
    permissions: { actions: 'read' },
  }),
  step(
    'publish-staging',
    'per-merge',
    'Publish to staging',
    ['approval'],
    [P.slsaProvenance],
    'publish artefacts to a staging repository',
    { permissions: { packages: 'write' } },
  ),
  step(
    'deploy-staging',
    'per-merge',
    'Deploy to staging',
    ['publish-staging'],
    [P.slsaProvenance],
    'deploy to staging',
  ),
  step(
    'promote-production',
    'per-merge',
    'Promote to production',
    // After staging: the digest promoted is the one re-read from the staging repository.
    ['approval', 'deploy-staging'],
    [P.vsa],
    'promote to production',
    { permissions: { packages: 'write' } },
  ),
];

const BY_ID = new Map(STEPS.map((s) => [s.id, s]));

export function findStep(id: string): StepDef | undefined {
  return BY_ID.get(id);
}

export function stepsOfStage(stage: Stage): StepDef[] {
  return STEPS.filter((s) => s.stage === stage);
}
