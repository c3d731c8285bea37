import type { SerializedBundle } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import {
  DEFAULT_FULCIO_URL,
  DEFAULT_REKOR_URL,
  FulcioSigner,
  RekorWitness,
  TSAWitness,
  type Witness,
} from '@sigstore/sign';
import { TollgateError } from '../../core/errors.js';
import { buildDsseBundle } from '../bundle.js';
import { jwtClaims, resolveTokenSource, type OidcTokenSource } from './oidc.js';
import type { StatementSigner } from './signer.js';
import { toSigningError } from './sigstore-errors.js';

export { DEFAULT_FULCIO_URL, DEFAULT_REKOR_URL };

/**
 * Rekor v1 entry kind for the DSSE envelope. `dsse` is what current Sigstore clients write
 * to the public-good Rekor. `intoto` (v0.0.2) is the older kind, still accepted by Rekor v1
 * and still verified by every client; it is the only kind @sigstore/mock's Rekor can produce
 * verifiable entries for, and the one to pick for a private Rekor that predates `dsse`.
 */
export type RekorEntryType = 'dsse' | 'intoto';

export interface SigstoreSignerOptions {
  /** Where the OIDC token comes from; default: resolveTokenSource() (flag, env, Actions). */
  tokenSource?: OidcTokenSource;
  /** Default: the public-good Fulcio. */
  fulcioURL?: string;
  /** Default: the public-good Rekor. Ignored when `transparencyLog` is false. */
  rekorURL?: string;
  /** Record the signature in Rekor with this entry kind, or not at all. Default 'dsse'. */
  transparencyLog?: RekorEntryType | false;
  /** Ask this RFC 3161 timestamp authority for a signed timestamp. Default: none. */
  tsaURL?: string;
  /** Per-request timeout. Default 15 s. */
  timeoutMs?: number;
  /** Retries on 5xx, 408, 429 and network errors, with backoff. Default 2. */
  retries?: number;
}

/**
 * Sigstore keyless signer: an ephemeral key, a short-lived Fulcio certificate for the OIDC
 * identity, and at least one witness that proves the signature was made while the
 * certificate was valid (a Rekor entry, an RFC 3161 timestamp, or both). Without a witness
 * the bundle could not be verified after the certificate expires ten minutes later, so a
 * signer without one is refused when it is created rather than producing useless bundles.
 */
export function createSigstoreSigner(options: SigstoreSignerOptions = {}): StatementSigner {
  const tokenSource = options.tokenSource ?? resolveTokenSource();
  const fulcioURL = checkURL(options.fulcioURL ?? DEFAULT_FULCIO_URL, 'Fulcio');
  const entryType = options.transparencyLog ?? 'dsse';
  const rekorURL = entryType ? checkURL(options.rekorURL ?? DEFAULT_REKOR_URL, 'Rekor') : undefined;
  const tsaURL = options.tsaURL ? checkURL(options.tsaURL, 'timestamp authority') : undefined;
  if (!rekorURL && !tsaURL) {
    throw new TollgateError(
      'SIGNER_UNAVAILABLE',
      'keyless signing needs a transparency log, a timestamp authority, or both',
      { hint: 'Enable the Rekor transparency log or configure a timestamp authority URL.' },
    );
  }
  const fetchOptions = { timeout: options.timeoutMs ?? 15_000, retry: options.retries ?? 2 };
  const witnesses: Witness[] = [];
  if (rekorURL && entryType) {
    witnesses.push(new RekorWitness({ rekorBaseURL: rekorURL, entryType, ...fetchOptions }));
  }
  if (tsaURL) witnesses.push(new TSAWitness({ tsaBaseURL: tsaURL, ...fetchOptions }));
  const services = { fulcioURL, rekorURL, tsaURL };

  let identity: string | undefined;
  return {
    kind: 'sigstore',
    describe: () => identity ?? `keyless via ${fulcioURL}, token from ${tokenSource.description}`,
    async signStatement(payload: Buffer): Promise<SerializedBundle> {
      // Fetched here, not inside the library, so token problems stay SIGNER_UNAVAILABLE and
      // a malformed token never ends up in the library's error message.
      const token = await tokenSource.getToken();
      const issuer = jwtClaims(token).iss;
      const signer = new FulcioSigner({
        identityProvider: { getToken: () => Promise.resolve(token) },
        fulcioBaseURL: fulcioURL,
        ...fetchOptions,
      });
      let bundle: SerializedBundle;
      try {
        bundle = await buildDsseBundle(signer, payload, { witnesses });
      } catch (e) {
        throw toSigningError(e, services);
      }
      const san = certificateSAN(bundle);
      if (san) identity = typeof issuer === 'string' ? `${san} (issuer ${issuer})` : san;
      return bundle;
    },
  };
}

function checkURL(value: string, service: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TollgateError('SIGNER_UNAVAILABLE', `the ${service} URL "${value}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TollgateError('SIGNER_UNAVAILABLE', `the ${service} URL "${value}" is not http(s)`);
  }
  // The clients append API paths to the base URL; a trailing slash would double it.
  return value.replace(/\/+$/, '');
}

/** The certificate identity (URI or email SAN) of a v0.3 keyless bundle. */
function certificateSAN(bundle: SerializedBundle): string | undefined {
  const raw = bundle.verificationMaterial.certificate?.rawBytes;
  if (!raw) return undefined;
  try {
    return X509Certificate.parse(Buffer.from(raw, 'base64')).subjectAltName;
  } catch {
    // Only used for describe(); the verifier parses the certificate for real.
    return undefined;
  }
}
