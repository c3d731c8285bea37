import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLocal } from '../../src/runner/runner.js';
import { scriptOf } from '../../src/steps/common/npm-script.js';
import { implementationOf } from '../../src/steps/registry.js';
import { systemTests } from '../../src/steps/system-tests/index.js';
import { runnerDeps, runOptions } from '../runner/fakes.js';
import { removeDir, stepContext, tempDir } from './step-context.js';

let repo: string;
let bare: string;
beforeAll(async () => {
  repo = await tempDir('na-repo');
  bare = await tempDir('na-bare');
  await writeFile(
    join(repo, 'package.json'),
    JSON.stringify({ name: 'svc', scripts: { test: 'node --test' } }),
  );
});
afterAll(() => Promise.all([removeDir(repo), removeDir(bare)]));

const realSteps = () => ({ ...runnerDeps([]), implementationOf });

describe('a test step whose script the repository does not have is not-applicable', () => {
  it('integration-tests without a test:integration script: not-applicable, attested, and the run passes', async () => {
    const { verdict, folder } = await runLocal(
      runOptions(repo, { only: ['integration-tests'] }),
      realSteps(),
    );
    expect(verdict.steps[0]).toMatchObject({
      step: 'integration-tests',
      status: 'not-applicable',
      reason:
        'package.json has no "test:integration" script (the command is `npm run test:integration`)',
    });
    expect(verdict.steps[0]!.bundles).toEqual(['attestations/integration-tests.sigstore.json']);
    expect(verdict.verdict).toBe('pass');
    expect(await readFile(join(folder.dir, 'summary.md'), 'utf8')).toContain('➖ not-applicable');
  });

  it('unit-tests without package.json: attested not-applicable, which the default policy fails', async () => {
    const { verdict } = await runLocal(runOptions(bare, { only: ['unit-tests'] }), realSteps());
    expect(verdict.steps[0]).toMatchObject({ step: 'unit-tests', status: 'failed' });
    expect(verdict.steps[0]!.reason).toBe(
      'not applicable (no package.json, so no "test" script for `npm test`), which the policy does not allow for this step (steps.<step>.allowNotApplicable)',
    );
  });

  it('system-tests without a test:system script is not-applicable before it looks for a deployment', async () => {
    const ctx = stepContext('system-tests', repo, join(repo, '.out', 'system-tests'));
    const r = await systemTests.run(ctx);
    expect(r.status).toBe('not-applicable');
    expect(r.reason).toBe(
      'package.json has no "test:system" script (the command is `npm run test:system`)',
    );
    const p = r.attestations[0]!.predicate as { result: string; configuration: unknown[] };
    expect(p.result).toBe('WARNED');
    expect(p.configuration).toEqual([
      { name: 'package.json', digest: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } },
    ]);
  });

  it('lint-openapi in a repository without an OpenAPI spec: not-applicable, which the default policy accepts', async () => {
    const { verdict } = await runLocal(runOptions(bare, { only: ['lint-openapi'] }), realSteps());
    expect(verdict.steps[0]).toMatchObject({ step: 'lint-openapi', status: 'not-applicable' });
    expect(verdict.steps[0]!.reason).toMatch(
      /^no OpenAPI spec: compile produced none, and the repository has none of openapi\.json, /,
    );
    expect(verdict.verdict).toBe('pass');
  });

  it('a step that says not-applicable without a reason fails, and signs nothing', async () => {
    const { verdict } = await runLocal(runOptions(bare, { only: ['lint-openapi'] }), {
      ...runnerDeps([]),
      implementationOf: () => ({
        id: 'lint-openapi',
        run: () =>
          Promise.resolve({
            status: 'not-applicable' as const,
            reason: ' ',
            attestations: [],
            products: [],
            reports: [],
          }),
      }),
    });
    expect(verdict.steps[0]).toMatchObject({
      status: 'failed',
      reason: 'the step said it does not apply but gave no reason',
      bundles: [],
    });
  });

  it('knows which package script a test command runs', () => {
    expect(scriptOf('npm test')).toBe('test');
    expect(scriptOf('npm t')).toBe('test');
    expect(scriptOf('pnpm test')).toBe('test');
    expect(scriptOf(' npm run test:integration ')).toBe('test:integration');
    expect(scriptOf('npm run-script e2e')).toBe('e2e');
    expect(scriptOf('yarn test:system')).toBe('test:system');
    expect(scriptOf('yarn run test:system')).toBe('test:system');
    expect(scriptOf('pnpm run ci-tests')).toBe('ci-tests');
    expect(scriptOf('npm run test:integration -- --grep x')).toBeUndefined();
    expect(scriptOf('npx jest')).toBeUndefined();
    expect(scriptOf('npm ci && npm test')).toBeUndefined();
    expect(scriptOf('node --test')).toBeUndefined();
  });
});
