/**
 * Ways to hand a test SVID (from spiffe-ca.ts) to the code under test: as spiffe-helper PEM
 * files, or as an in-memory source that skips the sources' own checks.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SvidSource } from '../../src/attest/signers/spiffe/svid.js';
import type { TestSvid, TestTrustDomain } from './spiffe-ca.js';

/** Writes an SVID the way spiffe-helper does (svid.pem, svid_key.pem, bundle.pem) into `dir`. */
export async function writeSvidFiles(
  dir: string,
  svid: TestSvid,
  domain: TestTrustDomain,
): Promise<{ certFile: string; keyFile: string; bundleFile: string }> {
  const files = {
    certFile: join(dir, 'svid.pem'),
    keyFile: join(dir, 'svid_key.pem'),
    bundleFile: join(dir, 'bundle.pem'),
  };
  await writeFile(files.certFile, svid.certPem);
  await writeFile(files.keyFile, svid.keyPem, { mode: 0o600 });
  await writeFile(files.bundleFile, domain.bundlePem);
  return files;
}

/**
 * A source that hands out `svid` as is, without the checks the real sources make, so tests
 * can sign with SVIDs that a verifier must refuse (no URI SAN, CA leaf, expired).
 */
export function staticSvidSource(svid: TestSvid): SvidSource {
  return {
    description: `test SVID ${svid.spiffeId || '(no SPIFFE ID)'}`,
    fetchSvid: () =>
      Promise.resolve({
        spiffeId: svid.spiffeId,
        certificates: svid.certificates,
        privateKey: svid.privateKey,
        trustBundle: [],
      }),
  };
}
