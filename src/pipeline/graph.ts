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
}

const P = PREDICATE;
const step = (
  id: string,
  stage: Stage,
  title: string,
  needs: string[],
  attests: string[],
  required = true,
): StepDef => ({ id, stage, title, needs, attests, required });

export const STEPS: readonly StepDef[] = [
  step('secret-scan', 'pre-commit', 'Secret scan', [], [P.scanResult]),

  step('lint-language', 'per-commit', 'Language linters', [], [P.scanResult]),
  step('lint-iac', 'per-commit', 'Infrastructure-as-code linters', [], [P.scanResult]),
  step('compile', 'per-commit', 'Compile (yields the OpenAPI spec)', [], [P.slsaProvenance]),
  step('lint-openapi', 'per-commit', 'OpenAPI linter', ['compile'], [P.scanResult]),
  step(
    'instrument',
    'per-commit',
    'Instrumented build (code coverage)',
    ['compile'],
    [P.slsaProvenance],
  ),
  step('unit-tests', 'per-commit', 'Unit tests', ['instrument'], [P.testResult]),
  step('integration-tests', 'per-commit', 'Integration tests', ['instrument'], [P.testResult]),
  step(
    'coverage',
    'per-commit',
    'Coverage aggregation',
    ['unit-tests', 'integration-tests'],
    [P.coverage],
  ),
  step(
    'container',
    'per-commit',
    'Container image',
    ['coverage', 'lint-language', 'lint-iac', 'lint-openapi'],
    [P.slsaProvenance],
  ),
  step('sca', 'per-commit', 'SCA, SBOM and licence notices', ['container'], [P.cyclonedx, P.vulns]),
  step('container-scan', 'per-commit', 'Container scan', ['container'], [P.vulns]),
  step('sign-image', 'per-commit', 'Signed image identity', ['container-scan'], [P.slsaProvenance]),
  step('publish-image', 'per-commit', 'Published image', ['sign-image'], [P.slsaProvenance]),
  step('sast', 'per-commit', 'SAST', [], [P.scanResult]),

  step('deploy-test', 'per-pr', 'Deploy to a test environment', [], [P.slsaProvenance]),
  step('system-tests', 'per-pr', 'System tests', ['deploy-test'], [P.testResult]),
  step('chaos', 'per-pr', 'Reliability / chaos tests', ['system-tests'], [P.scanResult]),
  step('dast', 'per-pr', 'DAST', ['deploy-test'], [P.scanResult]),
  step('api-fuzz', 'per-pr', 'API fuzzing', ['deploy-test'], [P.scanResult]),
  step(
    'infra-scan',
    'per-pr',
    'Infrastructure vulnerability scan',
    ['deploy-test'],
    [P.scanResult],
  ),
  step('cloud-scan', 'per-pr', 'Cloud misconfiguration scan', ['deploy-test'], [P.scanResult]),
  step('performance', 'per-pr', 'Performance tests', ['deploy-test'], [P.scanResult]),
  step('peer-review', 'per-pr', 'Peer review', [], [P.review]),

  step('approval', 'per-merge', 'Stakeholder approval', [], [P.review]),
  step('publish-staging', 'per-merge', 'Publish to staging', ['approval'], [P.slsaProvenance]),
  step('deploy-staging', 'per-merge', 'Deploy to staging', ['publish-staging'], [P.slsaProvenance]),
  step('promote-production', 'per-merge', 'Promote to production', ['approval'], [P.vsa]),
];

const BY_ID = new Map(STEPS.map((s) => [s.id, s]));

export function findStep(id: string): StepDef | undefined {
  return BY_ID.get(id);
}

export function stepsOfStage(stage: Stage): StepDef[] {
  return STEPS.filter((s) => s.stage === stage);
}
