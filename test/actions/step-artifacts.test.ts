import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ActionCore, StepActionDeps } from '../../src/actions/step/ports.js';
import { runStep } from '../../src/actions/step/run.js';
import { createKeySigner, generateKeyPair, parsePrivateKey } from '../../src/attest/signers/key.js';
import { sha256Hex } from '../../src/core/digest.js';
import { nodeProcessRunner } from '../../src/core/process.js';
import { findStep } from '../../src/pipeline/graph.js';
import type { StepImplementation } from '../../src/steps/types.js';
import { PASSING } from '../helpers/gate-fixture.js';
import { fakeStep, registryOf, TempDir } from '../runner/fakes.js';

/**
 * The step action's artifact as the next job gets it: each job is its own workspace, and
 * what one job uploads reaches the next only as download-artifact lays it out (the files
 * relative to the upload's root, under the consumer's tollgate-reports/).
 */

const tmp = new TempDir();
afterAll(() => tmp.remove());
const pair = generateKeyPair();

interface Upload {
  name: string;
  files: string[];
  root: string;
}

function job(name: string, impls: StepImplementation[], upload?: (u: Upload) => Promise<void>) {
  const workspace = join(tmp.dir, name);
  mkdirSync(workspace, { recursive: true });
  const failed: string[] = [];
  const warnings: string[] = [];
  const uploads: Upload[] = [];
  const core: ActionCore = {
    getInput: (n) => (n === 'signer' ? 'key' : ''),
    setOutput: () => undefined,
    setFailed: (m) => void failed.push(m),
    info: () => undefined,
    warning: (l) => void warnings.push(l),
    summary: async () => undefined,
  };
  const deps: StepActionDeps = {
    core,
    artifacts: async () => ({
      upload: async (n, files, root) => {
        const u = { name: n, files, root };
        if (upload) await upload(u);
        uploads.push(u);
      },
    }),
    signer: async () => createKeySigner(parsePrivateKey(pair.privateKeyPem, 'k')),
    implementationOf: registryOf(impls),
    exec: nodeProcessRunner,
    env: { GITHUB_WORKSPACE: workspace, GITHUB_SHA: 'e'.repeat(40), GITHUB_REPOSITORY: 'ex/repo' },
    cwd: workspace,
    signal: new AbortController().signal,
    now: () => new Date('2026-12-01T12:00:00Z'),
  };
  return { workspace, deps, failed, warnings, uploads };
}

/** What download-artifact makes of an upload in another job's workspace. */
function download(u: Upload, workspace: string) {
  for (const f of u.files) {
    const to = join(workspace, 'tollgate-reports', relative(u.root, f));
    mkdirSync(dirname(to), { recursive: true });
    cpSync(f, to);
  }
}

const APP = 'export const answer = 42;\n';
const SPEC = '{"openapi":"3.1.0"}\n';

/** A build that writes dist/app.js and openapi.json into the working tree and attests them. */
const compile: StepImplementation = {
  id: 'compile',
  async run(ctx) {
    mkdirSync(join(ctx.repoDir, 'dist'), { recursive: true });
    writeFileSync(join(ctx.repoDir, 'dist/app.js'), APP);
    writeFileSync(join(ctx.repoDir, 'openapi.json'), SPEC);
    const attests = findStep('compile')!.attests;
    return {
      status: 'passed',
      attestations: attests.map((t) => ({ predicateType: t, predicate: PASSING[t] ?? {} })),
      products: [
        { name: 'dist/app.js', digest: { sha256: sha256Hex(APP) } },
        { name: 'openapi.json', digest: { sha256: sha256Hex(SPEC) } },
      ],
      reports: [],
    };
  },
};

/** A container step that only records what the working tree held when it ran. */
function container(seen: string[]): StepImplementation {
  return fakeStep('container', {
    body: async (ctx) => {
      const f = join(ctx.repoDir, 'dist/app.js');
      seen.push(existsSync(f) ? readFileSync(f, 'utf8') : 'missing');
    },
  });
}

async function compiled(name: string) {
  const producer = job(`${name}-compile`, [compile]);
  expect((await runStep('compile', producer.deps)).status).toBe('passed');
  expect(producer.uploads).toHaveLength(1);
  return producer.uploads[0]!;
}

describe("compile's products travel in its artifact and are restored, checked, in the next job", () => {
  it('carries dist/ and the spec under compile/products/ and restores them in a fresh workspace', async () => {
    const u = await compiled('carry');
    expect(u.name).toBe('tollgate-compile');
    expect(u.files.map((f) => relative(u.root, f)).sort()).toEqual([
      'compile.sigstore.json',
      'compile/products/dist/app.js',
      'compile/products/openapi.json',
    ]);
    const seen: string[] = [];
    const consumer = job('carry-container', [container(seen)]);
    download(u, consumer.workspace);
    const outcome = await runStep('container', consumer.deps);
    expect(outcome.status).toBe('passed');
    expect(seen).toEqual([APP]);
    expect(readFileSync(join(consumer.workspace, 'openapi.json'), 'utf8')).toBe(SPEC);
  });

  it('refuses a product whose bytes are not the attested ones, naming the file', async () => {
    const u = await compiled('tamper');
    const seen: string[] = [];
    const consumer = job('tamper-container', [container(seen)]);
    download(u, consumer.workspace);
    writeFileSync(
      join(consumer.workspace, 'tollgate-reports/compile/products/dist/app.js'),
      'export const answer = 41;\n',
    );
    const outcome = await runStep('container', consumer.deps);
    expect(outcome.status).toBe('failed');
    expect(outcome.reason).toMatch(
      /^dist\/app\.js: the copy in the artifact tollgate-compile has sha256 [0-9a-f]{64}, but compile attested/,
    );
    expect(consumer.failed[0]).toContain('dist/app.js');
    // The step itself never ran on the altered build.
    expect(seen).toEqual([]);
    expect(existsSync(join(consumer.workspace, 'dist/app.js'))).toBe(false);
  });

  it('refuses an artifact that lacks an attested product, naming the file', async () => {
    const u = await compiled('missing');
    const consumer = job('missing-container', [container([])]);
    download(
      { ...u, files: u.files.filter((f) => !f.endsWith('openapi.json')) },
      consumer.workspace,
    );
    const outcome = await runStep('container', consumer.deps);
    expect(outcome.status).toBe('failed');
    expect(outcome.reason).toContain(
      'openapi.json: compile attested it, but its artifact tollgate-compile does not hold it',
    );
  });
});

it('never restores into .git', async () => {
  const hook = '#!/bin/sh\necho planted\n';
  const planting: StepImplementation = {
    ...compile,
    async run(ctx) {
      const r = await compile.run(ctx);
      mkdirSync(join(ctx.repoDir, '.git/hooks'), { recursive: true });
      writeFileSync(join(ctx.repoDir, '.git/hooks/post-checkout'), hook);
      return {
        ...r,
        products: [
          ...r.products,
          { name: '.git/hooks/post-checkout', digest: { sha256: sha256Hex(hook) } },
        ],
      };
    },
  };
  const producer = job('git-compile', [planting]);
  expect((await runStep('compile', producer.deps)).status).toBe('passed');
  const consumer = job('git-container', [container([])]);
  download(producer.uploads[0]!, consumer.workspace);
  const outcome = await runStep('container', consumer.deps);
  expect(outcome.status).toBe('failed');
  expect(outcome.reason).toContain('.git/hooks/post-checkout: compile names a product inside .git');
  expect(existsSync(join(consumer.workspace, '.git/hooks/post-checkout'))).toBe(false);
});

describe('a failed upload of the artifact', () => {
  const broken = async () => {
    throw new Error('artifact service answered 503');
  };

  it("keeps a failed step's own reason, and says the upload failed beside it", async () => {
    const j = job('up-fail', [fakeStep('sast', { status: 'failed' })], broken);
    const outcome = await runStep('sast', j.deps);
    expect(outcome.status).toBe('failed');
    expect(j.failed).toEqual(['tollgate sast: failed: sast found a problem']);
    expect(j.warnings.join('\n')).toContain(
      'the artifact tollgate-sast could not be uploaded: artifact service answered 503',
    );
  });

  it('fails a passing step, naming the artifact', async () => {
    const j = job('up-pass', [fakeStep('sast', {})], broken);
    const outcome = await runStep('sast', j.deps);
    expect(outcome.status).toBe('failed');
    expect(j.failed).toEqual([
      'tollgate sast: failed: the artifact tollgate-sast could not be uploaded: artifact service answered 503',
    ]);
  });
});
