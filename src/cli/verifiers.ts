import { readFileSync } from 'node:fs';
import type { TrustMaterial } from '../attest/verify/index.js';
import { verifyKeylessDsse } from '../attest/verify/sigstore.js';
import { verifySpiffeBundle, type SpiffeTrustBundles } from '../attest/verify/spiffe.js';
import { TollgateError } from '../core/errors.js';

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
      try {
        root = JSON.parse(readFileSync(trustedRootPath, 'utf8'));
      } catch (e) {
        throw new TollgateError(
          'POLICY_INVALID',
          `the policy's sigstore.trustedRoot ${trustedRootPath} is not a readable JSON trusted root`,
          { cause: e },
        );
      }
    }
    return root;
  };
  return {
    verifyKeyless: (bundle) => verifyKeylessDsse(bundle, loadRoot()),
    // The gate builds the trust bundles once as a Map; the verifier only reads them.
    verifySpiffe: (bundle, bundles) => verifySpiffeBundle(bundle, bundles as SpiffeTrustBundles),
  };
}
