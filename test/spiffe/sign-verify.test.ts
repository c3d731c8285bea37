import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSpiffeSigner,
  pemFilesSource,
  spiffeHelperFiles,
  workloadApiSource,
} from '../../src/attest/signers/spiffe/index.js';
import { loadTrustBundle, verifySpiffeBundle } from '../../src/attest/verify/spiffe.js';
import { TollgateError } from '../../src/core/errors.js';
import { createTrustDomain, trustBundles } from '../helpers/spiffe-ca.js';
import { writeSvidFiles } from '../helpers/spiffe-svid.js';
import { startWorkloadApiServer } from '../helpers/workload-api-server.js';

const statement = Buffer.from(
  JSON.stringify({
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: 'acme/app', digest: { gitCommit: 'a'.repeat(40) } }],
    predicateType: 'https://tollgate.dev/test/v1',
    predicate: {},
  }),
);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tollgate-spiffe-pem-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('SPIFFE signing and verification', () => {
  it('signs through the Workload API and verifies (v0.3 bundle, leaf only)', async () => {
    const td = await createTrustDomain('example.org');
    const svid = await td.issueSvid('/ci/build');
    const server = await startWorkloadApiServer({ svid, bundleDer: td.bundleDer });
    try {
      const signer = await createSpiffeSigner(workloadApiSource({ endpoint: server.endpoint }));
      expect(signer.kind).toBe('spiffe');
      expect(signer.describe()).toBe('spiffe://example.org/ci/build');
      const bundle = await signer.signStatement(statement);
      expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
      expect(bundle.verificationMaterial.certificate).toBeDefined();
      const result = verifySpiffeBundle(bundle, trustBundles(td));
      expect(result.payload.equals(statement)).toBe(true);
      expect(result.identity).toEqual({
        kind: 'spiffe',
        spiffeId: 'spiffe://example.org/ci/build',
        trustDomain: 'example.org',
      });
    } finally {
      await server.close();
    }
  });

  it('signs through the Workload API with an intermediate and carries the chain (v0.2)', async () => {
    const td = await createTrustDomain('example.org', { intermediate: true });
    const server = await startWorkloadApiServer({ svid: await td.issueSvid('/deploy') });
    try {
      const signer = await createSpiffeSigner(workloadApiSource({ endpoint: server.endpoint }));
      const bundle = await signer.signStatement(statement);
      expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle+json;version=0.2');
      expect(bundle.verificationMaterial.x509CertificateChain?.certificates).toHaveLength(2);
      const { identity } = verifySpiffeBundle(bundle, trustBundles(td));
      expect(identity.spiffeId).toBe('spiffe://example.org/deploy');
    } finally {
      await server.close();
    }
  });

  it.each(['ec', 'rsa'] as const)('signs from spiffe-helper PEM files (%s key)', async (key) => {
    const td = await createTrustDomain('example.org', { intermediate: true, key });
    const svid = await td.issueSvid('/ci/test', { key });
    const sub = await mkdtemp(join(dir, `${key}-`));
    await writeSvidFiles(sub, svid, td);
    const signer = await createSpiffeSigner(pemFilesSource(spiffeHelperFiles(sub)));
    expect(signer.describe()).toBe('spiffe://example.org/ci/test');
    const bundle = await signer.signStatement(statement);
    // The verifier is given the trust bundle the way the gate gets it: a PEM file's text.
    const roots = new Map([['example.org', loadTrustBundle(td.bundlePem)]]);
    expect(verifySpiffeBundle(bundle, roots).identity.trustDomain).toBe('example.org');
  });

  it('accepts trust bundles keyed by the trust domain SPIFFE ID', async () => {
    const td = await createTrustDomain('example.org');
    const sub = await mkdtemp(join(dir, 'td-'));
    await writeSvidFiles(sub, await td.issueSvid('/x'), td);
    const signer = await createSpiffeSigner(pemFilesSource(spiffeHelperFiles(sub)));
    const bundle = await signer.signStatement(statement);
    const roots = new Map([['spiffe://example.org', td.roots]]);
    expect(verifySpiffeBundle(bundle, roots).identity.spiffeId).toBe('spiffe://example.org/x');
  });

  it('fails before signing when the PEM files are missing or do not match', async () => {
    const missing = pemFilesSource(spiffeHelperFiles(join(dir, 'nowhere')));
    await expect(createSpiffeSigner(missing)).rejects.toMatchObject({
      code: 'SIGNER_UNAVAILABLE',
      message: expect.stringMatching(/cannot read SVID certificate .*svid.pem: no such file/),
    });

    const td = await createTrustDomain('example.org');
    const sub = await mkdtemp(join(dir, 'mismatch-'));
    const files = await writeSvidFiles(sub, await td.issueSvid('/a'), td);
    const other = await mkdtemp(join(dir, 'other-'));
    const otherFiles = await writeSvidFiles(other, await td.issueSvid('/b'), td);
    const error = await createSpiffeSigner(
      pemFilesSource({ certFile: files.certFile, keyFile: otherFiles.keyFile }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TollgateError);
    expect((error as TollgateError).message).toMatch(/private key that does not match/);
  });

  it('loadTrustBundle refuses text without certificates', () => {
    expect(() => loadTrustBundle('not a pem')).toThrow(TollgateError);
  });

  it('verifies 200 bundles quickly against pre-parsed trust bundles', async () => {
    const td = await createTrustDomain('example.org', { intermediate: true });
    const sub = await mkdtemp(join(dir, 'bench-'));
    await writeSvidFiles(sub, await td.issueSvid('/bench'), td);
    const signer = await createSpiffeSigner(pemFilesSource(spiffeHelperFiles(sub)));
    const bundles = await Promise.all(
      Array.from({ length: 200 }, () => signer.signStatement(statement)),
    );
    const roots = trustBundles(td);
    const start = performance.now();
    for (const bundle of bundles) verifySpiffeBundle(bundle, roots);
    const elapsed = performance.now() - start;
    console.log(`verified 200 SPIFFE bundles in ${elapsed.toFixed(1)} ms`);
    // Generous bound for slow CI machines; locally this takes a few tens of milliseconds.
    expect(elapsed).toBeLessThan(2_000);
  });
});
