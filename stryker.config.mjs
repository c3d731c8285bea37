// Mutation testing of the trust code: the gate, the policy and signature verification.
// Run it with `npm run mutation` (scripts/mutation.mjs), which also prints the score per
// folder; docs/mutation.md explains the numbers and lists the mutants judged equivalent.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: {
    configFile: 'vitest.mutation.config.ts',
    // Only the test files that import the mutated file run for its mutants.
    related: true,
    // The suite runs in forks (vitest.config.ts); some tests change the working directory.
    pool: 'forks',
  },
  mutate: [
    'src/gate/**/*.ts',
    'src/policy/**/*.ts',
    'src/attest/verify/**/*.ts',
    // Generated data (the Sigstore public-good trusted root, copied from the @sigstore/tuf
    // seed): a mutant changes a key or a date of the root, which no behavioural test can
    // tell from a real root rotation. Its content is checked against the seed by
    // test/conformance/public-good-root.test.ts instead.
    '!src/attest/verify/public-good-root.ts',
    // Generated validators (ajv standalone code from the policy schema): test/policy and
    // test/attest/standalone-validators.test.ts check them against the schema itself.
    '!src/**/*.generated.ts',
  ],
  // Each mutant runs only the tests that executed its code in the first (dry) run.
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants, such as the tables of error hints and Fulcio
  // extension names) take effect only when a module loads, so each needs every related test
  // file: 5 % of the mutants, more than 40 % of the time. They are left out (reported as
  // ignored); the tests that use those tables check their values directly.
  ignoreStatic: true,
  // Two cores: one test runner per core.
  concurrency: 2,
  // Reruns test only the mutants whose code or tests changed since the last report.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['json', 'html', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  thresholds: { high: 90, low: 80, break: null },
  // What the sandbox copy of the project leaves out: built output and earlier reports.
  ignorePatterns: ['dist', 'actions/*/dist', '.tollgate', 'coverage', 'reports', 'bench'],
  timeoutMS: 10_000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
