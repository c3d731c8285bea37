import type { TrustMaterial } from '../attest/verify/index.js';
import type { verifyKeylessDsse } from '../attest/verify/sigstore.js';
import { verifySpiffeBundle, type SpiffeTrustBundles } from '../attest/verify/spiffe.js';
import { TollgateError, describeError } from '../core/errors.js';
import { parseJsonUntrusted, readUntrustedSync } from '../core/untrusted-read.js';
import type { PreparedBundles } from '../gate/prepare.js';

type CertificateVerifiers = Pick<TrustMaterial, 'verifySpiffe' | 'verifyKeyless'>;

/**
 * The certificate verifiers, with the Sigstore keyless one from `keyless`. The Sigstore
 * trusted root is read only when a keyless bundle is actually met, so key-only policies never
 * touch it.
 */
export function certificateVerifiers(
  trustedRootPath: string | undefined,
  keyless: () => typeof verifyKeylessDsse,
): CertificateVerifiers {
  let root: unknown;
  const loadRoot = () => {
    if (root === undefined && trustedRootPath) {
      const bad = (e?: unknown) =>
        new TollgateError(
          'POLICY_INVALID',
          `the policy's sigstore.trustedRoot ${trustedRootPath} is not a readable JSON trusted root${e ? `: ${describeError(e)}` : ''}`,
          { cause: e, hint: 'point sigstore.trustedRoot at a Sigstore trusted_root.json' },
        );
      try {
        root = parseJsonUntrusted(
          readUntrustedSync(trustedRootPath, 'trusted root', { maxBytes: 16 << 20 }),
          'trusted root',
          trustedRootPath,
        );
      } catch (e) {
        throw bad(e);
      }
      if (!root || typeof root !== 'object' || Array.isArray(root)) throw bad();
    }
    return root;
  };
  return {
    verifyKeyless: (bundle) => {
      const verify = keyless();
      return verify(bundle, loadRoot());
    },
    // The gate builds the trust bundles once as a Map; the verifier only reads them.
    verifySpiffe: (bundle, bundles) => verifySpiffeBundle(bundle, bundles as SpiffeTrustBundles),
  };
}

/** Verifiers whose large parts are loaded by `prepare`, once the bundles say they are needed. */
export type OnDemandVerifiers = CertificateVerifiers & {
  prepare: (needs: PreparedBundles) => Promise<void>;
};

/**
 * The verifiers of `tollgate verify`: the same as `defaultVerifiers` (./verifiers.ts), but
 * the Sigstore verifier (@sigstore/verify, its protobuf specs: some 60 modules) is imported
 * only when a bundle carries a certificate, which most local runs never have.
 * `verifyFromFiles` calls `prepare` after reading the bundles and before the gate.
 */
export function onDemandVerifiers(trustedRootPath: string | undefined): OnDemandVerifiers {
  let keyless: typeof verifyKeylessDsse | undefined;
  return {
    ...certificateVerifiers(trustedRootPath, () => {
      // prepare() loads it whenever a bundle could be routed here: reaching this is a bug.
      if (!keyless) throw new Error('the Sigstore verifier was not loaded before the gate ran');
      return keyless;
    }),
    prepare: async ({ certificates }) => {
      if (certificates && !keyless) {
        keyless = (await import('../attest/verify/sigstore.js')).verifyKeylessDsse;
      }
    },
  };
}
