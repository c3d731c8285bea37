import type { TrustMaterial } from '../attest/verify/index.js';
import { TollgateError } from '../core/errors.js';
import { formatImageRef, type ImageRef } from '../oci/refs.js';
import { verifyImage, type ImageVerdict } from '../oci/registry/verify-image.js';
import type { OciTarget } from '../oci/registry/target.js';
import { appendHistory, previousDigest, readHistory, type PromotionEntry } from './history.js';
import { refusalReasons } from './verify.js';

export interface RollbackResult {
  rolledBack: boolean;
  tag: string;
  from: string;
  to?: string;
  reason: string;
  verification?: ImageVerdict;
}

/**
 * Re-promotes the digest promoted before the current one: it is verified again from the
 * production repository alone (its attached attestations, with the policy, for the commit the
 * history names), and only then is the tag pointed back at it. A digest that no longer
 * verifies (a revoked signer, an expired exception) is refused: rollback is a promotion too.
 */
export async function rollback(o: {
  ref: ImageRef;
  target: OciTarget;
  tag: string;
  policyPath: string;
  policyDisplay?: string;
  now: Date;
  verifiers?: (root: string | undefined) => Pick<TrustMaterial, 'verifySpiffe' | 'verifyKeyless'>;
}): Promise<RollbackResult> {
  const where = formatImageRef(o.ref, { tag: o.tag });
  const current = await o.target.getManifest(o.tag);
  if (!current) {
    throw new TollgateError('INPUT_UNREADABLE', `${where}: no such tag in production`, {
      hint: 'name the production repository and the tag promote-production sets (--tag)',
    });
  }
  const history = await readHistory(o.target);
  const to = previousDigest(history, current.digest);
  const base = { rolledBack: false, tag: o.tag, from: current.digest };
  if (!to) {
    return {
      ...base,
      reason: `${where} (${current.digest}) has no earlier promotion to return to`,
    };
  }
  const promoted = [...history.entries]
    .reverse()
    .find((e) => e.digest === to && e.action === 'promote');
  const verification = await verifyImage({
    ref: { ...o.ref, digest: to },
    target: o.target,
    policyPath: o.policyPath,
    ...(o.policyDisplay ? { policyDisplay: o.policyDisplay } : {}),
    ...(promoted ? { commit: promoted.commit } : {}),
    now: o.now,
    ...(o.verifiers ? { verifiers: o.verifiers } : {}),
  });
  if (verification.verdict !== 'pass') {
    const why = refusalReasons(verification.gate) || 'an attached attestation was altered';
    return { ...base, to, verification, reason: `${to} no longer verifies: ${why}` };
  }
  const manifest = await o.target.getManifest(to);
  if (!manifest) throw new TollgateError('INPUT_UNREADABLE', `${where}: ${to} is gone`);
  await o.target.putManifest(manifest, o.tag);
  const entry: PromotionEntry = {
    digest: to,
    tag: o.tag,
    commit: verification.commit,
    at: o.now.toISOString(),
    action: 'rollback',
  };
  await appendHistory(o.target, entry);
  return {
    rolledBack: true,
    tag: o.tag,
    from: current.digest,
    to,
    verification,
    reason: `${where} points at ${to} again`,
  };
}
