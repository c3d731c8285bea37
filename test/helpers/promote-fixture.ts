import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { ENV_PASSWORD, ENV_USERNAME } from '../../src/oci/registry/credentials.js';
import { RegistryRepository } from '../../src/oci/registry/client.js';
import { COMMIT, sign } from './gate-fixture.js';
import { makeRun, type RunFixture } from './registry-run.js';
import type { TestRegistry } from './registry.js';

export const AUTHOR = 'alice@example.com';

/**
 * A run folder as the per-merge stage finds it after the per-commit stage: the image steps
 * signed, the image published to `publishTo` (a registry namespace), and an approval record
 * (review predicate) whose approvers are `approvers` for a change by AUTHOR.
 */
export async function perMergeRun(
  dir: string,
  publishTo: string,
  o: { approvers?: string[]; drop?: string } = {},
): Promise<RunFixture> {
  const run = await makeRun(dir);
  // A bundle removed before publishing is missing in the run and on the published image.
  if (o.drop) {
    for (const f of await readdir(run.attestations)) {
      if (f.startsWith(`${o.drop}.`)) await rm(join(run.attestations, f));
    }
  }
  const signed = await run.execute('sign-image');
  if (signed.status !== 'passed') throw new Error(`sign-image: ${signed.reason}`);
  const published = await run.execute('publish-image', { registry: publishTo, tag: '1.0' });
  if (published.status !== 'passed') throw new Error(`publish-image: ${published.reason}`);
  const approval = await sign({
    step: 'approval',
    predicateType: PREDICATE.review,
    predicate: {
      author: AUTHOR,
      headSha: COMMIT,
      approvals: (o.approvers ?? ['bob@example.com']).map((reviewer) => ({
        reviewer,
        at: '2026-11-26T12:00:00Z',
      })),
      changesRequested: [],
    },
    signer: run.key.signer,
  });
  await writeFile(join(run.attestations, 'approval.sigstore.json'), JSON.stringify(approval));
  return run;
}

/** The whole-pipeline policy the promotion is judged by (image steps, publish, approval). */
export async function promotionPolicy(run: RunFixture): Promise<string> {
  await writeFile(join(run.dir, 'ci.pub'), run.key.publicKeyPem);
  const path = join(run.dir, 'tollgate.yml');
  await writeFile(
    path,
    `version: 1
signers:
  ci: { key: ci.pub }
defaults:
  signers: [ci]
stages:
  per-commit:
    require: [container, sca, container-scan, sign-image, publish-image]
  per-merge:
    require: [approval, publish-staging, promote-production]
`,
  );
  return path;
}

export function repoOf(reg: TestRegistry, name: string): RegistryRepository {
  return new RegistryRepository(
    {
      registry: reg.host,
      credentials: { username: reg.username, password: reg.password, source: 'test' },
    },
    name,
  );
}

/** Sets the registry credentials the steps read; returns a function that restores them. */
export function useCredentials(reg: TestRegistry): () => void {
  const saved = { user: process.env[ENV_USERNAME], pass: process.env[ENV_PASSWORD] };
  process.env[ENV_USERNAME] = reg.username;
  process.env[ENV_PASSWORD] = reg.password;
  delete process.env.TOLLGATE_REGISTRY;
  return () => {
    for (const [k, v] of [
      [ENV_USERNAME, saved.user],
      [ENV_PASSWORD, saved.pass],
    ] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}
