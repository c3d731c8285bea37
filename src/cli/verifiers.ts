import type { TrustMaterial } from '../attest/verify/index.js';

/** The certificate verifiers the command line uses (SPIFFE and Sigstore keyless). */
export function defaultVerifiers(_trustedRootPath: string | undefined): Pick<TrustMaterial, 'verifySpiffe' | 'verifyKeyless'> {
  return {};
}
