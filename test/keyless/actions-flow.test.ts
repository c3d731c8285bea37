import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { githubActionsTokenSource } from '../../src/attest/signers/oidc.js';
import { createSigstoreSigner } from '../../src/attest/signers/sigstore.js';
import { startSigstoreMock, type SigstoreMock } from '../helpers/sigstore-mock.js';
import { startHttpStub, type HttpStub } from './http-stub.js';
import { verifyKeyless } from './verify-bundle.js';

const payload = Buffer.from('{"_type":"https://in-toto.io/Statement/v1"}');

describe('keyless signing as a GitHub Actions step would', () => {
  let sig: SigstoreMock;
  let tokenEndpoint: HttpStub;
  beforeAll(async () => {
    sig = await startSigstoreMock({
      identity: { repository: 'acme/api', ref: 'refs/tags/v1.2.0' },
    });
    // The Actions token endpoint hands out the mock issuer's token to a correct request.
    tokenEndpoint = await startHttpStub((req) =>
      req.headers.authorization === 'Bearer req-token' && req.url?.endsWith('audience=sigstore')
        ? { status: 200, body: { value: sig.token() } }
        : { status: 403, body: {} },
    );
  });
  afterAll(async () => {
    await tokenEndpoint.close();
    await sig.stop();
  });

  it('fetches the token from the Actions endpoint and signs with that identity', async () => {
    const env = {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${tokenEndpoint.url}/_apis/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'req-token',
    };
    const signer = createSigstoreSigner({
      ...sig.signerOptions(),
      tokenSource: githubActionsTokenSource({ env }),
    });
    const bundle = await signer.signStatement(payload);
    expect(sig.identity.san).toBe(
      'https://github.com/acme/api/.github/workflows/release.yml@refs/tags/v1.2.0',
    );
    const verified = verifyKeyless(bundle, sig.trustedRoot, {
      tlog: 1,
      timestamps: 2,
      policy: {
        subjectAlternativeName: sig.identity.san,
        extensions: { issuer: sig.identity.issuer },
      },
    });
    expect(verified.identity?.subjectAlternativeName).toBe(sig.identity.san);
    expect(signer.describe()).toContain(sig.identity.san);
  });

  it('writes dsse entries (the default), which verify as real Rekor stores them', async () => {
    // Real Rekor stores a dsse entry in a canonical form (hashes, signatures); the mock
    // stores it in that form too (sigstore-mock.ts), so the default entry kind verifies.
    const signer = createSigstoreSigner({
      ...sig.signerOptions({ tlog: true, tsa: false }),
      transparencyLog: 'dsse',
      tokenSource: { description: 'test', getToken: () => Promise.resolve(sig.token()) },
    });
    const bundle = await signer.signStatement(payload);
    expect(bundle.verificationMaterial.tlogEntries?.[0]?.kindVersion?.kind).toBe('dsse');
    const verified = verifyKeyless(bundle, sig.trustedRoot, { tlog: 1, timestamps: 1 });
    expect(verified.identity?.subjectAlternativeName).toBe(sig.identity.san);
  });
});
