/**
 * What verifying one bundle can prove, and the ways it can fail. The gate maps failures
 * one to one onto step verdicts, so the distinction matters:
 * - `malformed`: not a bundle, not DSSE, not an in-toto Statement, truncated, oversized;
 * - `invalid-signature`: the signature does not verify with the key or certificate the
 *   bundle names (payload edited, signature swapped, broken log proof or timestamp);
 * - `untrusted-signer`: the signature is sound, but the key or certificate does not lead to
 *   anything the verifier trusts (unknown key, untrusted CA, other trust domain, expired or
 *   not-yet-valid certificate, identity not allowed).
 */
export type VerifyFailureKind = 'malformed' | 'invalid-signature' | 'untrusted-signer';

export class VerifyFailure extends Error {
  readonly kind: VerifyFailureKind;
  constructor(kind: VerifyFailureKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'VerifyFailure';
    this.kind = kind;
  }
}

/** The identity a verified signature proves. */
export type SignerIdentity =
  | { kind: 'key'; keyId: string }
  | {
      kind: 'sigstore';
      /** Certificate subject alternative name (for GitHub: the workflow URI with its ref). */
      san: string;
      /** OIDC issuer from the Fulcio certificate extension. */
      issuer: string;
      /** Fulcio certificate extensions by name (repository, workflow ref, commit SHA, ...). */
      extensions: Record<string, string>;
    }
  | { kind: 'spiffe'; spiffeId: string; trustDomain: string };

export function describeIdentity(id: SignerIdentity): string {
  switch (id.kind) {
    case 'key':
      return `key ${id.keyId.slice(0, 16)}`;
    case 'sigstore':
      return `${id.san} (issuer ${id.issuer})`;
    case 'spiffe':
      return id.spiffeId;
  }
}
