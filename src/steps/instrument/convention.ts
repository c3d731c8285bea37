import { join } from 'node:path';

/**
 * Where a test step's coverage goes. The test steps set these variables for the test
 * command; `instrument` attests the convention so that the record says how coverage was
 * collected. Every path is inside the test step's own reports folder, so the unit and
 * integration runs never overwrite each other's data.
 *
 * - NODE_V8_COVERAGE: Node writes raw V8 coverage of every process it starts there;
 *   the test step converts it to line coverage (src/steps/coverage/v8.ts).
 * - GOCOVERDIR: binaries built with `go build -cover` write their counters there.
 * - TOLLGATE_COVERAGE_DIR: for a test command that writes lcov, Cobertura or Istanbul
 *   reports itself and can be told where (e.g. `--test-reporter-destination`).
 */
export const COVERAGE_DIR = 'coverage';
export const V8_DIR = 'v8-coverage';
export const GO_DIR = 'go-coverage';

export function coverageEnv(outDir: string): Record<string, string> {
  return {
    NODE_V8_COVERAGE: join(outDir, V8_DIR),
    GOCOVERDIR: join(outDir, GO_DIR),
    TOLLGATE_COVERAGE_DIR: join(outDir, COVERAGE_DIR),
  };
}

/** What `instrument` records per language: how the instrumented build differs from the plain one. */
export const METHODS: Record<string, string> = {
  node: 'V8 coverage at run time: the instrumented build is the normal build; the test steps set NODE_V8_COVERAGE',
  go: 'go build -cover: binaries carry counters written to GOCOVERDIR when tests run them',
  python:
    'coverage.py at run time: the build is byte-compilation; the test command runs under coverage and writes Cobertura or lcov',
};
