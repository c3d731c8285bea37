import type { SerializedBundle } from '@sigstore/bundle';

export type SignerKind = 'key' | 'sigstore' | 'spiffe';

/**
 * One interface for the three ways a step can sign: a local key, Sigstore keyless, or a
 * SPIFFE X.509-SVID. A signer turns the serialized in-toto Statement into a Sigstore
 * bundle (DSSE envelope plus verification material) in its JSON form.
 */
export interface StatementSigner {
  readonly kind: SignerKind;
  /** Who signs, for logs and error messages (key id, certificate identity, SPIFFE ID). */
  describe(): string;
  /** Signs `payload` (a serialized in-toto Statement) as DSSE and returns the bundle. */
  signStatement(payload: Buffer): Promise<SerializedBundle>;
}
