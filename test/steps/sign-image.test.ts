import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { blobPath } from '../../src/oci/layout.js';
import { COMMIT } from '../helpers/gate-fixture.js';
import { IMAGE_NAME, makeRun, type RunFixture } from '../helpers/registry-run.js';
import { removeDir, tempDir } from './step-context.js';

function statementOf(file: string) {
  return readFile(file, 'utf8').then((t) => {
    const b = JSON.parse(t) as { dsseEnvelope: { payload: string } };
    return JSON.parse(Buffer.from(b.dsseEnvelope.payload, 'base64').toString('utf8')) as {
      subject: { name: string; digest: Record<string, string> }[];
      predicateType: string;
    };
  });
}

describe('sign-image', () => {
  let dir: string;
  let run: RunFixture;
  beforeEach(async () => {
    dir = await tempDir('sign-image');
    run = await makeRun(dir);
  });
  afterEach(() => removeDir(dir));

  it('signs SLSA provenance whose subject is the image digest and the commit', async () => {
    const out = await run.execute('sign-image');
    expect(out.status, out.reason).toBe('passed');
    expect(out.bundles).toEqual([join(run.attestations, 'sign-image.sigstore.json')]);
    const st = await statementOf(out.bundles[0]!);
    expect(st.predicateType).toBe(PREDICATE.slsaProvenance);
    expect(st.subject).toContainEqual({
      name: IMAGE_NAME,
      digest: { sha256: run.digest.slice('sha256:'.length) },
    });
    expect(st.subject.some((s) => s.digest.gitCommit === COMMIT)).toBe(true);
    const signed = JSON.parse(
      await readFile(join(dir, 'reports/sign-image/signed-image.json'), 'utf8'),
    ) as { digest: string };
    expect(signed.digest).toBe(run.digest);
  });

  it('fails and signs nothing when the built image was altered in its layout', async () => {
    const manifest = blobPath(join(dir, 'reports/container/image'), run.digest);
    const text = await readFile(manifest, 'utf8');
    await writeFile(manifest, text.replace('"schemaVersion":2', '"schemaVersion": 2'));
    const out = await run.execute('sign-image');
    expect(out.status).toBe('failed');
    expect(out.reason).toMatch(/does not match digest/);
    expect(out.bundles).toEqual([]);
  });

  it('fails when there is no container output to sign', async () => {
    await removeDir(join(dir, 'reports/container'));
    const out = await run.execute('sign-image');
    expect(out.status).toBe('failed');
    expect(out.reason).toMatch(/no output of the container step/);
  });
});
