import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Digest } from '../../src/oci/layout.js';
import { RegistryRepository } from '../../src/oci/registry/client.js';
import { copyImage } from '../../src/oci/registry/copy.js';
import { ENV_PASSWORD, ENV_USERNAME } from '../../src/oci/registry/credentials.js';
import { LayoutTarget } from '../../src/oci/registry/layout-target.js';
import { attachArtifact, fallbackTag, listReferrers } from '../../src/oci/registry/referrers.js';
import { MEDIA, type ImageIndex, type ImageManifest } from '../../src/oci/types.js';
import { runCli } from '../helpers/cli.js';
import { tamperPayload } from '../helpers/gate-fixture.js';
import { makeRun, type RunFixture } from '../helpers/registry-run.js';
import { buildTestImage, startRegistry, type TestRegistry } from '../helpers/registry.js';
import { removeDir, tempDir } from '../steps/step-context.js';

interface Json {
  verdict: string;
  image: { digest: string };
  gate: { steps: { step: string; status: string }[] };
  attestations: { status: string }[];
}

describe('tollgate verify-image', () => {
  let reg: TestRegistry;
  let dir: string;
  let run: RunFixture;
  let policy: string;
  let env: NodeJS.ProcessEnv;
  const repo = (name: string) =>
    new RegistryRepository(
      {
        registry: reg.host,
        credentials: { username: reg.username, password: reg.password, source: 'test' },
      },
      name,
    );
  const verify = (ref: string, extra: string[] = [], e = env) =>
    runCli(['verify-image', ref, '--policy', policy, ...extra], dir, new Date(), e);
  /** A copy of the published image and its referrers in its own repository, to tamper with. */
  const copyTo = async (name: string) => {
    await copyImage(repo('acme/sample-service'), repo(name), run.digest, { tag: '1.0' });
    return repo(name);
  };
  const statusOf = (j: Json, step: string) => j.gate.steps.find((s) => s.step === step)?.status;

  beforeAll(async () => {
    reg = await startRegistry();
    dir = await tempDir('verify-image');
    run = await makeRun(dir);
    policy = await run.policy();
    env = { HOME: dir, [ENV_USERNAME]: reg.username, [ENV_PASSWORD]: reg.password };
    Object.assign(process.env, { [ENV_USERNAME]: reg.username, [ENV_PASSWORD]: reg.password });
    delete process.env.TOLLGATE_REGISTRY;
    try {
      expect((await run.execute('sign-image')).status).toBe('passed');
      const out = await run.execute('publish-image', { registry: `${reg.host}/acme` });
      expect(out.status, out.reason).toBe('passed');
      expect((await run.execute('publish-image')).status).toBe('passed'); // local layout too
    } finally {
      delete process.env[ENV_USERNAME];
      delete process.env[ENV_PASSWORD];
    }
  });
  afterAll(async () => {
    await reg?.stop();
    await removeDir(dir);
  });

  it('passes a correctly signed image, by tag and by digest, with JSON for admission', async () => {
    const byTag = await verify(`${reg.host}/acme/sample-service:1.0`, ['--format', 'json']);
    expect(byTag.code, byTag.stdout + byTag.stderr).toBe(0);
    const j = JSON.parse(byTag.stdout) as Json;
    expect(j.verdict).toBe('pass');
    expect(j.image.digest).toBe(run.digest);
    expect(j.gate.steps.map((s) => s.step).sort()).toEqual([
      'container',
      'container-scan',
      'sca',
      'sign-image',
    ]);
    const byDigest = await verify(`${reg.host}/acme/sample-service@${run.digest}`);
    expect(byDigest.code, byDigest.stdout).toBe(0);
    expect(byDigest.stdout).toMatch(/verify-image: PASS/);
  });

  it('passes the local OCI layout that publish-image writes without a registry', async () => {
    const r = await verify(`oci:${join(dir, 'reports/publish-image/registry')}:1.0`);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });

  it('says no when another manifest was pushed under the tag', async () => {
    const target = await copyTo('tamper/manifest');
    const other = join(dir, 'other');
    const img = await buildTestImage(other, 'x:1.0', 'a different payload\n');
    await copyImage(new LayoutTarget(other), target, img.digest, { tag: '1.0' });
    // The attacker also points the new digest's referrer tag at the genuine attestations.
    const genuine = (await target.getManifest(fallbackTag(run.digest)))!;
    await target.putManifest(genuine, fallbackTag(img.digest));
    const r = await verify(`${reg.host}/tamper/manifest:1.0`, ['--format', 'json']);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const j = JSON.parse(r.stdout) as Json;
    expect(j.image.digest).toBe(img.digest);
    expect(statusOf(j, 'sign-image')).toBe('missing');
    expect(j.attestations.length).toBe(6);
    expect(j.attestations.every((a) => a.status === 'ignored')).toBe(true);
  });

  it('says no when an attestation was replaced by a forged one', async () => {
    const target = await copyTo('tamper/forged');
    const refs = await listReferrers(target, run.digest);
    const scanRef = refs.find((r) => r.annotations?.['dev.tollgate.step'] === 'container-scan')!;
    const m = JSON.parse(
      (await target.getManifest(scanRef.digest))!.bytes.toString('utf8'),
    ) as ImageManifest;
    const bundle = JSON.parse((await target.getBlob(m.layers[0]!)).toString('utf8'));
    const forged = Buffer.from(
      JSON.stringify(
        tamperPayload(bundle, (s) => {
          // The signature stays; the statement it covered is rewritten.
          (s.predicate as { scanner: { uri: string } }).scanner.uri = 'forged';
        }),
      ),
    );
    const desc = await attachArtifact(target, {
      subject: {
        mediaType: MEDIA.manifest,
        digest: run.digest,
        size: (await target.getManifest(run.digest))!.bytes.length,
      },
      artifactType: scanRef.artifactType!,
      content: forged,
      annotations: scanRef.annotations ?? {},
    });
    // Drop the genuine one from the fallback index, as an attacker with push rights would.
    const index = JSON.parse(
      (await target.getManifest(fallbackTag(run.digest)))!.bytes.toString('utf8'),
    ) as ImageIndex;
    index.manifests = index.manifests.filter((d) => d.digest !== scanRef.digest);
    expect(index.manifests.some((d) => d.digest === desc.digest)).toBe(true);
    const bytes = Buffer.from(JSON.stringify(index));
    await target.putManifest(
      { bytes, mediaType: MEDIA.index, digest: sha256Digest(bytes) },
      fallbackTag(run.digest),
    );
    const r = await verify(`${reg.host}/tamper/forged:1.0`, ['--format', 'json']);
    expect(r.code, r.stdout).toBe(1);
    expect(statusOf(JSON.parse(r.stdout) as Json, 'container-scan')).toBe('invalid-signature');
  });

  it('says no when an attestation is missing', async () => {
    const target = await copyTo('tamper/missing');
    const index = JSON.parse(
      (await target.getManifest(fallbackTag(run.digest)))!.bytes.toString('utf8'),
    ) as ImageIndex;
    index.manifests = index.manifests.filter(
      (d) => d.annotations?.['dev.tollgate.step'] !== 'container',
    );
    const bytes = Buffer.from(JSON.stringify(index));
    await target.putManifest(
      { bytes, mediaType: MEDIA.index, digest: sha256Digest(bytes) },
      fallbackTag(run.digest),
    );
    const r = await verify(`${reg.host}/tamper/missing:1.0`, ['--format', 'json']);
    expect(r.code, r.stdout).toBe(1);
    expect(statusOf(JSON.parse(r.stdout) as Json, 'container')).toBe('missing');
  });

  it('exits 2 with a clear message when the registry refuses the password', async () => {
    const r = await verify(`${reg.host}/acme/sample-service:1.0`, [], {
      ...env,
      [ENV_PASSWORD]: 'wrong',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refused the credentials of "tollgate"/);
    expect(r.stderr).not.toMatch(/at .*\.ts:/);
  });

  // Last: the blob is replaced in the shared storage, so every copy sees it.
  it('says no when an attestation bundle blob was replaced in the registry storage', async () => {
    const target = repo('acme/sample-service');
    const refs = await listReferrers(target, run.digest);
    const sign = refs.find((r) => r.annotations?.['dev.tollgate.step'] === 'sign-image')!;
    const m = JSON.parse(
      (await target.getManifest(sign.digest))!.bytes.toString('utf8'),
    ) as ImageManifest;
    const hex = m.layers[0]!.digest.slice('sha256:'.length);
    const data = join(reg.storage, 'docker/registry/v2/blobs/sha256', hex.slice(0, 2), hex, 'data');
    await writeFile(data, '{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json"}');
    const r = await verify(`${reg.host}/acme/sample-service:1.0`, ['--format', 'json']);
    expect(r.code, r.stdout).toBe(1);
    const j = JSON.parse(r.stdout) as Json;
    expect(j.verdict).toBe('fail');
    expect(j.attestations.some((a) => a.status === 'altered')).toBe(true);
  });
});
