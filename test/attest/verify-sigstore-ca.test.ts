import type { Bundle } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import type { SignedEntity } from '@sigstore/verify';
import { beforeAll, describe, expect, it } from 'vitest';
import { chainsToTrustedCa, foreignCaFailure } from '../../src/attest/verify/sigstore-ca.js';
import { createTrustDomain, type TestSvid, type TestTrustDomain } from '../helpers/spiffe-ca.js';

// Which CA issued a keyless signing certificate decides between `untrusted-signer` (a CA
// outside the trusted root) and the verifier's own verdict. Real certificates: a root CA with
// an intermediate that issues the leaf, and a second CA of the same name with other keys.
let home: TestTrustDomain;
let stranger: TestTrustDomain;
let svid: TestSvid;
let strangerSvid: TestSvid;

const parse = (der: Buffer) => X509Certificate.parse(Buffer.from(der));
const rootOf = (...ders: Buffer[]) =>
  ({
    certificateAuthorities: [
      { certChain: { certificates: ders.map((rawBytes) => ({ rawBytes })) } },
    ],
  }) as unknown as TrustedRoot;
const GARBAGE = Buffer.from('not a certificate');

beforeAll(async () => {
  home = await createTrustDomain('example.org', { intermediate: true });
  stranger = await createTrustDomain('example.org', { intermediate: true });
  svid = await home.issueSvid('/ci/build');
  strangerSvid = await stranger.issueSvid('/ci/build');
});

describe('chainsToTrustedCa', () => {
  const leaf = () => parse(svid.certificates[0]!.raw);
  const intermediate = () => parse(svid.certificates[1]!.raw);

  it('follows the intermediates the bundle carries up to a CA of the trusted root', () => {
    expect(chainsToTrustedCa(leaf(), [intermediate()], rootOf(home.roots[0]!.raw))).toBe(true);
  });

  it('does not chain without the intermediate that links the leaf to the root', () => {
    expect(chainsToTrustedCa(leaf(), [], rootOf(home.roots[0]!.raw))).toBe(false);
  });

  it('accepts a leaf issued directly by a trusted CA, and a trusted certificate itself', () => {
    const root = rootOf(svid.certificates[1]!.raw);
    expect(chainsToTrustedCa(leaf(), [], root)).toBe(true);
    expect(chainsToTrustedCa(intermediate(), [], root)).toBe(true);
  });

  it('refuses a leaf of another CA with the same name, even when its intermediate is carried', () => {
    const foreignLeaf = parse(strangerSvid.certificates[0]!.raw);
    const foreignIntermediate = parse(strangerSvid.certificates[1]!.raw);
    expect(chainsToTrustedCa(foreignLeaf, [foreignIntermediate], rootOf(home.roots[0]!.raw))).toBe(
      false,
    );
    // Nor does the home intermediate vouch for it: same subject, other key.
    expect(chainsToTrustedCa(foreignLeaf, [intermediate()], rootOf(home.roots[0]!.raw))).toBe(
      false,
    );
  });

  it('skips an unreadable certificate of the trusted root instead of failing on it', () => {
    expect(chainsToTrustedCa(leaf(), [intermediate()], rootOf(GARBAGE, home.roots[0]!.raw))).toBe(
      true,
    );
    expect(chainsToTrustedCa(leaf(), [intermediate()], rootOf(GARBAGE))).toBe(false);
  });

  it('does not let a certificate carried as its own intermediate vouch for itself', () => {
    const own = parse(svid.certificates[1]!.raw);
    expect(chainsToTrustedCa(own, [own, own], rootOf(stranger.roots[0]!.raw))).toBe(false);
  });
});

describe('foreignCaFailure', () => {
  const bundleWith = (...ders: Buffer[]) =>
    ({
      verificationMaterial: {
        content: {
          $case: 'x509CertificateChain',
          x509CertificateChain: { certificates: ders.map((rawBytes) => ({ rawBytes })) },
        },
      },
    }) as unknown as Bundle;
  const entity = (der: Buffer) =>
    ({ key: { $case: 'certificate', certificate: parse(der) } }) as unknown as SignedEntity;

  it('is untrusted-signer for a certificate of a CA outside the trusted root', () => {
    const [leaf, intermediate] = strangerSvid.certificates.map((c) => c.raw);
    const failure = foreignCaFailure(
      bundleWith(leaf!, intermediate!),
      entity(leaf!),
      rootOf(home.roots[0]!.raw),
    );
    expect(failure?.kind).toBe('untrusted-signer');
    expect(failure?.message).toMatch(/not issued by a certificate authority of the trusted root/);
  });

  it('is nothing for a certificate that chains through the carried intermediates', () => {
    const [leaf, intermediate] = svid.certificates.map((c) => c.raw);
    expect(
      foreignCaFailure(
        bundleWith(leaf!, GARBAGE, intermediate!),
        entity(leaf!),
        rootOf(home.roots[0]!.raw),
      ),
    ).toBeUndefined();
  });

  it('uses no intermediates from a bundle whose material is a single certificate', () => {
    const [leaf] = svid.certificates.map((c) => c.raw);
    const single = {
      verificationMaterial: { content: { $case: 'certificate', certificate: { rawBytes: leaf } } },
    } as unknown as Bundle;
    expect(foreignCaFailure(single, entity(leaf!), rootOf(home.roots[0]!.raw))?.kind).toBe(
      'untrusted-signer',
    );
  });

  it('leaves key-signed bundles to the key verifier', () => {
    const keyEntity = { key: { $case: 'public-key' } } as unknown as SignedEntity;
    expect(foreignCaFailure(bundleWith(), keyEntity, rootOf())).toBeUndefined();
  });
});
