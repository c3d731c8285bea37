import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createAttestation } from '../../src/attest/create.js';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import type { StatementSigner } from '../../src/attest/signers/signer.js';
import { nodeProcessRunner } from '../../src/core/process.js';
import { STEPS } from '../../src/pipeline/graph.js';
import { executeStep } from '../../src/steps/execute.js';
import { implementationOf } from '../../src/steps/registry.js';
import { imageSubject } from '../../src/steps/sign-image/image.js';
import { buildBusyboxImage } from '../steps/deploy-image.js';
import { PASSING } from './gate-fixture.js';

/**
 * What `tollgate run --stage per-commit` leaves for the per-merge stage, for `commit`: a run
 * folder under `runs` (linked as `latest`) with the container step's image, signed bundles of
 * container, sca and container-scan, and sign-image and publish-image really executed
 * (publish-image into its embedded layout).
 */
export async function earlierRun(o: {
  runs: string;
  repoDir: string;
  commit: string;
  repository: string;
  signer: StatementSigner;
}): Promise<{ dir: string; digest: string }> {
  const id = '20261126-100000-0001';
  const dir = join(o.runs, id);
  const reports = join(dir, 'reports');
  const attestations = join(dir, 'attestations');
  await mkdir(attestations, { recursive: true });
  const { digest } = await buildBusyboxImage(join(reports, 'container'), {
    name: 'sample-service',
  });
  const image = imageSubject('sample-service', digest);
  const attest = async (step: string, predicateType: string, predicate: object, file = step) => {
    const bundle = await createAttestation(
      {
        meta: {
          step,
          status: 'passed',
          ...(step === 'container-scan' ? { materials: [image] } : {}),
        },
        predicateType,
        predicate: predicate as Record<string, unknown>,
        subjects: step === 'container' ? [image] : [],
        repository: o.repository,
        commit: o.commit,
      },
      o.signer,
    );
    await writeFile(join(attestations, `${file}.sigstore.json`), JSON.stringify(bundle));
  };
  const noVulns = { scanner: { uri: 'test', result: [] } };
  await attest('container', PREDICATE.slsaProvenance, PASSING[PREDICATE.slsaProvenance]!);
  await attest('container-scan', PREDICATE.vulns, noVulns);
  await attest(
    'container-scan',
    PREDICATE.scanResult,
    { scanner: { name: 'image-checks', version: '1' }, counts: {}, findings: [] },
    'container-scan.2',
  );
  await attest('sca', PREDICATE.cyclonedx, { bomFormat: 'CycloneDX', specVersion: '1.5' });
  await attest('sca', PREDICATE.vulns, noVulns, 'sca.2');
  for (const step of ['sign-image', 'publish-image']) {
    const outDir = join(reports, step);
    await mkdir(outDir, { recursive: true });
    const out = await executeStep(
      await implementationOf(step),
      {
        step: STEPS.find((s) => s.id === step)!,
        repoDir: o.repoDir,
        outDir,
        reportsOf: (s) => join(reports, s),
        inputs: {},
        commit: o.commit,
        repository: o.repository,
        upstream: {},
        log: () => {},
        exec: nodeProcessRunner,
        signal: new AbortController().signal,
      },
      o.signer,
      { attestationsDir: attestations },
    );
    if (out.status !== 'passed') throw new Error(`${step}: ${out.reason}`);
  }
  await symlink(id, join(o.runs, 'latest'));
  return { dir, digest };
}
