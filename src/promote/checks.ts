import { verifyImage, type ImageVerdict } from '../oci/registry/verify-image.js';
import { formatImageRef } from '../oci/refs.js';
import type { TrustMaterial } from '../attest/verify/index.js';
import type { Store } from './stores.js';

export interface StagedDigest {
  /** What the staging repository answers now for the staged reference. */
  digest: string;
  mediaType: string;
  size: number;
}

/**
 * Re-reads the staged image from the staging repository (by its tag, so a moved tag is seen)
 * and compares its digest with the one that was verified. Returns the refusal, if any.
 */
export async function checkStaged(
  staging: Store,
  tag: string,
  verified: string,
): Promise<{ staged?: StagedDigest; refusal?: string }> {
  const m = await staging.target.getManifest(tag);
  const where = formatImageRef(staging.ref, { tag });
  if (!m) return { refusal: `${where} is not in the staging repository` };
  if (m.digest !== verified) {
    return {
      refusal: `${where} is ${m.digest}, not the verified ${verified}: the staged image was replaced, so it is not promoted`,
    };
  }
  return { staged: { digest: m.digest, mediaType: m.mediaType, size: m.bytes.length } };
}

/**
 * The staged image judged from the staging repository alone (what verify-image does): its
 * attached attestations must name this digest and pass the policy's image steps.
 */
export async function verifyStaged(
  staging: Store,
  digest: string,
  o: {
    policyPath: string;
    commit: string;
    now: Date;
    verifiers?: (root: string | undefined) => Pick<TrustMaterial, 'verifySpiffe' | 'verifyKeyless'>;
  },
): Promise<ImageVerdict> {
  return verifyImage({
    ref: { ...staging.ref, digest },
    target: staging.target,
    policyPath: o.policyPath,
    commit: o.commit,
    now: o.now,
    ...(o.verifiers ? { verifiers: o.verifiers } : {}),
  });
}
