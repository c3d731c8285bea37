import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

// `tollgate attest` and `tollgate verify` on real key-signed bundles, in a folder of their own.
const COMMIT = 'c'.repeat(40);
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tollgate-verify-attest-'));
  expect((await runCli(['keygen', '--out', 'k/ci'], dir)).code).toBe(0);
  writeFileSync(
    join(dir, 'policy.yml'),
    'version: 1\nsigners:\n  ci: { key: k/ci.pub }\nstages:\n  per-commit:\n    require: [unit-tests]\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function attest(predicate: object, out: string) {
  const file = join(dir, `${out.replace(/\W/g, '_')}.predicate.json`);
  writeFileSync(file, JSON.stringify(predicate));
  const r = await runCli(
    [
      'attest',
      '--step',
      'unit-tests',
      '--predicate',
      file,
      '--key',
      'k/ci.key',
      '--commit',
      COMMIT,
      '--repository',
      'acme/shop',
      '--out',
      out,
    ],
    dir,
  );
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const bundle = JSON.parse(readFileSync(join(dir, out), 'utf8')) as {
    dsseEnvelope: { payload: string };
  };
  return JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')) as {
    predicate: { tollgate?: unknown };
  };
}

const PASSING = { result: 'PASSED', passedTests: ['a'], failedTests: [] };

describe('tollgate attest', () => {
  it("replaces the predicate file's own tollgate object with the step metadata of its options", async () => {
    const statement = await attest(
      {
        ...PASSING,
        tollgate: {
          step: 'sast',
          status: 'failed',
          reason: 'from the file',
          materials: [{ name: 'dist/app.js', digest: { sha256: 'ab'.repeat(32) } }],
        },
      },
      'replaced.sigstore.json',
    );
    // Only what the options say: the step, its stage and the status (passed unless --status).
    expect(statement.predicate.tollgate).toEqual({
      step: 'unit-tests',
      stage: 'per-commit',
      status: 'passed',
    });
  });
});

describe('tollgate verify and the bundle folder', () => {
  it('judges a bundle inside a folder named *.sigstore.json (as download-artifact makes) instead of failing with EISDIR', async () => {
    await attest(PASSING, 'tmp.sigstore.json');
    mkdirSync(join(dir, 'artifacts/unit-tests.sigstore.json'), { recursive: true });
    renameSync(
      join(dir, 'tmp.sigstore.json'),
      join(dir, 'artifacts/unit-tests.sigstore.json/unit-tests.sigstore.json'),
    );
    const r = await runCli(
      ['verify', '--policy', 'policy.yml', '--bundles', 'artifacts', '--commit', COMMIT],
      dir,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ok +unit-tests +passed/);
  });
});
