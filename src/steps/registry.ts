import type { StepImplementation } from './types.js';

/**
 * The step implementations that exist, each loaded only when its step runs: a step action
 * then starts without loading the other steps' tools (ESLint, Spectral, the Kubernetes
 * schemas...), and a step of the pipeline graph that is not here is reported as
 * `not-implemented` by the runner and the actions: it never passes by default.
 */
const LOADERS: Record<string, () => Promise<StepImplementation>> = {
  'secret-scan': async () => (await import('./secret-scan/index.js')).secretScan,
  'lint-language': async () => (await import('./lint-language/index.js')).lintLanguage,
  'lint-iac': async () => (await import('./lint-iac/index.js')).lintIac,
  compile: async () => (await import('./compile/index.js')).compileStep,
  'lint-openapi': async () => (await import('./lint-openapi/index.js')).lintOpenapi,
  instrument: async () => (await import('./instrument/index.js')).instrumentStep,
  'unit-tests': async () => (await import('./unit-tests/index.js')).unitTestsStep,
  'integration-tests': async () =>
    (await import('./integration-tests/index.js')).integrationTestsStep,
  coverage: async () => (await import('./coverage/index.js')).coverageStep,
  sast: async () => (await import('./sast/index.js')).sast,
  'peer-review': async () => (await import('./peer-review/index.js')).peerReview,
  approval: async () => (await import('./approval/index.js')).approvalStep,
  container: async () => (await import('./container/index.js')).containerStep,
  sca: async () => (await import('./sca/index.js')).sca,
  'container-scan': async () => (await import('./container-scan/index.js')).containerScan,
  'sign-image': async () => (await import('./sign-image/index.js')).signImage,
  'publish-image': async () => (await import('./publish-image/index.js')).publishImage,
  dast: async () => (await import('./dast/index.js')).dast,
  'infra-scan': async () => (await import('./infra-scan/index.js')).infraScan,
  'cloud-scan': async () => (await import('./cloud-scan/index.js')).cloudScan,
  'deploy-test': async () => (await import('./deploy-test/index.js')).deployTest,
  'system-tests': async () => (await import('./system-tests/index.js')).systemTests,
  chaos: async () => (await import('./chaos/index.js')).chaos,
  'api-fuzz': async () => (await import('./api-fuzz/index.js')).apiFuzz,
  performance: async () => (await import('./performance/index.js')).performanceStep,
  'publish-staging': async () => (await import('./publish-staging/index.js')).publishStaging,
  'deploy-staging': async () => (await import('./deploy-staging/index.js')).deployStaging,
  'promote-production': async () =>
    (await import('./promote-production/index.js')).promoteProduction,
};

export type ImplementationLookup = (
  step: string,
) => StepImplementation | undefined | Promise<StepImplementation | undefined>;

export async function implementationOf(step: string): Promise<StepImplementation | undefined> {
  return LOADERS[step]?.();
}

export function implementedSteps(): string[] {
  return Object.keys(LOADERS);
}
