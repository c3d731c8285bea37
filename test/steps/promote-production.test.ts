import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair } from '../../src/attest/signers/key.js';
import { copyImage } from '../../src/oci/registry/copy.js';
import { LayoutTarget } from '../../src/oci/registry/layout-target.js';
import { listReferrers } from '../../src/oci/registry/referrers.js';
import { HISTORY_TAG, readHistory } from '../../src/promote/history.js';
import { COMMIT } from '../helpers/gate-fixture.js';
import { runCli } from '../helpers/cli.js';
import {
  AUTHOR,
  perMergeRun,
  promotionPolicy,
  repoOf,
  useCredentials,
} from '../helpers/promote-fixture.js';
import { buildTestImage, startRegistry, type TestRegistry } from '../helpers/registry.js';
import { removeDir, tempDir } from './step-context.js';

/**
 * publish-staging → promote-production between two real registries on 127.0.0.1 with htpasswd
 * authentication (staging and production), after a per-commit run that published to the
 * staging registry's `acme` namespace.
 */
describe('promote-production', () => {
  let staging: TestRegistry;
  let production: TestRegistry;
  let root: string;
  let restore: () => void;
  let vsaKey: string;
  let savedKey: string | undefined;

  beforeAll(async () => {
    [staging, production] = await Promise.all([startRegistry(), startRegistry()]);
    root = await tempDir('promote');
    restore = useCredentials(staging); // both registries have the same user
    // The attached VSA is signed with the local key, as under tollgate run.
    const pair = generateKeyPair();
    vsaKey = join(root, 'local.key');
    await writeFile(vsaKey, pair.privateKeyPem, { mode: 0o600 });
    savedKey = process.env.TOLLGATE_KEY;
    process.env.TOLLGATE_KEY = vsaKey;
  });
  afterAll(async () => {
    restore?.();
    if (savedKey === undefined) delete process.env.TOLLGATE_KEY;
    else process.env.TOLLGATE_KEY = savedKey;
    await Promise.all([staging?.stop(), production?.stop()]);
    await removeDir(root);
  });

  /** A per-commit run published to staging's acme/, then publish-staging to staging/. */
  async function staged(name: string, o: Parameters<typeof perMergeRun>[2] = {}) {
    const dir = join(root, name);
    // Each case publishes its own image: the same image bytes signed by another key are
    // other referrers of the same digest.
    const run = await perMergeRun(dir, `${staging.host}/acme-${name}`, o);
    const out = await run.execute('publish-staging', { registry: `${staging.host}/${name}` });
    expect(out.status, out.reason).toBe('passed');
    return { run, policy: await promotionPolicy(run) };
  }
  const promote = (
    s: Awaited<ReturnType<typeof staged>>,
    name: string,
    extra: Record<string, string> = {},
  ) =>
    s.run.execute('promote-production', {
      registry: `${production.host}/${name}`,
      policy: s.policy,
      ...extra,
    });

  it('promotes the verified digest: staging and production hold the same digest and attestations', async () => {
    const s = await staged('good');
    const out = await promote(s, 'good');
    expect(out.status, out.reason).toBe('passed');
    const stage = repoOf(staging, 'good/sample-service');
    const prod = repoOf(production, 'good/sample-service');
    expect((await stage.getManifest('1.0'))?.digest).toBe(s.run.digest);
    expect((await prod.getManifest('production'))?.digest).toBe(s.run.digest);
    const refs = async (r: typeof stage) =>
      (await listReferrers(r, s.run.digest)).map((d) => d.digest).sort();
    // Production holds every referrer of staging, plus the promotion's verification summary.
    const vsaRefs = (await listReferrers(prod, s.run.digest)).filter(
      (d) => d.annotations?.['dev.tollgate.step'] === 'promote-production',
    );
    expect(vsaRefs).toHaveLength(1);
    expect((await refs(prod)).filter((d) => d !== vsaRefs[0]!.digest)).toEqual(await refs(stage));
    expect((await refs(stage)).length).toBe(6); // container, sca ×2, container-scan ×2, sign-image
    // The copy in production verifies on its own, as an admission check would see it.
    const verified = await runCli(
      ['verify-image', `${production.host}/good/sample-service:production`, '--policy', s.policy],
      s.run.dir,
      new Date(),
      { HOME: s.run.dir, ...useEnv(production) },
    );
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    const history = await readHistory(prod);
    expect(history.entries).toMatchObject([
      { digest: s.run.digest, tag: 'production', commit: COMMIT, action: 'promote' },
    ]);
    expect((await prod.getManifest(HISTORY_TAG))?.mediaType).toBe(
      'application/vnd.oci.image.manifest.v1+json',
    );
    // The step's attestation is a verification summary about the promoted digest.
    const bundle = JSON.parse(
      await readFile(join(s.run.attestations, 'promote-production.sigstore.json'), 'utf8'),
    ) as { dsseEnvelope: { payload: string } };
    const st = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString()) as {
      predicateType: string;
      predicate: { verificationResult: string; resourceUri: string };
      subject: { digest: Record<string, string> }[];
    };
    expect(st.predicateType).toBe('https://slsa.dev/verification_summary/v1');
    expect(st.predicate.verificationResult).toBe('PASSED');
    expect(st.predicate.resourceUri).toBe(`${production.host}/good/sample-service@${s.run.digest}`);
    expect(st.subject.some((x) => `sha256:${x.digest.sha256}` === s.run.digest)).toBe(true);
  });

  it('refuses an image without a passing container-scan attestation', async () => {
    const s = await staged('noscan', { drop: 'container-scan' });
    const out = await promote(s, 'noscan');
    expect(out.status).toBe('failed');
    expect(out.reason).toMatch(/container-scan missing/);
    expect(await repoOf(production, 'noscan/sample-service').getManifest('production')).toBe(
      undefined,
    );
  });

  it('refuses when the staging tag was moved to another image than the verified digest', async () => {
    const s = await staged('swap');
    const other = join(root, 'other-image');
    const img = await buildTestImage(other, 'sample-service:1.0', 'not what was verified\n');
    await copyImage(new LayoutTarget(other), repoOf(staging, 'swap/sample-service'), img.digest, {
      tag: '1.0',
    });
    const out = await promote(s, 'swap');
    expect(out.status).toBe('failed');
    expect(out.reason).toContain(`is ${img.digest}, not the verified ${s.run.digest}`);
    expect(await repoOf(production, 'swap/sample-service').getManifest('production')).toBe(
      undefined,
    );
  });

  it("refuses an approval by the change's own author when the policy forbids it", async () => {
    const s = await staged('self', { approvers: [AUTHOR] });
    const out = await promote(s, 'self');
    expect(out.status).toBe('failed');
    expect(out.reason).toMatch(/approval failed: .*approval by the author does not count/);
    // automatic mode does not wait for a person: the same change is promoted.
    const auto = await promote(s, 'self', { mode: 'automatic' });
    expect(auto.status, auto.reason).toBe('passed');
    // The policy can say so as well (risk tolerance): promotion.mode.
    const byPolicy = join(s.run.dir, 'automatic.yml');
    await writeFile(
      byPolicy,
      `${await readFile(s.policy, 'utf8')}promotion: { mode: automatic }\n`,
    );
    const viaPolicy = await promote({ ...s, policy: byPolicy }, 'self');
    expect(viaPolicy.status, viaPolicy.reason).toBe('passed');
    const bad = await promote(s, 'self', { mode: 'sometimes' });
    expect(bad.reason).toMatch(/mode is "sometimes"/);
  });
});

function useEnv(reg: TestRegistry): Record<string, string> {
  return {
    TOLLGATE_REGISTRY_USERNAME: reg.username,
    TOLLGATE_REGISTRY_PASSWORD: reg.password,
  };
}
