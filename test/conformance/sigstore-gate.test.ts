import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { conformanceCorpus } from '../helpers/conformance.js';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/core/digest.js';
import { TollgateError } from '../../src/core/errors.js';
import { verifyBundle, verifyKeylessDsse } from '../../src/attest/verify/sigstore.js';
import { trustContext } from '../../src/attest/verify/sigstore-trust.js';
import {
  loadPublicGoodTrustedRoot,
  parseTrustedRoot,
} from '../../src/attest/verify/trusted-root.js';
import { VerifyFailure } from '../../src/attest/verify/types.js';

/**
 * The parts of the Sigstore verifier the conformance cases do not drive directly: the gate's
 * keyless DSSE entry point, digest-only artifacts, the offline root and memoisation. They
 * reuse the corpus bundles, so every assertion runs against real signatures.
 */
const corpus = conformanceCorpus();
const IDENTITY =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main';
const ISSUER = 'https://token.actions.githubusercontent.com';

const readJson = (...p: string[]): unknown => JSON.parse(readFileSync(path.join(...p), 'utf8'));
const rootOf = (name: string): unknown =>
  existsSync(path.join(corpus, name, 'trusted_root.json'))
    ? readJson(corpus, name, 'trusted_root.json')
    : undefined;
const artifact = readFileSync(path.join(corpus, 'a.txt'));

/** Keyless DSSE cases whose artifact is the shared a.txt (the others name their own). */
const dsseCases = readdirSync(corpus).filter((name) => {
  const file = path.join(corpus, name, 'bundle.sigstore.json');
  if (!existsSync(file) || existsSync(path.join(corpus, name, 'artifact'))) return false;
  const text = readFileSync(file, 'utf8');
  return text.includes('"dsseEnvelope"') && !text.includes('"publicKey"');
});

describe('verifyKeylessDsse on the corpus DSSE bundles', () => {
  it('has DSSE cases to run', () => expect(dsseCases.length).toBeGreaterThanOrEqual(4));

  for (const name of dsseCases) {
    const bundle = readJson(corpus, name, 'bundle.sigstore.json');
    if (name.endsWith('_fail')) {
      it(`${name} is rejected`, () => {
        expect(() => verifyKeylessDsse(bundle, rootOf(name))).toThrow(VerifyFailure);
      });
      continue;
    }
    it(`${name} yields the payload and the Fulcio identity`, () => {
      const { payload, payloadType, identity } = verifyKeylessDsse(bundle, rootOf(name));
      const envelope = (bundle as { dsseEnvelope: { payload: string } }).dsseEnvelope;
      expect(payload.equals(Buffer.from(envelope.payload, 'base64'))).toBe(true);
      expect(payloadType).toBe('application/vnd.in-toto+json');
      expect(identity).toMatchObject({ kind: 'sigstore', san: IDENTITY, issuer: ISSUER });
      expect(identity.extensions).toMatchObject({
        issuer: ISSUER,
        githubWorkflowRepository: 'sigstore-conformance/extremely-dangerous-public-oidc-beacon',
        sourceRepositoryURI:
          'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon',
        runnerEnvironment: 'github-hosted',
        sourceRepositoryVisibilityAtSigning: 'public',
      });
      expect(identity.extensions.sourceRepositoryDigest).toMatch(/^[0-9a-f]{40}$/);
    });

    it(`${name} verifies by digest, and not for another artifact`, () => {
      const opts = { bundle, identity: IDENTITY, issuer: ISSUER, trustedRoot: rootOf(name) };
      verifyBundle({ ...opts, artifact: { digest: `sha256:${sha256Hex(artifact)}` } });
      const other = { digest: sha256Hex('another artifact') };
      expect(() => verifyBundle({ ...opts, artifact: other })).toThrow(/not a subject/);
    });
  }

  it('rejects another identity with untrusted-signer', () => {
    const bundle = readJson(corpus, 'happy-path-intoto-in-dsse-v3', 'bundle.sigstore.json');
    const run = () =>
      verifyBundle({
        bundle,
        artifact: { data: artifact },
        identity: IDENTITY + 'x',
        issuer: ISSUER,
      });
    expect(run).toThrow(expect.objectContaining({ kind: 'untrusted-signer' }) as Error);
  });

  it('refuses a key-signed bundle and a message signature', () => {
    const keyed = readJson(corpus, 'managed-key-happy-path', 'bundle.sigstore.json');
    expect(() => verifyKeylessDsse(keyed, undefined)).toThrow(VerifyFailure);
    const message = readJson(corpus, 'happy-path-v0.3', 'bundle.sigstore.json');
    expect(() => verifyKeylessDsse(message, undefined)).toThrow(/not a DSSE envelope/);
  });
});

describe('artifact given by digest', () => {
  it('is refused for a message signature, which needs the bytes', () => {
    const bundle = readJson(corpus, 'happy-path-v0.3', 'bundle.sigstore.json');
    const digest = sha256Hex(artifact);
    const run = () =>
      verifyBundle({ bundle, artifact: { digest }, identity: IDENTITY, issuer: ISSUER });
    expect(run).toThrow(TollgateError);
  });
});

describe('trusted roots', () => {
  it('reads the public-good root offline, once', () => {
    const root = loadPublicGoodTrustedRoot();
    expect(loadPublicGoodTrustedRoot()).toBe(root);
    expect(root.tlogs.some((t) => t.baseUrl === 'https://rekor.sigstore.dev')).toBe(true);
    expect(root.certificateAuthorities.length).toBeGreaterThan(0);
  });

  it('rejects what is not a trusted root, with the reason', () => {
    expect(() => parseTrustedRoot([])).toThrow(/not a JSON object/);
    expect(() => parseTrustedRoot({ mediaType: 'application/json' })).toThrow(/mediaType/);
    const root = structuredClone(rootOf('rekor2-happy-path')) as { tlogs: { publicKey: object }[] };
    root.tlogs[0]!.publicKey = {
      ...root.tlogs[0]!.publicKey,
      validFor: { end: '2030-01-01T00:00:00Z' },
    };
    expect(() => parseTrustedRoot(root)).toThrow(/tlogs\[0\] validity: validFor has no start/);
  });

  it('builds trust material once per root object', () => {
    const json = rootOf('rekor2-happy-path');
    const ctx = trustContext(json);
    expect(trustContext(json)).toBe(ctx);
    expect(ctx.verifier()).toBe(ctx.verifier());
    expect(trustContext(structuredClone(json))).not.toBe(ctx);
    expect(trustContext(undefined)).toBe(trustContext(undefined));
  });
});
