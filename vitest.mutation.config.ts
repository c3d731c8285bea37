import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The tests Stryker runs against mutants of the trust code (src/gate, src/policy,
 * src/attest/verify): the files that import it in-process. Tests that reach that code only
 * through the built CLI (dist/), a registry or a whole pipeline run cannot see a mutant and
 * would only make every run slower. `npm run mutation` (scripts/mutation.mjs) uses it.
 */
export const MUTATION_TESTS = [
  'test/attest/**/*.test.ts',
  'test/gate/**/*.test.ts',
  'test/policy/**/*.test.ts',
  'test/keyless/**/*.test.ts',
  'test/spiffe/**/*.test.ts',
  'test/conformance/public-good-root.test.ts',
  'test/conformance/sigstore-bundle-verify.test.ts',
  'test/conformance/sigstore-gate.test.ts',
  'test/actions/gate-run.test.ts',
  'test/docs/gate-doc.test.ts',
  'test/docs/policy-doc.test.ts',
  'test/docs/schemas.test.ts',
  'test/pipeline/default-policy.test.ts',
  'test/steps/approval.test.ts',
  'test/steps/container-scan.test.ts',
  'test/steps/peer-review.test.ts',
  'test/unit/predicate-builders.test.ts',
  'test/vuln/vex-report.test.ts',
];

/**
 * Listed above through their folder, but run the built CLI (dist/, which the sandbox copy
 * leaves out): they fail the initial run there and cannot see a mutant anyway.
 */
export const MUTATION_EXCLUDED = [
  'test/gate/property/cli.test.ts',
  // Compares the committed ajv standalone code, byte for byte, with what the schemas compile
  // to now: in Stryker's sandbox copy the text differs and the initial run fails. It checks
  // generated code, which is not mutated (stryker.config.mjs), so it can kill no mutant.
  'test/attest/standalone-validators.test.ts',
];

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: MUTATION_TESTS,
    exclude: [...(base.test?.exclude ?? configDefaults.exclude), ...MUTATION_EXCLUDED],
    coverage: { enabled: false },
  },
});
