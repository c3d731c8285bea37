import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { conformanceCorpus } from '../helpers/conformance.js';
import { describe, expect, it } from 'vitest';
import { type VerifyBundleOptions, verifyBundle } from '../../src/attest/verify/sigstore.js';
import { VerifyFailure, type VerifyFailureKind } from '../../src/attest/verify/types.js';

/**
 * Runs the bundle-verification cases of the Sigstore client conformance suite (see
 * docs/conformance.md). Every case directory becomes one test; a case the verifier cannot
 * honour must be listed in KNOWN_GAPS, and is then asserted to still behave as documented.
 */
const corpus = conformanceCorpus();

const DEFAULT_IDENTITY =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main';
const DEFAULT_ISSUER = 'https://token.actions.githubusercontent.com';

/** Why each rejected case is rejected, as the gate would report it. */
const EXPECTED_KIND: Record<string, VerifyFailureKind> = {
  'bundle-empty-certificate-chain_fail': 'malformed',
  'bundle-from-wrong-instance_fail': 'untrusted-signer',
  'bundle-invalid-base64-signature_fail': 'malformed',
  'bundle-malformed-json_fail': 'malformed',
  'bundle-negative-log-index_fail': 'malformed',
  'bundle-unknown-version_fail': 'malformed',
  'bundle-with-root-cert_fail': 'untrusted-signer',
  'checkpoint-bad-keyhint_fail': 'invalid-signature',
  'checkpoint-wrong-roothash_fail': 'invalid-signature',
  'dsse-invalid-sig_fail': 'invalid-signature',
  'dsse-mismatch-envelope_fail': 'invalid-signature',
  'dsse-mismatch-sig_fail': 'invalid-signature',
  'inclusion-proof-corrupted-hash_fail': 'invalid-signature',
  'incorrect-public-key_fail': 'invalid-signature',
  'integrated-time-in-future_fail': 'untrusted-signer',
  'intoto-expired-certificate_fail': 'untrusted-signer',
  'intoto-log-entry-mismatch_fail': 'invalid-signature',
  'intoto-missing-inclusion-proof_fail': 'malformed',
  'intoto-set-outside-signing-cert-validity_fail': 'untrusted-signer',
  'intoto-tsa-timestamp-outside-cert-validity_fail': 'untrusted-signer',
  'invalid-checkpoint-signature_fail': 'invalid-signature',
  'invalid-ct-key_fail': 'untrusted-signer',
  'invalid-inclusion-proof_fail': 'malformed',
  'managed-key-no-key_fail': 'untrusted-signer',
  'managed-key-wrong-key_fail': 'untrusted-signer',
  'message-digest-mismatch_fail': 'invalid-signature',
  'rekor2-checkpoint-missing-log-signature_fail': 'invalid-signature',
  'rekor2-checkpoint-missing-origin_fail': 'invalid-signature',
  'rekor2-checkpoint-missing-root-hash_fail': 'invalid-signature',
  'rekor2-checkpoint-missing-size_fail': 'invalid-signature',
  'rekor2-checkpoint-no-matching-signature_fail': 'invalid-signature',
  'rekor2-dsse-invalid-sig_fail': 'invalid-signature',
  'rekor2-dsse-mismatch-envelope_fail': 'invalid-signature',
  'rekor2-dsse-mismatch-sig_fail': 'invalid-signature',
  'rekor2-no-inclusion-proof_fail': 'malformed',
  'rekor2-no-timestamp_fail': 'invalid-signature',
  'rekor2-timestamp-outside-trust-root-tsa-validity_fail': 'invalid-signature',
  'rekor2-timestamp-outside-tsa-cert-validity_fail': 'invalid-signature',
  'rekor2-timestamp-payload-mismatch_fail': 'invalid-signature',
  'rekor2-timestamp-untrusted-tsa-with-embedded-cert_fail': 'invalid-signature',
  'rekor2-timestamp-untrusted-tsa-without-embedded-cert_fail': 'invalid-signature',
  'rekor2-timestamp-with-incorrect-time_fail': 'untrusted-signer',
  'set-invalid-signature_fail': 'invalid-signature',
  'signature-mismatch_fail': 'invalid-signature',
  'trust-root-tlog-missing-validity-start_fail': 'untrusted-signer',
  'wrong-hashedrekord-artifact_fail': 'invalid-signature',
  'wrong-hashedrekord-cert-and-sig_fail': 'invalid-signature',
  'wrong-hashedrekord-entry_fail': 'invalid-signature',
  'wrong-material_fail': 'invalid-signature',
};

/** Cases the verifier cannot honour yet, with the reason and the outcome it has today. */
const KNOWN_GAPS: Record<string, { reason: string; today: 'verifies' | VerifyFailureKind }> = {};

function caseOptions(dir: string): VerifyBundleOptions {
  const file = (name: string) => path.join(dir, name);
  const text = (name: string) => readFileSync(file(name), 'utf8').trim();
  const has = (name: string) => existsSync(file(name));
  const options: VerifyBundleOptions = {
    // Raw bytes, so that unparseable JSON is the verifier's verdict and not the test's crash.
    bundle: readFileSync(file('bundle.sigstore.json')),
    artifact: {
      data: readFileSync(has('artifact') ? file('artifact') : path.join(corpus, 'a.txt')),
    },
  };
  if (has('trusted_root.json')) options.trustedRoot = JSON.parse(text('trusted_root.json'));
  if (has('key.pub')) {
    options.publicKeyPem = text('key.pub');
  } else {
    options.identity = has('identity') ? text('identity') : DEFAULT_IDENTITY;
    options.issuer = has('issuer') ? text('issuer') : DEFAULT_ISSUER;
  }
  return options;
}

function outcome(options: VerifyBundleOptions): 'verifies' | VerifyFailure {
  try {
    verifyBundle(options);
    return 'verifies';
  } catch (e) {
    // Anything but a VerifyFailure (a TypeError, a usage error) is a bug in the verifier.
    if (!(e instanceof VerifyFailure)) throw e;
    return e;
  }
}

const cases = readdirSync(corpus)
  .filter((name) => statSync(path.join(corpus, name)).isDirectory())
  .sort();

describe('Sigstore conformance: bundle verification', () => {
  it('finds the corpus', () => {
    expect(cases.length).toBeGreaterThan(50);
  });

  it('lists no stale case names', () => {
    for (const name of [...Object.keys(EXPECTED_KIND), ...Object.keys(KNOWN_GAPS)]) {
      expect(cases, name).toContain(name);
    }
  });

  for (const name of cases) {
    const shouldFail = name.endsWith('_fail');
    const gap = KNOWN_GAPS[name];
    it(`${name} ${gap ? `(known gap: ${gap.reason})` : shouldFail ? 'is rejected' : 'verifies'}`, () => {
      const result = outcome(caseOptions(path.join(corpus, name)));
      const got = result === 'verifies' ? result : result.kind;
      if (gap) {
        expect(got, 'the gap has changed: update KNOWN_GAPS and docs/conformance.md').toBe(
          gap.today,
        );
      } else if (shouldFail) {
        expect(result).toBeInstanceOf(VerifyFailure);
        expect(got, result === 'verifies' ? '' : result.message).toBe(EXPECTED_KIND[name]);
      } else {
        expect(got, result === 'verifies' ? '' : result.message).toBe('verifies');
      }
    });
  }
});
