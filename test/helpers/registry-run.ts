import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { STEPS } from '../../src/pipeline/graph.js';
import { nodeProcessRunner } from '../../src/core/process.js';
import { writeHandoff } from '../../src/steps/common/handoff.js';
import { executeStep, type StepOutcome } from '../../src/steps/execute.js';
import { implementationOf } from '../../src/steps/registry.js';
import { imageSubject } from '../../src/steps/sign-image/image.js';
import type { StepContext } from '../../src/steps/types.js';
import { COMMIT, makeKey, sign, type KeyPair } from './gate-fixture.js';
import { buildTestImage } from './registry.js';

export const IMAGE_NAME = 'sample-service';

/**
 * A local run folder as `tollgate run` lays it out (reports/<step>, attestations/), with the
 * container step's output already there: a small image in an OCI layout, image.json, and
 * signed container and container-scan bundles that name the image digest.
 */
export interface RunFixture {
  dir: string;
  attestations: string;
  key: KeyPair;
  digest: string;
  lines: string[];
  context(step: string, inputs?: Record<string, string>): StepContext;
  execute(step: string, inputs?: Record<string, string>): Promise<StepOutcome>;
  /** A policy requiring the image steps, signed by the fixture's key. */
  policy(require?: string[]): Promise<string>;
}

export async function makeRun(dir: string, key: KeyPair = makeKey()): Promise<RunFixture> {
  const reports = join(dir, 'reports');
  const attestations = join(dir, 'attestations');
  await mkdir(join(reports, 'container'), { recursive: true });
  await mkdir(attestations, { recursive: true });
  const image = await buildTestImage(join(reports, 'container', 'image'), `${IMAGE_NAME}:1.0`);
  await writeHandoff(join(reports, 'container'), 'image.json', {
    layout: 'image',
    digest: image.digest,
    name: IMAGE_NAME,
    ref: `${IMAGE_NAME}:1.0`,
  });
  const subjects = [imageSubject(IMAGE_NAME, image.digest)];
  const container = await sign({
    step: 'container',
    predicateType: PREDICATE.slsaProvenance,
    subjects,
    signer: key.signer,
  });
  const scan = await sign({
    step: 'container-scan',
    predicateType: PREDICATE.vulns,
    predicate: { scanner: { uri: 'test', result: [] } },
    subjects,
    signer: key.signer,
  });
  await writeFile(join(attestations, 'container.sigstore.json'), JSON.stringify(container));
  await writeFile(join(attestations, 'container-scan.sigstore.json'), JSON.stringify(scan));
  const lines: string[] = [];
  const context = (step: string, inputs: Record<string, string> = {}): StepContext => ({
    step: STEPS.find((s) => s.id === step)!,
    repoDir: dir,
    outDir: join(reports, step),
    reportsOf: (s) => join(reports, s),
    inputs,
    commit: COMMIT,
    repository: 'acme/shop',
    upstream: {},
    log: (l) => lines.push(`${step}: ${l}`),
    exec: nodeProcessRunner,
    signal: new AbortController().signal,
  });
  return {
    dir,
    attestations,
    key,
    digest: image.digest,
    lines,
    context,
    async execute(step, inputs = {}) {
      const ctx = context(step, inputs);
      await mkdir(ctx.outDir, { recursive: true });
      return executeStep(await implementationOf(step), ctx, key.signer, {
        attestationsDir: attestations,
      });
    },
    async policy(require = ['container', 'container-scan', 'sign-image']) {
      await writeFile(join(dir, 'ci.pub'), key.publicKeyPem);
      const path = join(dir, 'policy.yml');
      await writeFile(
        path,
        `version: 1
signers:
  ci: { key: ci.pub }
defaults:
  signers: [ci]
stages:
  per-commit:
    require: [${require.join(', ')}, unit-tests]
`,
      );
      return path;
    },
  };
}
