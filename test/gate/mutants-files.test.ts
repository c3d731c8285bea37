import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { claimedStep } from '../../src/gate/attribute.js';
import { collectBundles } from '../../src/gate/collect.js';
import { verifyFromFiles } from '../../src/gate/verify-run.js';
import { COMMIT, makeKey, NOW, sign } from '../helpers/gate-fixture.js';

// The gate reading from files: which step a refused bundle is shown under, entries that are
// not regular files, and `verifyFromFiles` (what `tollgate verify` and the gate action run).

const dir = mkdtempSync(join(tmpdir(), 'tollgate-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const key = makeKey();

const envelope = (statement: unknown) => ({
  dsseEnvelope: { payload: Buffer.from(JSON.stringify(statement)).toString('base64') },
});

describe('claimedStep', () => {
  it('takes the step the statement claims, whatever the file is called', () => {
    const s = {
      predicateType: PREDICATE.testResult,
      predicate: { tollgate: { step: 'unit-tests', status: 'passed' } },
    };
    expect(claimedStep(envelope(s), 'bundles/Other.json')).toBe('unit-tests');
  });

  it('falls back to the file name when the payload names no step or cannot be read', () => {
    expect(
      claimedStep(
        envelope({ predicateType: PREDICATE.testResult, predicate: {} }),
        'd/sast.sigstore.json',
      ),
    ).toBe('sast');
    expect(claimedStep({ dsseEnvelope: { payload: 'not base64 json' } }, 'sast.json')).toBe('sast');
    expect(claimedStep({ dsseEnvelope: { payload: 42 } }, 'sast.json')).toBe('sast');
    expect(claimedStep(undefined, 'sast.json')).toBe('sast');
    expect(claimedStep(null, 'sast.json')).toBe('sast');
  });

  it('reads from the file name a step id up to the first dot, or none', () => {
    expect(claimedStep(undefined, 'bundles/unit-tests.sigstore.json')).toBe('unit-tests');
    expect(claimedStep(undefined, 'container-scan')).toBe('container-scan');
    expect(claimedStep(undefined, 'a.b.c')).toBe('a');
    expect(claimedStep(undefined, 'sast2.json')).toBe('sast2');
    expect(claimedStep(undefined, 'Sast.json')).toBeUndefined();
    expect(claimedStep(undefined, '2sast.json')).toBeUndefined();
    expect(claimedStep(undefined, 'sast_x.json')).toBeUndefined();
    expect(claimedStep(undefined, 'x/.hidden')).toBeUndefined();
  });
});

describe('collectBundles: entries that are not regular files', () => {
  let server: Server;
  const root = join(dir, 'socket');
  beforeAll(async () => {
    mkdirSync(root);
    server = createServer();
    await new Promise<void>((r) => server.listen(join(root, 'sast.sigstore.json'), r));
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('never opens a socket named like a bundle', async () => {
    writeFileSync(join(root, 'z.sigstore.json'), '{}');
    const got = await collectBundles(root, dir);
    expect(got).toEqual([
      {
        name: 'socket/sast.sigstore.json',
        bytes: Buffer.alloc(0),
        size: 0,
        problem: 'a socket, not a regular file; not opened',
      },
      { name: 'socket/z.sigstore.json', bytes: Buffer.from('{}'), size: 2 },
    ]);
  });

  it('names a bundle by its path when the base is the bundle itself', async () => {
    const file = join(root, 'z.sigstore.json');
    const got = await collectBundles(root, file);
    expect(got.map((b) => b.name)).toEqual(['../sast.sigstore.json', file]);
  });
});

describe('verifyFromFiles', () => {
  const work = join(dir, 'verify');
  const policy = `version: 1
signers:
  ci: { key: ci.pub }
stages:
  per-commit:
    require: [unit-tests]
  per-pr:
    require: [sast]
`;
  beforeAll(async () => {
    mkdirSync(join(work, 'bundles'), { recursive: true });
    writeFileSync(join(work, 'ci.pub'), key.publicKeyPem);
    writeFileSync(join(work, 'policy.yml'), policy);
    writeFileSync(
      join(work, 'bundles/unit-tests.sigstore.json'),
      JSON.stringify(await sign({ step: 'unit-tests', signer: key.signer })),
    );
  });

  it('loads the policy and the bundles, naming them relative to cwd, for the stages asked', async () => {
    const seen: (string | undefined)[] = [];
    const v = await verifyFromFiles({
      policyPath: join(work, 'policy.yml'),
      policyDisplay: 'policy.yml',
      cwd: work,
      bundlesDir: join(work, 'bundles'),
      commit: COMMIT,
      stages: ['per-commit'],
      now: NOW,
      verifiers: (root) => {
        seen.push(root);
        return {};
      },
    });
    expect(seen).toEqual([undefined]);
    expect(v.policy).toBe('policy.yml');
    expect(v.verdict).toBe('pass');
    expect(v.steps.map((s) => [s.step, s.status, s.bundles])).toEqual([
      ['unit-tests', 'passed', ['bundles/unit-tests.sigstore.json']],
    ]);
  });

  it('without stages, judges every stage; without verifiers, key bundles still verify', async () => {
    const v = await verifyFromFiles({
      policyPath: join(work, 'policy.yml'),
      cwd: work,
      bundlesDir: join(work, 'bundles'),
      commit: COMMIT,
      now: NOW,
    });
    expect(v.policy).toBe(join(work, 'policy.yml'));
    expect(v.steps.map((s) => [s.step, s.status])).toEqual([
      ['unit-tests', 'passed'],
      ['sast', 'missing'],
    ]);
  });
});
