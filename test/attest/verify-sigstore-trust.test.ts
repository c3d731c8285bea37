import { PolicyError, VerificationError } from '@sigstore/verify';
import { describe, expect, it } from 'vitest';
import { toVerifyFailure, trustContext } from '../../src/attest/verify/sigstore-trust.js';
import {
  loadPublicGoodTrustedRoot,
  parseTrustedRoot,
  readPublicGoodTrustedRootJson,
} from '../../src/attest/verify/trusted-root.js';
import { VerifyFailure } from '../../src/attest/verify/types.js';
import { TollgateError } from '../../src/core/errors.js';
import { failureOf } from './failure.js';

/** Reading trusted roots, the trust context built from them, and the failure mapping. */
const MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';
const KEY =
  'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE2G2Y+2tabdTV5BcGiBIx0a9fAFwrkBbmLSGtks4L3qX6yYY0zufBnhC8Ur/iy55GhWP/9A/bY2LhC30M9+RYtw==';

function log(validFor: unknown) {
  return {
    baseUrl: 'https://log.example',
    hashAlgorithm: 'SHA2_256',
    publicKey: { rawBytes: KEY, keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor },
    logId: { keyId: 'wNI9atQGlz+VWfO6LRygH4QUfY/8W4RFwiT5i5WRgB0=' },
  };
}

function rootWith(section: string, entries: unknown): Record<string, unknown> {
  return { mediaType: MEDIA_TYPE, [section]: entries };
}

function rootError(json: unknown): { code: string; message: string } {
  try {
    parseTrustedRoot(json);
  } catch (e) {
    if (e instanceof TollgateError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('the trusted root was accepted');
}

describe('parseTrustedRoot', () => {
  it('refuses what is not a JSON object', () => {
    for (const bad of [null, 'root', [], 1]) {
      expect(rootError(bad)).toEqual({
        code: 'INPUT_INVALID',
        message: 'invalid Sigstore trusted root: not a JSON object',
      });
    }
  });

  it('accepts the trusted-root media types and refuses others, naming them', () => {
    for (const mediaType of [
      'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
      'application/vnd.dev.sigstore.trustedroot.v0.2+json',
      'application/vnd.dev.sigstore.trustedroot+json',
    ]) {
      expect(parseTrustedRoot({ mediaType }).mediaType).toBe(mediaType);
    }
    for (const mediaType of [
      'application/vnd.dev.sigstore.bundle+json;version=0.1',
      'x-application/vnd.dev.sigstore.trustedroot+json',
      'application/vnd.dev.sigstore.trustedroot+json;version=0.1 ',
    ]) {
      expect(rootError({ mediaType }).message).toBe(
        `invalid Sigstore trusted root: unsupported mediaType ${JSON.stringify(mediaType)}`,
      );
    }
    expect(rootError({}).message).toBe(
      'invalid Sigstore trusted root: unsupported mediaType undefined',
    );
  });

  it('checks the validity window of every kind of entry, naming the entry', () => {
    const noStart = { end: '2030-01-01T00:00:00Z' };
    expect(
      rootError(rootWith('tlogs', [log({ start: '2021-01-01T00:00:00Z' }), log(noStart)])),
    ).toEqual({
      code: 'INPUT_INVALID',
      message: 'invalid Sigstore trusted root: tlogs[1] validity: validFor has no start',
    });
    expect(rootError(rootWith('ctlogs', [log(noStart)])).message).toBe(
      'invalid Sigstore trusted root: ctlogs[0] validity: validFor has no start',
    );
    expect(rootError(rootWith('certificateAuthorities', [{ validFor: noStart }])).message).toBe(
      'invalid Sigstore trusted root: certificateAuthorities[0] validity: validFor has no start',
    );
    expect(rootError(rootWith('timestampAuthorities', [{ validFor: noStart }])).message).toBe(
      'invalid Sigstore trusted root: timestampAuthorities[0] validity: validFor has no start',
    );
  });

  it('refuses a validity window that is not an object, not a time, or ends before it starts', () => {
    const why = (validFor: unknown) =>
      rootError(rootWith('timestampAuthorities', [{ validFor }])).message.replace(
        'invalid Sigstore trusted root: timestampAuthorities[0] validity: ',
        '',
      );
    expect(why('2021')).toBe('validFor is not an object');
    expect(why({ start: null })).toBe('validFor has no start');
    expect(why({ start: 'soon' })).toBe('validFor start "soon" is not a time');
    expect(why({ start: '2021-01-01T00:00:00Z', end: 'later' })).toBe(
      'validFor end "later" is not a time',
    );
    expect(why({ start: '2021-01-02T00:00:00Z', end: '2021-01-01T00:00:00Z' })).toBe(
      'validFor ends before it starts',
    );
  });

  it('accepts an open or closed window, one that is a single instant, and entries without one', () => {
    const at = '2021-01-01T00:00:00Z';
    for (const validFor of [
      { start: at },
      { start: at, end: null },
      { start: at, end: at },
      { start: at, end: '2022-01-01T00:00:00Z' },
      undefined,
    ]) {
      const root = parseTrustedRoot(rootWith('timestampAuthorities', [{ validFor }]));
      expect(root.timestampAuthorities).toHaveLength(1);
    }
    // A log entry without a public key has no window to check here.
    const keyless = { ...log(undefined), publicKey: undefined };
    expect(parseTrustedRoot(rootWith('tlogs', [keyless])).tlogs).toHaveLength(1);
    expect(parseTrustedRoot(rootWith('ctlogs', [keyless])).ctlogs).toHaveLength(1);
  });

  it('refuses sections that are not lists of objects', () => {
    expect(rootError(rootWith('tlogs', {})).message).toBe(
      'invalid Sigstore trusted root: tlogs is not a list',
    );
    expect(rootError(rootWith('ctlogs', [null])).message).toBe(
      'invalid Sigstore trusted root: ctlogs[0] is not an object',
    );
    expect(rootError(rootWith('certificateAuthorities', [[]])).message).toBe(
      'invalid Sigstore trusted root: certificateAuthorities[0] is not an object',
    );
  });

  it('reports what the protobuf reader refuses, with the hint', () => {
    let error: unknown;
    try {
      parseTrustedRoot(rootWith('tlogs', [{ ...log(undefined), hashAlgorithm: 'NO_SUCH_HASH' }]));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TollgateError);
    const e = error as TollgateError;
    expect(e.code).toBe('INPUT_INVALID');
    expect(e.message).toMatch(/^invalid Sigstore trusted root: .*NO_SUCH_HASH/);
    expect(e.cause).toBeInstanceOf(Error);
    expect(e.hint).toBe(
      'Use a trusted_root.json as published by the Sigstore instance (TUF target trusted_root.json).',
    );
  });

  it('reads the public-good root once and returns the same parsed object', () => {
    const root = loadPublicGoodTrustedRoot();
    expect(loadPublicGoodTrustedRoot()).toBe(root);
    expect(root.tlogs.length).toBeGreaterThan(0);
    expect(root.ctlogs.length).toBeGreaterThan(0);
    expect(root.mediaType).toBe(
      (readPublicGoodTrustedRootJson() as { mediaType: string }).mediaType,
    );
  });
});

describe('trustContext', () => {
  it('uses the public-good root when none is given, built once', () => {
    const ctx = trustContext(undefined);
    expect(trustContext(undefined)).toBe(ctx);
    expect(ctx.root).toBe(loadPublicGoodTrustedRoot());
    expect(ctx.defaults).toEqual({ tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 });
  });

  it('demands log entries and SCTs only from a root that has logs', () => {
    const bare = { mediaType: MEDIA_TYPE };
    expect(trustContext(bare).defaults).toEqual({
      tlogThreshold: 0,
      ctlogThreshold: 0,
      timestampThreshold: 1,
    });
    const tlogOnly = rootWith('tlogs', [log({ start: '2021-01-01T00:00:00Z' })]);
    expect(trustContext(tlogOnly).defaults).toEqual({
      tlogThreshold: 1,
      ctlogThreshold: 0,
      timestampThreshold: 1,
    });
    const ctlogOnly = rootWith('ctlogs', [log({ start: '2021-01-01T00:00:00Z' })]);
    expect(trustContext(ctlogOnly).defaults).toEqual({
      tlogThreshold: 0,
      ctlogThreshold: 1,
      timestampThreshold: 1,
    });
  });

  it('keeps one context per root object and one verifier per set of thresholds', () => {
    const json = { mediaType: MEDIA_TYPE };
    const ctx = trustContext(json);
    expect(trustContext(json)).toBe(ctx);
    expect(trustContext({ mediaType: MEDIA_TYPE })).not.toBe(ctx);
    const v = ctx.verifier();
    expect(ctx.verifier({})).toBe(v);
    expect(ctx.verifier({ timestampThreshold: 1 })).toBe(v);
    const other = ctx.verifier({ timestampThreshold: 2 });
    expect(other).not.toBe(v);
    expect(ctx.verifier({ timestampThreshold: 2 })).toBe(other);
  });

  it('calls an unusable root an untrusted signer, with the reason and its cause', () => {
    expect(failureOf(() => trustContext(null))).toEqual({
      kind: 'untrusted-signer',
      message: 'invalid Sigstore trusted root: not a JSON object',
    });
    expect(failureOf(() => trustContext('root'))).toEqual({
      kind: 'untrusted-signer',
      message: 'invalid Sigstore trusted root: not a JSON object',
    });
    let error: unknown;
    try {
      trustContext({ mediaType: 'text/plain' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(VerifyFailure);
    expect((error as VerifyFailure).kind).toBe('untrusted-signer');
    expect((error as VerifyFailure).message).toBe(
      'invalid Sigstore trusted root: unsupported mediaType "text/plain"',
    );
    expect((error as VerifyFailure).cause).toBeInstanceOf(TollgateError);
  });
});

describe('toVerifyFailure', () => {
  const verification = (code: string) =>
    toVerifyFailure(new VerificationError({ code: code as never, message: 'detail' }));

  it('maps each @sigstore/verify error code to a kind and a meaning', () => {
    const expected: Record<string, [string, string]> = {
      CERTIFICATE_ERROR: [
        'untrusted-signer',
        'the signing certificate does not chain to a trusted CA, was not valid when the signature was made, or lacks a valid CT log proof',
      ],
      PUBLIC_KEY_ERROR: ['untrusted-signer', 'the signing key is not trusted at the signing time'],
      SIGNATURE_ERROR: ['invalid-signature', 'the signature does not match the signed content'],
      TLOG_ERROR: ['invalid-signature', 'the transparency log entries are insufficient'],
      TLOG_BODY_ERROR: [
        'invalid-signature',
        'the transparency log entry does not record this signature or content',
      ],
      TLOG_INCLUSION_PROOF_ERROR: [
        'invalid-signature',
        'the transparency log inclusion proof or its checkpoint does not verify against the trusted logs',
      ],
      TLOG_INCLUSION_PROMISE_ERROR: [
        'invalid-signature',
        'the signed entry timestamp (inclusion promise) does not verify against the trusted logs',
      ],
      TLOG_MISSING_INCLUSION_ERROR: [
        'invalid-signature',
        'the transparency log entry carries neither an inclusion proof nor a promise',
      ],
      TIMESTAMP_ERROR: [
        'invalid-signature',
        'no trusted timestamp covers this signature (missing, from an untrusted authority, or outside its validity)',
      ],
      NOT_IMPLEMENTED_ERROR: [
        'malformed',
        'the bundle uses a feature this verifier does not support',
      ],
      SOMETHING_NEW: ['invalid-signature', 'verification failed'],
    };
    for (const [code, [kind, meaning]] of Object.entries(expected)) {
      const f = verification(code);
      expect({ code, kind: f.kind, message: f.message }).toEqual({
        code,
        kind,
        message: `${meaning} (detail)`,
      });
      expect(f.cause).toBeInstanceOf(VerificationError);
    }
  });

  it('calls a policy error an untrusted signer', () => {
    const cause = new PolicyError({ code: 'UNTRUSTED_SIGNER_ERROR', message: 'wrong SAN' });
    const f = toVerifyFailure(cause);
    expect({ kind: f.kind, message: f.message }).toEqual({
      kind: 'untrusted-signer',
      message: 'signer not allowed: wrong SAN',
    });
    expect(f.cause).toBe(cause);
  });

  it('passes a VerifyFailure through and calls anything else malformed', () => {
    const own = new VerifyFailure('invalid-signature', 'mine');
    expect(toVerifyFailure(own)).toBe(own);
    const odd = new TypeError('cannot read properties of undefined');
    const f = toVerifyFailure(odd);
    expect({ kind: f.kind, message: f.message }).toEqual({
      kind: 'malformed',
      message: 'bundle could not be processed (cannot read properties of undefined)',
    });
    expect(f.cause).toBe(odd);
    expect(toVerifyFailure('text').message).toBe('bundle could not be processed (text)');
  });
});
