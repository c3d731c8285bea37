import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { INTEGRATION, runStep, scratch, UNIT } from './build-helpers.js';

/**
 * The build-and-test chain on the node-app fixture, run for real in order: compile,
 * instrument, both test steps, coverage. src/math.js has 6 lines; the unit test covers 4
 * (not the `a < 0` path), the integration test 5 (not the sum), together all 6.
 */
describe('compile → instrument → tests → coverage on a clean project', () => {
  const s = scratch('node-app');
  afterAll(s.cleanup);
  const results: Record<string, Awaited<ReturnType<typeof runStep>>> = {};

  beforeAll(async () => {
    results.compile = await runStep('compile', s.repo, s.reports, {
      'build-command': 'auto',
      'openapi-path': 'dist/openapi.json',
    });
    results.instrument = await runStep(
      'instrument',
      s.repo,
      s.reports,
      {},
      { compile: results.compile.products },
    );
    const up = { instrument: results.instrument.products };
    results.unit = await runStep('unit-tests', s.repo, s.reports, UNIT, up);
    results.integration = await runStep('integration-tests', s.repo, s.reports, INTEGRATION, up);
  });

  it('compile attests the built files and the OpenAPI spec as products', () => {
    const r = results.compile!;
    expect(r.status).toBe('passed');
    expect(r.products.map((p) => p.name)).toEqual(['dist/math.js', 'dist/openapi.json']);
    expect(r.products[0]!.digest.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.materials).toEqual([{ name: 'example/app', digest: { gitCommit: 'a'.repeat(40) } }]);
    const p = r.attestations[0]!;
    expect(p.predicateType).toBe(PREDICATE.slsaProvenance);
    expect(p.predicate).toMatchObject({
      buildDefinition: {
        externalParameters: {
          command: 'npm run build',
          language: 'node',
          openapiPath: 'dist/openapi.json',
        },
      },
    });
  });

  it('instrument rebuilds, chains to compile and records the coverage convention', () => {
    const r = results.instrument!;
    expect(r.status).toBe('passed');
    expect(r.reason).toContain('2 of 2 artefact(s) identical');
    expect(r.products.map((p) => p.name)).toContain('instrument/instrumentation.json');
    expect(r.materials).toEqual(expect.arrayContaining(results.compile!.products));
  });

  it('the test steps attest the JUnit results and hand on their lcov', () => {
    expect(results.unit!.status).toBe('passed');
    expect(results.unit!.reason).toBe('1 tests passed');
    expect(results.unit!.attestations[0]!.predicate).toMatchObject({
      result: 'PASSED',
      passedTests: ['math › adds positive numbers'],
      failedTests: [],
    });
    expect(results.unit!.products.map((p) => p.name)).toEqual([
      'unit-tests/junit.xml',
      'unit-tests/coverage/lcov.info',
    ]);
    expect(results.integration!.attestations[0]!.predicate).toMatchObject({
      passedTests: ['test › negative numbers give zero'],
    });
  });

  it('coverage merges both runs: every line is covered by one of them', async () => {
    const r = await runStep(
      'coverage',
      s.repo,
      s.reports,
      { 'coverage-paths': '', 'min-line-coverage': '100' },
      {
        'unit-tests': results.unit!.products,
        'integration-tests': results.integration!.products,
      },
    );
    expect(r.status).toBe('passed');
    expect(r.attestations[0]!.predicateType).toBe(PREDICATE.coverage);
    // Node lists only the blocks whose count differs from the enclosing one: each run names
    // its one untaken block, and the merge cannot tell that the other run took it.
    expect(r.attestations[0]!.predicate).toEqual({
      lines: { covered: 6, total: 6, pct: 100 },
      branches: { covered: 2, total: 4, pct: 50 },
      files: [
        {
          path: 'src/math.js',
          lines: { covered: 6, total: 6, pct: 100 },
          branches: { covered: 2, total: 4, pct: 50 },
        },
      ],
    });
    expect(r.materials!.map((m) => m.name)).toEqual([
      'unit-tests/coverage/lcov.info',
      'integration-tests/coverage/lcov.info',
    ]);
    expect(r.products[0]!.name).toBe('coverage/lcov.info');
  });

  it('coverage of the unit run alone is 4 of 6 lines and fails an 80 % minimum', async () => {
    const r = await runStep(
      'coverage',
      s.repo,
      s.reports,
      { 'coverage-paths': '', 'min-line-coverage': '80' },
      {
        'unit-tests': results.unit!.products,
      },
    );
    expect(r.status).toBe('failed');
    expect(r.reason).toBe('line coverage 66.67 % is below the required 80 %');
    expect(r.attestations[0]!.predicate).toMatchObject({
      lines: { covered: 4, total: 6, pct: 66.67 },
      branches: { covered: 2, total: 3, pct: 66.67 },
    });
  });

  it('coverage refuses a report that changed after the test step attested it', async () => {
    writeFileSync(join(s.reports, 'unit-tests', 'coverage', 'lcov.info'), 'TN:\n');
    const r = await runStep(
      'coverage',
      s.repo,
      s.reports,
      { 'coverage-paths': '' },
      { 'unit-tests': results.unit!.products },
    );
    expect(r.status).toBe('failed');
    expect(r.reason).toBe(
      'coverage report unit-tests/coverage/lcov.info changed since unit-tests attested it',
    );
  });
});
