import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TollgateError } from '../../src/core/errors.js';
import { resolveTokenSource, staticTokenSource } from '../../src/attest/signers/oidc.js';
import {
  createSigstoreSigner,
  type SigstoreSignerOptions,
} from '../../src/attest/signers/sigstore.js';
import { startSigstoreMock, type SigstoreMock } from '../helpers/sigstore-mock.js';
import { createTokenIssuer } from '../helpers/sigstore-mock-token.js';
import { startHttpStub, unusedURL } from './http-stub.js';

const payload = Buffer.from('{"_type":"https://in-toto.io/Statement/v1"}');

async function signingError(options: SigstoreSignerOptions): Promise<TollgateError> {
  const e: unknown = await createSigstoreSigner(options)
    .signStatement(payload)
    .then(
      () => undefined,
      (err: unknown) => err,
    );
  expect(e).toBeInstanceOf(TollgateError);
  return e as TollgateError;
}

describe('keyless signing failures', () => {
  let sig: SigstoreMock;
  beforeAll(async () => {
    sig = await startSigstoreMock();
  });
  afterAll(async () => {
    await sig.stop();
  });

  it('reports Fulcio answering 500 as SIGNING_FAILED with its URL and status', async () => {
    const fulcio = await startHttpStub(() => ({ status: 500, body: { message: 'db down' } }));
    try {
      const e = await signingError({
        ...sig.signerOptions(),
        fulcioURL: fulcio.url,
        tokenSource: staticTokenSource(sig.token()),
      });
      expect(e.code).toBe('SIGNING_FAILED');
      expect(e.message).toBe(`Fulcio at ${fulcio.url} answered HTTP 500: db down`);
      expect(e.hint).toContain('retry');
      expect(fulcio.requests[0]?.url).toBe('/api/v2/signingCert');
      // signerOptions() turns retries off; by default a 500 is retried twice with backoff.
      expect(fulcio.requests).toHaveLength(1);
    } finally {
      await fulcio.close();
    }
  });

  it('reports an unreachable Fulcio as SIGNING_FAILED naming the URL', async () => {
    const url = await unusedURL();
    const e = await signingError({
      ...sig.signerOptions(),
      fulcioURL: url,
      tokenSource: staticTokenSource(sig.token()),
    });
    expect(e.code).toBe('SIGNING_FAILED');
    expect(e.message).toBe(`Fulcio at ${url} is unreachable (ECONNREFUSED)`);
  });

  it('reports a token Fulcio refuses as SIGNING_FAILED with HTTP 401', async () => {
    const foreign = createTokenIssuer().issue();
    const e = await signingError({
      ...sig.signerOptions(),
      tokenSource: staticTokenSource(foreign),
    });
    expect(e.code).toBe('SIGNING_FAILED');
    expect(e.message).toBe(
      `Fulcio at ${sig.urls.fulcio} answered HTTP 401: token signature does not verify`,
    );
    expect(e.hint).toContain('audience');
  });

  it('names Rekor or the TSA when they fail', async () => {
    const broken = await startHttpStub(() => ({ status: 503, body: { message: 'maintenance' } }));
    try {
      const rekor = await signingError({
        ...sig.signerOptions({ tlog: true, tsa: false }),
        rekorURL: broken.url,
        tokenSource: staticTokenSource(sig.token()),
      });
      expect(rekor.message).toBe(`Rekor at ${broken.url} answered HTTP 503: maintenance`);
      const tsa = await signingError({
        ...sig.signerOptions({ tlog: false, tsa: true }),
        tsaURL: broken.url,
        tokenSource: staticTokenSource(sig.token()),
      });
      expect(tsa.code).toBe('SIGNING_FAILED');
      expect(tsa.message).toBe(
        `the timestamp authority at ${broken.url} answered HTTP 503: maintenance`,
      );
    } finally {
      await broken.close();
    }
  });

  it('reports a missing token as SIGNER_UNAVAILABLE before calling Fulcio', async () => {
    const before = sig.calls.fulcio;
    const e = await signingError({
      ...sig.signerOptions(),
      tokenSource: resolveTokenSource({ env: {} }),
    });
    expect(e.code).toBe('SIGNER_UNAVAILABLE');
    expect(e.hint).toContain('SIGSTORE_ID_TOKEN');
    expect(sig.calls.fulcio).toBe(before);
  });

  it('refuses a configuration without any witness, or with a bad URL', () => {
    const noWitness = () =>
      createSigstoreSigner({ transparencyLog: false, tokenSource: staticTokenSource('x') });
    expect(noWitness).toThrow(TollgateError);
    expect(noWitness).toThrow(/transparency log, a timestamp authority, or both/);
    expect(() => createSigstoreSigner({ fulcioURL: 'fulcio.local' })).toThrow(/not a URL/);
  });

  it('describes the signer before it knows the identity', () => {
    const signer = createSigstoreSigner({ tokenSource: resolveTokenSource({ env: {} }) });
    expect(signer.describe()).toBe(
      'keyless via https://fulcio.sigstore.dev, token from no token source',
    );
  });
});
