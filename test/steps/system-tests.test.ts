import { once } from 'node:events';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployTest, tearDownDeployments } from '../../src/steps/deploy-test/index.js';
import { systemTests } from '../../src/steps/system-tests/index.js';
import { removeDir, stepContext, tempDir } from './step-context.js';

/**
 * The per-PR stage on the sample service without an image: deploy-test starts it with the
 * command target (`node src/main.ts`), system-tests runs its own `npm run test:system`
 * against the URL deploy-test wrote, and fails when a system test fails.
 */
const SAMPLE = join(import.meta.dirname, '..', '..', 'examples', 'sample-service');
let repo: string;
let reports: string;
let baseUrl: string;

beforeAll(async () => {
  repo = await tempDir('system-tests');
  reports = await tempDir('system-tests-reports');
  await cp(SAMPLE, repo, {
    recursive: true,
    filter: (src) => !/\/(node_modules|dist|coverage)(\/|$)|junit[^/]*\.xml$/.test(src),
  });
  const deploy = await deployTest.run(
    stepContext('deploy-test', repo, join(reports, 'deploy-test'), {
      target: 'command',
      command: 'exec node src/main.ts',
      env: 'HOST=127.0.0.1',
    }),
  );
  expect(deploy.status, deploy.reason).toBe('passed');
  baseUrl = JSON.parse(await readFile(join(reports, 'deploy-test', 'deployment.json'), 'utf8'))
    .baseUrl as string;
});
afterAll(async () => {
  await tearDownDeployments([join(reports, 'deploy-test')]);
  await Promise.all([removeDir(repo), removeDir(reports)]);
});

describe('system-tests', () => {
  it('passes the sample service with its own system tests, against the deployed URL', async () => {
    const ctx = stepContext('system-tests', repo, join(reports, 'system-tests'));
    const result = await systemTests.run(ctx);
    expect(result.status, result.reason).toBe('passed');
    expect(result.reason).toBe(`3 system tests passed against ${baseUrl}, 1 skipped`);
    const p = result.attestations[0]!.predicate as Record<string, unknown>;
    expect(p.result).toBe('PASSED');
    expect(p.passedTests).toHaveLength(3);
    expect(p.configuration).toContainEqual({ name: 'deployment', uri: baseUrl });
    expect(result.products[0]!.name).toBe('system-tests/junit-system.xml');
  });

  it('fails on a failing system test and names it', async () => {
    await writeFile(
      join(repo, 'test', 'system', 'teapot.test.ts'),
      [
        "import assert from 'node:assert/strict';",
        "import { test } from 'node:test';",
        "test('healthz answers 418', async () => {",
        '  const res = await fetch(`${process.env.BASE_URL}/healthz`);',
        '  assert.equal(res.status, 418);',
        '});',
        '',
      ].join('\n'),
    );
    const ctx = stepContext('system-tests', repo, join(reports, 'system-tests-2'));
    const result = await systemTests.run(ctx);
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(
      /^1 of 4 system tests failed against http:\/\/127\.0\.0\.1:\d+: .*healthz answers 418$/,
    );
    const p = result.attestations[0]!.predicate as Record<string, unknown>;
    expect(p.result).toBe('FAILED');
    expect(p.failedTests).toEqual([expect.stringContaining('healthz answers 418')]);
  });

  it('fails, saying so, when the deployment has gone, without running the tests', async () => {
    const server = createServer().listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    server.close();
    await once(server, 'close');
    const ctx = stepContext('system-tests', repo, join(reports, 'gone', 'system-tests'), {
      'base-url': `http://127.0.0.1:${port}`,
      'test-command':
        // A passing report: before this check, the step passed against nothing.
        `echo '<testsuite tests="1"><testcase name="t"/></testsuite>' > "$TOLLGATE_JUNIT_PATH"`,
    });
    const result = await systemTests.run(ctx);
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(
      new RegExp(
        `^nothing answers at http://127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\): the deployment has gone`,
      ),
    );
  });

  it('fails without a deployment, naming what to run first', async () => {
    const ctx = stepContext('system-tests', repo, join(reports, 'elsewhere', 'system-tests'));
    const result = await systemTests.run(ctx);
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(
      /deployment\.json: no output of the deploy-test step \(run deploy-test first/,
    );
  });
});
