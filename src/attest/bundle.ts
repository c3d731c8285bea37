import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import { DSSEBundleBuilder, type Signer, type Witness } from '@sigstore/sign';
import { DSSE_PAYLOAD_TYPE } from './statement.js';

/**
 * Wraps a payload in DSSE and a Sigstore bundle. `certificateChain` selects the v0.2 form
 * with an `x509CertificateChain`, the only bundle form that carries intermediates (used for
 * SPIFFE SVIDs whose issuer is not a root); otherwise the bundle is v0.3.
 */
export async function buildDsseBundle(
  signer: Signer,
  payload: Buffer,
  options: { witnesses?: Witness[]; certificateChain?: boolean } = {},
): Promise<SerializedBundle> {
  const builder = new DSSEBundleBuilder({
    signer,
    witnesses: options.witnesses ?? [],
    certificateChain: options.certificateChain ?? false,
  });
  const bundle = await builder.create({ data: payload, type: DSSE_PAYLOAD_TYPE });
  return bundleToJSON(bundle);
}
