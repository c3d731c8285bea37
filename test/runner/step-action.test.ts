import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ActionCore, StepActionDeps } from '../../src/actions/step/ports.js';
import { runStep } from '../../src/actions/step/run.js';
import { createKeySigner, generateKeyPair, parsePrivateKey } from '../../src/attest/signers/key.js';
import { nodeProcessRunner } from '../../src/core/process.js';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { fakeStep, registryOf, TempDir } from './fakes.js';

const tmp = new TempDir();
afterAll(() => tmp.remove());

function fakes(name: string, inputs: Record<string, string>, impls = [fakeStep('sast', {})]) {
  const outputs: Record<string, string> = {};
  const failed: string[] = [];
  const summaries: string[] = [];
  const logs: string[] = [];
  const uploads: { name: string; files: string[]; root: string }[] = [];
  const signerKinds: string[] = [];
  const pair = generateKeyPair();
  const core: ActionCore = {
    getInput: (n) => inputs[n] ?? '',
    setOutput: (n, v) => void (outputs[n] = v),
    setFailed: (m) => void failed.push(m),
    info: (l) => void logs.push(l),
    warning: (l) => void logs.push(l),
    summary: async (md) => void summaries.push(md),
  };
  const deps: StepActionDeps = {
    core,
    artifacts: async () => ({
      upload: async (n, files, root) => void uploads.push({ name: n, files, root }),
    }),
    signer: async (s) => {
      signerKinds.push(s.kind);
      return createKeySigner(parsePrivateKey(pair.privateKeyPem, 'k'));
    },
    implementationOf: registryOf(impls),
    exec: nodeProcessRunner,
    env: {
      GITHUB_WORKSPACE: join(tmp.dir, name),
      GITHUB_SHA: 'e'.repeat(40),
      GITHUB_REPOSITORY: 'example/repo',
      TOLLGATE_IMAGE_DIGEST: 'sha256:' + 'f'.repeat(64),
    },
    cwd: tmp.dir,
    signal: new AbortController().signal,
    now: () => new Date('2026-11-26T12:00:00Z'),
  };
  return { deps, outputs, failed, summaries, logs, uploads, signerKinds };
}

describe('step action runtime', () => {
  it('signs, writes the summary, sets outputs and uploads tollgate-<step>', async () => {
    const f = fakes('pass', { signer: 'key' });
    const outcome = await runStep('sast', f.deps);
    expect(outcome.status).toBe('passed');
    expect(f.signerKinds).toEqual(['key']);
    expect(f.outputs).toEqual({
      result: 'passed',
      findings: '0',
      'report-path': 'tollgate-reports/sast',
      'bundle-path': 'tollgate-reports/sast.sigstore.json',
    });
    expect(f.failed).toEqual([]);
    expect(f.summaries[0]).toContain('SAST (`sast`): passed');
    expect(f.uploads).toEqual([
      {
        name: 'tollgate-sast',
        files: [join(tmp.dir, 'pass/tollgate-reports/sast.sigstore.json')],
        root: join(tmp.dir, 'pass/tollgate-reports'),
      },
    ]);
    const bundle = JSON.parse(readFileSync(f.uploads[0]!.files[0]!, 'utf8'));
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString());
    expect(statement.predicateType).toBe(PREDICATE.scanResult);
    expect(statement.subject[0]).toEqual({
      name: 'example/repo',
      digest: { gitCommit: 'e'.repeat(40) },
    });
    expect(statement.predicate.tollgate).toMatchObject({
      step: 'sast',
      stage: 'per-commit',
      status: 'passed',
      environment: { imageDigest: 'sha256:' + 'f'.repeat(64), node: process.version },
    });
  });

  it('reports a step without implementation as not-implemented: fails, signs and uploads nothing', async () => {
    const f = fakes('ni', {});
    const outcome = await runStep('promote-production', f.deps);
    expect(outcome.status).toBe('not-implemented');
    expect(f.signerKinds).toEqual([]);
    expect(f.uploads).toEqual([]);
    expect(f.outputs.result).toBe('not-implemented');
    expect(f.failed[0]).toMatch(/^tollgate promote-production: not-implemented: /);
  });

  it('a not-applicable step signs its reason and leaves the judgement to the gate: the job does not fail', async () => {
    const na = {
      id: 'integration-tests',
      run: () =>
        Promise.resolve({
          status: 'not-applicable' as const,
          reason: 'package.json has no "test:integration" script',
          attestations: [
            {
              predicateType: PREDICATE.testResult,
              predicate: { result: 'WARNED', passedTests: [], failedTests: [], configuration: [] },
            },
          ],
          products: [],
          reports: [],
        }),
    };
    const f = fakes('na', { signer: 'key' }, [na]);
    const outcome = await runStep('integration-tests', f.deps);
    expect(outcome.status).toBe('not-applicable');
    expect(f.outputs.result).toBe('not-applicable');
    expect(f.failed).toEqual([]);
    expect(f.uploads[0]!.name).toBe('tollgate-integration-tests');
  });

  it('turns a crash into a failed result with the error in the log', async () => {
    const f = fakes('crash', { signer: 'key' }, [
      fakeStep('sast', { crash: 'semgrep: not found' }),
    ]);
    const outcome = await runStep('sast', f.deps);
    expect(outcome.status).toBe('failed');
    expect(f.logs.join('\n')).toContain('semgrep: not found');
    expect(f.failed[0]).toContain('the step crashed: semgrep: not found');
    expect(existsSync(join(tmp.dir, 'crash/tollgate-reports/sast.sigstore.json'))).toBe(false);
  });

  it('names a second attestation <step>.2.sigstore.json', async () => {
    const f = fakes('two', { signer: 'key' }, [fakeStep('sca', {})]);
    const outcome = await runStep('sca', f.deps);
    expect(outcome.bundles.map((b) => b.split('/').pop())).toEqual([
      'sca.sigstore.json',
      'sca.2.sigstore.json',
    ]);
  });

  it('needs the GitHub environment', async () => {
    const f = fakes('noenv', {});
    delete f.deps.env.GITHUB_SHA;
    await expect(runStep('sast', f.deps)).rejects.toThrow('GITHUB_SHA is not set');
  });
});
