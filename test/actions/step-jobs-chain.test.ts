import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ActionCore, StepActionDeps } from '../../src/actions/step/ports.js';
import { runStep } from '../../src/actions/step/run.js';
import { createKeySigner, generateKeyPair, parsePrivateKey } from '../../src/attest/signers/key.js';
import { nodeProcessRunner } from '../../src/core/process.js';
import { findStep } from '../../src/pipeline/graph.js';
import { implementationOf } from '../../src/steps/registry.js';
import { INTEGRATION, UNIT } from '../steps/build-helpers.js';
import { FIXTURE } from '../steps/container-helpers.js';

/**
 * compile → container → sign-image, each in the step action's runtime in its own fresh
 * checkout (the fixture's sources, no dist/), with nothing shared but the artifacts the
 * workflow downloads: what the graph's `consumes` says each job gets is all it needs.
 */

const root = mkdtempSync(join(tmpdir(), 'tollgate-jobs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const pair = generateKeyPair();
const artifacts = new Map<string, { files: string[]; root: string }>();

async function job(
  step: string,
  consumes: string[],
  inputs: Record<string, string> = {},
  fixture = FIXTURE,
) {
  const workspace = join(root, step);
  cpSync(fixture, workspace, { recursive: true });
  // download-artifact: each consumed artifact, relative to its root, into tollgate-reports/.
  for (const c of consumes) {
    // A step not run here (sca, container-scan) has no artifact, as when it was skipped.
    const a = artifacts.get(`tollgate-${c}`);
    if (!a) continue;
    for (const f of a.files) {
      const to = join(workspace, 'tollgate-reports', relative(a.root, f));
      mkdirSync(dirname(to), { recursive: true });
      cpSync(f, to);
    }
  }
  const failed: string[] = [];
  const core: ActionCore = {
    getInput: (n) => ({ signer: 'key', ...inputs })[n] ?? '',
    setOutput: () => undefined,
    setFailed: (m) => void failed.push(m),
    info: () => undefined,
    warning: () => undefined,
    summary: async () => undefined,
  };
  const deps: StepActionDeps = {
    core,
    artifacts: async () => ({
      upload: async (name, files, dir) => {
        // The producer's machine goes away: keep a copy, as the artifact service does.
        const kept = join(root, 'artifacts', name);
        const copies = files.map((f) => {
          const to = join(kept, relative(dir, f));
          mkdirSync(dirname(to), { recursive: true });
          cpSync(f, to);
          return to;
        });
        artifacts.set(name, { files: copies, root: kept });
      },
    }),
    signer: async () => createKeySigner(parsePrivateKey(pair.privateKeyPem, 'k')),
    implementationOf,
    exec: nodeProcessRunner,
    env: {
      ...process.env,
      GITHUB_WORKSPACE: workspace,
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_REPOSITORY: 'example/app',
    },
    cwd: workspace,
    signal: new AbortController().signal,
    now: () => new Date(),
  };
  const outcome = await runStep(step, deps);
  // The machine is gone once the job is done.
  rmSync(workspace, { recursive: true, force: true });
  return { outcome, failed };
}

describe('jobs on separate machines, joined only by artifacts', () => {
  it('compile → container → sign-image → publish-image → publish-staging', async () => {
    const compiled = await job('compile', [], { 'build-command': 'node build.mjs' });
    expect(compiled.outcome.status, compiled.outcome.reason).toBe('passed');

    const built = await job('container', ['compile'], {
      builder: 'node',
      port: '8080',
      'compression-level': '1',
    });
    expect(built.outcome.status, built.outcome.reason).toBe('passed');
    // The image holds exactly compile's build: its materials are compile's products.
    const products = new Map(compiled.outcome.products.map((p) => [p.name, p.digest.sha256]));
    const container = artifacts.get('tollgate-container')!;
    const bundle = JSON.parse(
      readFileSync(join(container.root, 'container.sigstore.json'), 'utf8'),
    ) as { dsseEnvelope: { payload: string } };
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString());
    const dist = (
      statement.predicate.tollgate.materials as { name: string; digest: { sha256: string } }[]
    ).filter((m) => m.name.startsWith('dist/'));
    expect(dist.length).toBeGreaterThan(0);
    for (const m of dist) expect(m.digest.sha256, m.name).toBe(products.get(m.name));
    expect(existsSync(join(container.root, 'container/image/oci-layout'))).toBe(true);

    const signed = await job('sign-image', ['container']);
    expect(signed.outcome.status, signed.outcome.reason).toBe('passed');

    // No registry: publish-image's embedded layout travels in its artifact.
    delete process.env.TOLLGATE_REGISTRY;
    delete process.env.TOLLGATE_STAGING_REGISTRY;
    const published = await job('publish-image', findStep('publish-image')!.consumes);
    expect(published.outcome.status, published.outcome.reason).toBe('passed');
    const staged = await job('publish-staging', findStep('publish-staging')!.consumes);
    expect(staged.outcome.status, staged.outcome.reason).toBe('passed');
    const record = JSON.parse(
      readFileSync(
        join(artifacts.get('tollgate-publish-staging')!.root, 'publish-staging/staging.json'),
        'utf8',
      ),
    ) as { reference: string; source: string };
    expect(record.reference).toMatch(/^oci:staging@sha256:/);
    expect(record.source).toMatch(/^oci:registry@sha256:/);
  }, 120_000);

  it('compile → lint-openapi, instrument → unit-tests and integration-tests → coverage', async () => {
    const app = join(import.meta.dirname, '..', 'fixtures', 'build', 'node-app');
    const run = (step: string, inputs: Record<string, string> = {}) =>
      job(step, findStep(step)!.consumes, inputs, app);
    const compiled = await run('compile', { 'openapi-path': 'dist/openapi.json' });
    expect(compiled.outcome.status, compiled.outcome.reason).toBe('passed');
    // The spec exists only as compile's product (dist/ is not committed): restored here.
    const linted = await run('lint-openapi');
    expect(linted.outcome.status, linted.outcome.reason).toBe('passed');
    expect(linted.outcome.reason).toMatch(/findings/);
    const instrumented = await run('instrument');
    expect(instrumented.outcome.status, instrumented.outcome.reason).toBe('passed');
    // instrument rebuilt in a fresh checkout, with compile's products among its materials.
    expect(instrumented.outcome.reason).toContain('2 of 2 artefact(s) identical');
    for (const [step, inputs] of [
      ['unit-tests', UNIT],
      ['integration-tests', INTEGRATION],
    ] as const) {
      const tested = await run(step, inputs);
      expect(tested.outcome.status, tested.outcome.reason).toBe('passed');
    }
    const merged = await run('coverage');
    expect(merged.outcome.status, merged.outcome.reason).toBe('passed');
    // Both test jobs' reports, merged on a third machine: every line of src/math.js covered.
    expect(merged.outcome.metrics).toMatchObject({ linePct: 100 });
    const bundle = JSON.parse(
      readFileSync(
        join(artifacts.get('tollgate-coverage')!.root, 'coverage.sigstore.json'),
        'utf8',
      ),
    ) as { dsseEnvelope: { payload: string } };
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString());
    // Paths of the repository, not of the machines the tests ran on.
    expect(statement.predicate.files.map((f: { path: string }) => f.path)).toEqual(['src/math.js']);
  }, 120_000);
});
