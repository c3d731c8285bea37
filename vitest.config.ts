import { defineConfig } from 'vitest/config';

/**
 * Coverage floors of the trust code (lines and branches, in %), checked when the suite runs
 * with `--coverage` (scripts/test.sh does): 95 for every folder (docs/mutation.md).
 */
const TRUST_THRESHOLDS = {
  'src/attest/verify/**': { lines: 95, branches: 95 },
  'src/gate/**': { lines: 95, branches: 95 },
  'src/policy/**': { lines: 95, branches: 95 },
};

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Off unless asked for (`--coverage`); scripts/test.sh asks for it. Only the trust code
    // is measured, so the rest of the suite pays little for it.
    coverage: {
      provider: 'v8',
      include: Object.keys(TRUST_THRESHOLDS),
      // Generated data (the public-good trusted root); nothing in it can branch. The schema
      // validators are generated code (ajv standalone), checked against the schemas instead.
      exclude: ['src/attest/verify/public-good-root.ts', 'src/**/*.generated.ts'],
      reporter: [['text', { skipFull: true }], 'json-summary'],
      reportsDirectory: 'coverage',
      thresholds: TRUST_THRESHOLDS,
    },
  },
});
