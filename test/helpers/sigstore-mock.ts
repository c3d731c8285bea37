/**
 * Local Sigstore services for tests: the @sigstore/mock Fulcio, Rekor and TSA behind real
 * HTTP listeners on 127.0.0.1, a GitHub-like OIDC token issuer, and the trusted root that
 * verifies what they produce.
 *
 *   const sig = await startSigstoreMock({ identity: { repository: 'acme/shop' } });
 *   const signer = createSigstoreSigner({
 *     ...sig.signerOptions(),                  // local URLs, intoto entries, no retries
 *     tokenSource: staticTokenSource(sig.token()),
 *   });
 *   const bundle = await signer.signStatement(payload);
 *   // verify with sig.trustedRoot (TrustedRoot JSON, as in a trusted_root.json file)
 *   await sig.stop();
 *
 * The mock modules are imported by path: the package entry point also loads nock, which
 * patches node's http module for the whole test process as soon as it is imported.
 */
import { createHash, generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fulcioHandler, initializeCA, initializeCTLog } from '@sigstore/mock/dist/fulcio/index.js';
import { initializeTLog, rekorHandler } from '@sigstore/mock/dist/rekor/index.js';
import type { Handler } from '@sigstore/mock/dist/shared.types.js';
import { initializeTSA, tsaHandler } from '@sigstore/mock/dist/timestamp/index.js';
import type { SigstoreSignerOptions } from '../../src/attest/signers/sigstore.js';
import { buildTrustedRoot, type TrustedRootJSON } from './sigstore-mock-root.js';
import {
  createTokenIssuer,
  resolveIdentity,
  type MockIdentity,
  type ResolvedIdentity,
} from './sigstore-mock-token.js';

export type { MockIdentity, ResolvedIdentity, TrustedRootJSON };
/** The SAN and issuer a token for another identity (`sig.token(id)`) will be certified with. */
export { resolveIdentity };

export type ServiceName = 'fulcio' | 'rekor' | 'tsa';

export interface SigstoreMock {
  urls: Record<ServiceName, string>;
  /** Sigstore TrustedRoot (JSON form) for the mock CA, CT log, Rekor and TSA. */
  trustedRoot: TrustedRootJSON;
  /** The default identity (from the start options) as the certificate will show it. */
  identity: ResolvedIdentity;
  /** A signed OIDC token the mock Fulcio accepts; `id` overrides the default identity. */
  token(id?: MockIdentity): string;
  /** Options for createSigstoreSigner pointing at the mocks (add a tokenSource). */
  signerOptions(witnesses?: { tlog?: boolean; tsa?: boolean }): SigstoreSignerOptions;
  /** Requests each service has answered, for tests that check which witnesses ran. */
  calls: Record<ServiceName, number>;
  stop(): Promise<void>;
}

export async function startSigstoreMock(
  options: { identity?: MockIdentity } = {},
): Promise<SigstoreMock> {
  const started = new Date();
  const issuer = createTokenIssuer();
  const calls: Record<ServiceName, number> = { fulcio: 0, rekor: 0, tsa: 0 };
  const servers: Server[] = [];
  try {
    const listen = async (name: ServiceName, handler: () => Handler | undefined) => {
      const server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          calls[name]++;
          const h = handler();
          if (req.method !== 'POST' || !h || req.url !== h.path) {
            res.writeHead(404, { 'Content-Type': 'application/json' });
            res.end(JSON.stringify({ message: 'not found' }));
            return;
          }
          // A throwing handler answers 500 instead of leaving the client waiting.
          void Promise.resolve()
            .then(() => h.fn(Buffer.concat(chunks).toString('utf8')))
            .catch((e: unknown) => ({
              statusCode: 500,
              response: JSON.stringify({ message: e instanceof Error ? e.message : String(e) }),
              contentType: 'application/json',
            }))
            .then((r) => {
              res.writeHead(r.statusCode, { 'Content-Type': r.contentType ?? 'text/plain' });
              res.end(typeof r.response === 'string' ? r.response : Buffer.from(r.response.buffer));
            });
        });
      });
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    };

    // Handlers are installed after the listeners start: Rekor signs checkpoints with its host.
    const handlers: Partial<Record<ServiceName, Handler>> = {};
    const urls = {
      fulcio: await listen('fulcio', () => handlers.fulcio),
      rekor: await listen('rekor', () => handlers.rekor),
      tsa: await listen('tsa', () => handlers.tsa),
    };
    const key = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const ctlog = await initializeCTLog(key());
    const ca = await initializeCA(key(), ctlog);
    handlers.fulcio = checkToken(fulcioHandler(ca, { strict: true }), issuer.check);
    const tlog = await initializeTLog(urls.rekor, key());
    handlers.rekor = canonicalDsse(rekorHandler(tlog, { strict: true }));
    const tsaService = await initializeTSA(key());
    wholeSecondClock(tsaService);
    handlers.tsa = tsaHandler(tsaService, { strict: true });

    const trustedRoot = buildTrustedRoot({
      urls,
      ca,
      ctlog,
      tlog,
      tsa: tsaService,
      start: started,
    });
    return {
      urls,
      trustedRoot,
      identity: resolveIdentity(options.identity),
      token: (id) => issuer.issue(id ?? options.identity),
      signerOptions: (w = { tlog: true, tsa: true }) => ({
        fulcioURL: urls.fulcio,
        rekorURL: urls.rekor,
        transparencyLog: w.tlog === false ? false : 'intoto',
        tsaURL: w.tsa === false ? undefined : urls.tsa,
        retries: 0,
        timeoutMs: 5_000,
      }),
      calls,
      stop: () => closeAll(servers),
    };
  } catch (e) {
    await closeAll(servers);
    throw e;
  }
}

/**
 * Checks the OIDC token as Fulcio would (signature, audience "sigstore", expiry) and answers
 * 401 like Fulcio when it fails; otherwise hands the mock a token whose `sub` is the SAN the
 * real Fulcio derives for the issuer. The mock reads claims without checking the signature,
 * so re-encoding the payload is enough.
 */
function checkToken(inner: Handler, check: (t: string, aud: string) => object | string): Handler {
  return {
    path: inner.path,
    fn: async (body) => {
      const request = JSON.parse(body) as { credentials?: { oidcIdentityToken?: string } };
      const token = request.credentials?.oidcIdentityToken ?? '';
      const claims = check(token, 'sigstore');
      if (typeof claims === 'string') {
        return {
          statusCode: 401,
          response: JSON.stringify({ message: claims }),
          contentType: 'application/json',
        };
      }
      const { job_workflow_ref: jobRef } = claims as { job_workflow_ref?: unknown };
      const sub = typeof jobRef === 'string' ? `https://github.com/${jobRef}` : undefined;
      const [h, , s] = token.split('.');
      const payload = Buffer.from(JSON.stringify(sub ? { ...claims, sub } : claims)).toString(
        'base64url',
      );
      request.credentials = { oidcIdentityToken: `${h}.${payload}.${s}` };
      return inner.fn(JSON.stringify(request));
    },
  };
}

/**
 * Real Rekor stores a dsse entry in its canonical form (the envelope's and payload's hashes,
 * each signature with its verifier), not the proposed content; verifiers compare the bundle
 * with that form. The mock logs the proposed entry verbatim, so the canonical form is made
 * here before it logs it, as Rekor's dsse v0.0.1 type does.
 */
function canonicalDsse(inner: Handler): Handler {
  return {
    path: inner.path,
    fn: (body) => {
      const entry = JSON.parse(body) as {
        kind?: string;
        apiVersion?: string;
        spec?: { proposedContent?: { envelope?: string; verifiers?: string[] } };
      };
      const proposed = entry.spec?.proposedContent;
      if (entry.kind !== 'dsse' || !proposed?.envelope) return inner.fn(body);
      const envelope = JSON.parse(proposed.envelope) as {
        payload: string;
        signatures: { sig: string }[];
      };
      const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
      return inner.fn(
        JSON.stringify({
          apiVersion: entry.apiVersion,
          kind: 'dsse',
          spec: {
            envelopeHash: { algorithm: 'sha256', value: sha256(proposed.envelope) },
            payloadHash: {
              algorithm: 'sha256',
              value: sha256(Buffer.from(envelope.payload, 'base64')),
            },
            signatures: envelope.signatures.map((sig, i) => ({
              signature: sig.sig,
              verifier: proposed.verifiers?.[i] ?? proposed.verifiers?.[0],
            })),
          },
        }),
      );
    },
  };
}

/**
 * The mock TSA writes genTime with a trimmed fraction ("…57.15Z"), which @sigstore/core only
 * parses with exactly three digits, so about one timestamp in ten would fail to verify.
 * Whole seconds carry no fraction. The clock is an instance field of the mock's TSA.
 */
function wholeSecondClock(tsa: object): void {
  const target = tsa as { getCurrentTime?: () => Date };
  if (typeof target.getCurrentTime !== 'function') {
    throw new Error('@sigstore/mock changed: the TSA clock can no longer be adjusted');
  }
  target.getCurrentTime = () => new Date(Math.floor(Date.now() / 1000) * 1000);
}

async function closeAll(servers: Server[]): Promise<void> {
  await Promise.all(
    servers.map(
      (s) =>
        new Promise<void>((resolve) => {
          if (!s.listening) return resolve();
          s.close(() => resolve());
          // Keep-alive sockets from the clients would otherwise hold close() open.
          s.closeAllConnections();
        }),
    ),
  );
}
