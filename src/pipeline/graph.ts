import { PREDICATE } from '../attest/predicates/types.js';

/**
 * The pipeline graph: the one definition that workflows, docs, the default policy and the
 * local runner are derived from. Step ids are a public contract: policies name them.
 */
export const STAGES = ['pre-commit', 'per-commit', 'per-pr', 'per-merge'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * The stages a stage waits for in the caller's workflow run (its `needs:` there), so that its
 * steps can download their artifacts: artifacts are shared within one run, never across runs.
 * per-merge also waits for pre-commit, whose attestation the promotion gate judges.
 */
export const STAGE_NEEDS: Record<Stage, readonly Stage[]> = {
  'pre-commit': [],
  'per-commit': [],
  'per-pr': ['per-commit'],
  'per-merge': ['pre-commit', 'per-commit'],
};

export interface StepDef {
  id: string;
  stage: Stage;
  title: string;
  /** Steps that must finish before this one (a `needs:` edge within the stage). */
  needs: string[];
  /**
   * Steps whose artifact this one reads (the files `reportsOf(step)` gives, bundles, products
   * restored into the workspace): its job downloads `tollgate-<step>` of each. A step of an
   * earlier stage is readable because the caller runs the stages in one workflow run.
   */
  consumes: string[];
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
  /**
   * Whether the step disturbs the deployment it tests (chaos kills and slows it): a local run
   * starts it after every other step of its stage, whose measurements it would spoil.
   */
  disruptive?: boolean;
  /**
   * Whether the step's products are files of the working tree that later jobs build on
   * (compile's dist/ and the OpenAPI spec): they travel in its artifact and the consuming
   * job's runtime restores them, each checked against the attested digest.
   */
  workspaceProducts?: boolean;
  /** What the step's job deploys, and where (docs/github.md). */
  deploys?: string;
  /**
   * Whether the step tests the running service that deploy-test deploys. A local run shares
   * one deployment for the stage; in its GitHub job, where no deployment lives, the step
   * deploys its own copy of the image by digest and tears it down after.
   */
  testsDeployment?: boolean;
  /**
   * Whether the step compares with other commits (the base branch of a pull request): its job
   * checks out the whole history (fetch-depth 0) instead of the commit alone.
   */
  history?: boolean;
}

/** What a step adds to the graph beyond its edges: presentation and the needs of its job. */
type StepExtras = Partial<
  Pick<
    StepDef,
    | 'required'
    | 'artefacts'
    | 'permissions'
    | 'disruptive'
    | 'workspaceProducts'
    | 'deploys'
    | 'testsDeployment'
    | 'history'
  >
>;

const P = PREDICATE;
const step = (
  id: string,
  stage: Stage,
  title: string,
  needs: string[],
  consumes: string[],
  attests: string[],
  box: string,
  extras: StepExtras = {},
): StepDef => ({
  id,
  stage,
  title,
  needs,
  consumes,
  attests,
  box,
  ...extras,
  required: extras.required ?? true,
});

/**
 * What the per-PR steps read: the image (to deploy their own copy by digest: from the
 * container artifact's OCI layout, or from the registry publish-image recorded) and
 * deploy-test's deployment.
 */
const DEPLOYS = ['container', 'publish-image'];
const TESTS_DEPLOYMENT = [...DEPLOYS, 'deploy-test'];
/** Per-PR steps that need a live service deploy their own copy, so jobs stay independent. */
const OWN_COPY = {
  deploys: 'its own ephemeral copy of the image, by digest; torn down after',
  testsDeployment: true,
};

export const STEPS: readonly StepDef[] = [
  step('secret-scan', 'pre-commit', 'Secret scan', [], [], [P.scanResult], 'secret scan'),

  step(
    'lint-language',
    'per-commit',
    'Language linters',
    [],
    [],
    [P.scanResult],
    'language-specific linters',
  ),
  step(
    'lint-iac',
    'per-commit',
    'Infrastructure-as-code linters',
    [],
    [],
    [P.scanResult],
    'infrastructure as code (IaC) linters',
  ),
  step(
    'compile',
    'per-commit',
    'Compile (yields the OpenAPI spec)',
    [],
    [],
    [P.slsaProvenance],
    'compile',
    { artefacts: ['OpenAPI specs'], workspaceProducts: true },
  ),
  step(
    'lint-openapi',
    'per-commit',
    'OpenAPI linter',
    ['compile'],
    ['compile'],
    [P.scanResult],
    'OpenAPI linter',
  ),
  step(
    'instrument',
    'per-commit',
    'Instrumented build (code coverage)',
    ['compile'],
    ['compile'],
    [P.slsaProvenance],
    'code coverage',
    { workspaceProducts: true },
  ),
  step(
    'unit-tests',
    'per-commit',
    'Unit tests',
    ['instrument'],
    ['instrument'],
    [P.testResult],
    'unit tests',
  ),
  step(
    'integration-tests',
    'per-commit',
    'Integration tests',
    ['instrument'],
    ['instrument'],
    [P.testResult],
    'integration tests',
  ),
  step(
    'coverage',
    'per-commit',
    'Coverage aggregation',
    ['unit-tests', 'integration-tests'],
    ['unit-tests', 'integration-tests'],
    [P.coverage],
    'coverage aggregation',
    // The coverage of the changed lines is measured against the pull request's base branch.
    { history: true },
  ),
  step(
    'container',
    'per-commit',
    'Container image',
    ['coverage', 'lint-language', 'lint-iac', 'lint-openapi'],
    ['compile'],
    [P.slsaProvenance],
    'container / buildpack image',
  ),
  step(
    'sca',
    'per-commit',
    'SCA, SBOM and licence notices',
    ['container'],
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
    ['container'],
    [P.vulns, P.scanResult],
    'container scan',
  ),
  step(
    'sign-image',
    'per-commit',
    'Signed image identity',
    ['container-scan'],
    ['container'],
    [P.slsaProvenance],
    'signed identity',
    { permissions: { packages: 'write' } },
  ),
  step(
    'publish-image',
    'per-commit',
    'Published image',
    // sca too: its bundles are attached to the image, so it must have signed them first.
    ['sign-image', 'sca'],
    ['container', 'sca', 'container-scan', 'sign-image'],
    [P.slsaProvenance],
    'published image',
    { permissions: { packages: 'write' } },
  ),
  step('sast', 'per-commit', 'SAST', [], [], [P.scanResult], 'SAST'),

  step(
    'deploy-test',
    'per-pr',
    'Deploy to a test environment',
    [],
    DEPLOYS,
    [P.slsaProvenance],
    'deploy to a test environment',
    { deploys: 'the image, by digest, to the test target; health-checked, then torn down' },
  ),
  step(
    'system-tests',
    'per-pr',
    'System tests',
    ['deploy-test'],
    TESTS_DEPLOYMENT,
    [P.testResult],
    'system tests',
    OWN_COPY,
  ),
  step(
    'chaos',
    'per-pr',
    'Reliability / chaos tests',
    ['system-tests'],
    TESTS_DEPLOYMENT,
    [P.scanResult],
    'reliability / chaos tests',
    { disruptive: true, ...OWN_COPY },
  ),
  step(
    'dast',
    'per-pr',
    'DAST',
    ['deploy-test'],
    TESTS_DEPLOYMENT,
    [P.scanResult],
    'DAST',
    OWN_COPY,
  ),
  step(
    'api-fuzz',
    'per-pr',
    'API fuzzing',
    ['deploy-test'],
    // compile too: the requests come from the OpenAPI spec the build produced.
    [...TESTS_DEPLOYMENT, 'compile'],
    [P.scanResult],
    'API fuzzing',
    OWN_COPY,
  ),
  step(
    'infra-scan',
    'per-pr',
    'Infrastructure vulnerability scan',
    ['deploy-test'],
    TESTS_DEPLOYMENT,
    [P.scanResult],
    'infrastructure vulnerability scan',
    OWN_COPY,
  ),
  step(
    'cloud-scan',
    'per-pr',
    'Cloud misconfiguration scan',
    ['deploy-test'],
    TESTS_DEPLOYMENT,
    [P.scanResult],
    'cloud misconfiguration scan',
  ),
  step(
    'performance',
    'per-pr',
    'Performance tests',
    ['deploy-test'],
    TESTS_DEPLOYMENT,
    [P.scanResult],
    'performance tests',
    OWN_COPY,
  ),
  // The review steps read the API, but still check out: the repository's inputs file
  // (.github/tollgate-inputs.yml) and policy are read from the checkout, as in every job.
  step('peer-review', 'per-pr', 'Peer review', [], [], [P.review], 'peer review', {
    permissions: { 'pull-requests': 'read' },
  }),

  step(
    'approval',
    'per-merge',
    'Stakeholder approval',
    [],
    [],
    [P.review],
    'stakeholder approval',
    {
      // The Environment's reviewers' decisions are read through the Actions API.
      permissions: { actions: 'read' },
    },
  ),
  step(
    'publish-staging',
    'per-merge',
    'Publish to staging',
    ['approval'],
    ['container', 'publish-image'],
    [P.slsaProvenance],
    'publish artefacts to a staging repository',
    { permissions: { packages: 'write' } },
  ),
  step(
    'deploy-staging',
    'per-merge',
    'Deploy to staging',
    ['publish-staging'],
    ['publish-staging'],
    [P.slsaProvenance],
    'deploy to staging',
    { deploys: 'the staged image, pulled by digest from the staging repository, to staging' },
  ),
  step(
    'promote-production',
    'per-merge',
    'Promote to production',
    // After staging: the digest promoted is the one re-read from the staging repository.
    ['approval', 'deploy-staging'],
    ['container', 'publish-image', 'publish-staging'],
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

/** The stages whose artifacts a stage's run has: its own and those it waits for, transitively. */
export function stagesInRun(stage: Stage): Stage[] {
  const found = new Set<Stage>([stage]);
  const visit = (s: Stage) => {
    for (const n of STAGE_NEEDS[s]) {
      if (found.has(n)) continue;
      found.add(n);
      visit(n);
    }
  };
  visit(stage);
  return STAGES.filter((s) => found.has(s));
}
