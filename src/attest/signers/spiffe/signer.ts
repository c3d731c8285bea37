import { sign as cryptoSign } from 'node:crypto';
import type { SerializedBundle } from '@sigstore/bundle';
import type { Signer } from '@sigstore/sign';
import { TollgateError } from '../../../core/errors.js';
import { buildDsseBundle } from '../../bundle.js';
import type { StatementSigner } from '../signer.js';
import type { SvidSource, X509Svid } from './svid.js';

/**
 * Signs statements with a SPIFFE X.509-SVID. The bundle carries the leaf certificate, plus
 * intermediates when the SVID has them, so a verifier needs only the trust domain's roots.
 */
export interface SpiffeSigner extends StatementSigner {
  readonly kind: 'spiffe';
}

// SVIDs are short-lived (SPIRE's default is one hour) and rotate; one that expires within
// this margin is fetched again rather than used for a signature a slow gate might reject.
const REFRESH_MARGIN_MS = 60_000;

/**
 * Fetches the SVID once up front, so a missing agent or bad file fails before the step runs
 * and `describe()` can name the SPIFFE ID; later signatures reuse it until it nears expiry.
 */
export async function createSpiffeSigner(source: SvidSource): Promise<SpiffeSigner> {
  let svid = await source.fetchSvid();
  const current = async (): Promise<X509Svid> => {
    const notAfter = svid.certificates[0]?.validToDate.getTime() ?? 0;
    if (notAfter - Date.now() < REFRESH_MARGIN_MS) svid = await source.fetchSvid();
    return svid;
  };
  return {
    kind: 'spiffe',
    describe: () => svid.spiffeId,
    async signStatement(payload: Buffer): Promise<SerializedBundle> {
      const active = await current();
      const intermediates = active.certificates.slice(1).map((c) => c.raw);
      try {
        return await buildDsseBundle(svidSigner(active), payload, { intermediates });
      } catch (e) {
        throw new TollgateError('SIGNING_FAILED', `signing as ${active.spiffeId} failed`, {
          cause: e,
        });
      }
    },
  };
}

function svidSigner(svid: X509Svid): Signer {
  const leafPem = svid.certificates[0]?.toString() ?? '';
  // Same digest choice as the verifier: SHA-256 for ECDSA and RSA (PKCS#1 v1.5), none for Ed25519.
  const digest = svid.privateKey.asymmetricKeyType === 'ed25519' ? null : 'sha256';
  return {
    sign: async (data: Buffer) => ({
      signature: cryptoSign(digest, data, svid.privateKey),
      key: { $case: 'x509Certificate', certificate: leafPem },
    }),
  };
}
