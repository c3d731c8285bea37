import type { TrustMaterial } from '../attest/verify/index.js';
import { verifyKeylessDsse } from '../attest/verify/sigstore.js';
import { verifySpiffeBundle, type SpiffeTrustBundles } from '../attest/verify/spiffe.js';
import { TollgateError, describeError } from '../core/errors.js';
import { parseJsonUntrusted, readUntrustedSync } from '../core/untrusted-read.js';

/**
 * The certificate verifiers the command line and the actions use. The Sigstore trusted root is read only
 * when a keyless bundle is actually met, so key-only policies never touch it.
 */
export function defaultVerifiers(
  trustedRootPath: string | undefined,
): Pick<TrustMaterial, 'verifySpiffe' | 'verifyKeyless'> {
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
    verifyKeyless: (bundle) => verifyKeylessDsse(bundle, loadRoot()),
    // The gate builds the trust bundles once as a Map; the verifier only reads them.
    verifySpiffe: (bundle, bundles) => verifySpiffeBundle(bundle, bundles as SpiffeTrustBundles),
  };
}
