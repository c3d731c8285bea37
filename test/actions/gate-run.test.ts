import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type GateDeps } from '../../src/actions/gate/run.js';
import { defaultVerifiers } from '../../src/cli/verifiers.js';
import { TollgateError } from '../../src/core/errors.js';
import { verifyFromFiles } from '../../src/gate/verify-run.js';
import { COMMIT, makeKey, PolicyDir, sign } from '../helpers/gate-fixture.js';

const dir = new PolicyDir();
afterAll(() => dir.remove());

function deps(): GateDeps & {
  outputs: Record<string, string>;
  summaries: string[];
  logs: string[];
} {
  const outputs: Record<string, string> = {};
  const summaries: string[] = [];
  const logs: string[] = [];
  return {
    outputs,
    summaries,
    logs,
    verify: verifyFromFiles,
    verifiers: defaultVerifiers,
    log: (l) => logs.push(l),
    setOutput: (n, v) => (outputs[n] = v),
    summary: async (md) => void summaries.push(md),
    now: () => new Date('2026-11-26T12:00:00Z'),
  };
}

describe('gate action run()', () => {
  const key = makeKey();
  dir.file('ci.pub', key.publicKeyPem);
  dir.file(
    'tollgate.yml',
    'version: 1\nsigners:\n  ci: { key: ci.pub }\nstages:\n  per-commit:\n    require: [unit-tests, sast]\n',
  );
  const inputs = {
    policy: join(dir.dir, 'tollgate.yml'),
    bundles: join(dir.dir, 'bundles'),
    commit: COMMIT,
    stages: [],
    verdictPath: join(dir.dir, 'out/verdict.json'),
    workspace: dir.dir,
  };

  it('verifies the bundles, sets outputs, writes the verdict and the job summary', async () => {
    mkdirSync(inputs.bundles, { recursive: true });
    writeFileSync(
      join(inputs.bundles, 'unit-tests.sigstore.json'),
      JSON.stringify(await sign({ step: 'unit-tests', signer: key.signer })),
    );
    const d = deps();
    const verdict = await run(inputs, d);
    expect(verdict.verdict).toBe('fail');
    expect(d.outputs).toMatchObject({ verdict: 'fail', passed: '1', failed: '1' });
    expect(d.summaries[0]).toContain('| per-commit | `sast` | ⚠️ missing |');
    expect(d.logs.join('')).toContain('tollgate verify: FAIL');
    const written = JSON.parse(readFileSync(inputs.verdictPath, 'utf8')) as {
      steps: { step: string; status: string }[];
    };
    expect(written.steps).toEqual([
      expect.objectContaining({ step: 'unit-tests', status: 'passed' }),
      expect.objectContaining({ step: 'sast', status: 'missing' }),
    ]);
    expect(verdict.policy).toBe('tollgate.yml');
  });

  it('refuses a commit that is not a full SHA, before reading anything', async () => {
    const d = deps();
    await expect(run({ ...inputs, commit: 'main' }, d)).rejects.toBeInstanceOf(TollgateError);
    expect(d.outputs).toEqual({});
  });
});
