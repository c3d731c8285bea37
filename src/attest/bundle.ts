import type { SerializedBundle } from '@sigstore/bundle';
import type { Signer, Witness } from '@sigstore/sign';
import { DSSE_PAYLOAD_TYPE } from './statement.js';

/**
 * Wraps a payload in DSSE and a Sigstore bundle. Given `intermediates` (DER, issuer order),
 * the bundle takes the v0.2 form with an `x509CertificateChain` (leaf first, no root): the
 * only bundle form that carries intermediates, needed for SPIFFE SVIDs whose issuer is not
 * a root. Otherwise the bundle is v0.3.
 *
 * @sigstore/sign is imported on first use: it brings an HTTP client, a cache and the
 * transparency-log clients, which a command that only verifies never needs.
 */
export async function buildDsseBundle(
  signer: Signer,
  payload: Buffer,
  options: { witnesses?: Witness[]; intermediates?: Buffer[] } = {},
): Promise<SerializedBundle> {
  const intermediates = options.intermediates ?? [];
  const [{ DSSEBundleBuilder }, { bundleToJSON }] = await Promise.all([
    import('@sigstore/sign'),
    import('@sigstore/bundle'),
  ]);
  const builder = new DSSEBundleBuilder({
    signer,
    witnesses: options.witnesses ?? [],
    certificateChain: intermediates.length > 0,
  });
  const bundle = bundleToJSON(await builder.create({ data: payload, type: DSSE_PAYLOAD_TYPE }));
  // The builder writes only the leaf into the chain; the intermediates follow it.
  bundle.verificationMaterial.x509CertificateChain?.certificates.push(
    ...intermediates.map((der) => ({ rawBytes: der.toString('base64') })),
  );
  return bundle;
}
