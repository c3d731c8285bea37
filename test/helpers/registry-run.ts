import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createAttestation } from '../../src/attest/create.js';
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
 * signed bundles of container (image as subject), container-scan (image as material) and sca
 * (about the commit only).
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
  // As the real steps attest: container-scan names the image as a material and its reports as
  // subjects; sca (sources of the commit) does not name the image at all.
  const file = (name: string) => ({ name, digest: { sha256: 'c'.repeat(64) } });
  const attest = (
    step: string,
    predicateType: string,
    predicate: Record<string, unknown>,
    materials = false,
  ) =>
    createAttestation(
      {
        meta: {
          step,
          status: 'passed',
          ...(materials
            ? { materials: [{ name: `${IMAGE_NAME}:1.0`, digest: subjects[0]!.digest }] }
            : {}),
        },
        predicateType,
        predicate,
        subjects: [file(`${step}.cdx.json`)],
        repository: 'acme/shop',
        commit: COMMIT,
      },
      key.signer,
    );
  const noVulns = { scanner: { uri: 'test', result: [] } };
  const scan = await attest('container-scan', PREDICATE.vulns, noVulns, true);
  const checks = await attest(
    'container-scan',
    PREDICATE.scanResult,
    { scanner: { name: 'image-checks', version: '1' }, counts: {}, findings: [] },
    true,
  );
  const sbom = await attest('sca', PREDICATE.cyclonedx, {
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    components: [],
  });
  const scaVulns = await attest('sca', PREDICATE.vulns, noVulns);
  await writeFile(join(attestations, 'container.sigstore.json'), JSON.stringify(container));
  await writeFile(join(attestations, 'container-scan.sigstore.json'), JSON.stringify(scan));
  await writeFile(join(attestations, 'container-scan.2.sigstore.json'), JSON.stringify(checks));
  await writeFile(join(attestations, 'sca.sigstore.json'), JSON.stringify(sbom));
  await writeFile(join(attestations, 'sca.2.sigstore.json'), JSON.stringify(scaVulns));
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
    async policy(require = ['container', 'sca', 'container-scan', 'sign-image']) {
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
