import type { TrustMaterial } from '../attest/verify/index.js';
import { verifyKeylessDsse } from '../attest/verify/sigstore.js';
import { certificateVerifiers } from './verifiers-core.js';

/**
 * The certificate verifiers the command line and the actions use. The Sigstore trusted root is read only
 * when a keyless bundle is actually met, so key-only policies never touch it.
 */
export function defaultVerifiers(
  trustedRootPath: string | undefined,
): Pick<TrustMaterial, 'verifySpiffe' | 'verifyKeyless'> {
  return certificateVerifiers(trustedRootPath, () => verifyKeylessDsse);
}
