import { relative } from 'node:path';
import { defaultVerifiers } from '../cli/verifiers.js';
import type { BundleSource, Verdict } from '../gate/types.js';
import { openTarget } from '../oci/registry/open.js';
import { loadPolicy } from '../policy/load.js';
import { readStaging, stagedRepository } from '../steps/deploy-staging/staged-image.js';
import type { StagingRecord } from '../steps/publish-staging/index.js';
import type { StepContext } from '../steps/types.js';
import { promotionBundles } from './bundles.js';
import { checkStaged, verifyStaged, type StagedDigest } from './checks.js';
import { publishedImage, type PublishedImage } from './published.js';
import type { Store } from './stores.js';
import {
  gatePromotion,
  parseMode,
  promotionPolicy,
  refusalReasons,
  requiredSteps,
  type PromotionMode,
} from './verify.js';

export interface Preflight {
  /** Why the promotion is refused; undefined when it may go ahead. */
  refusal?: string;
  source: PublishedImage;
  stagingRecord: StagingRecord;
  staging: Store;
  staged?: StagedDigest;
  verdict?: Verdict;
  bundles: BundleSource[];
  policyDisplay: string;
  mode: PromotionMode;
}

/**
 * Everything that must hold before a single byte moves to production, in order, stopping at
 * the first refusal: staging holds the digest publish-image published (re-read by its tag
 * from the staging repository), the staged image's attached attestations pass verify-image,
 * and the gate passes over every attestation about the commit for every stage the policy
 * lists (see promotionPolicy for what the mode changes).
 */
export async function preflight(
  ctx: StepContext,
  o: { policyPath: string; now: Date },
): Promise<Preflight> {
  const policyDisplay = relative(ctx.repoDir, o.policyPath) || o.policyPath;
  const loaded = await loadPolicy(o.policyPath, policyDisplay);
  // The step input wins over the policy's promotion.mode; neither means manual.
  const mode = parseMode(ctx.inputs.mode || loaded.promotionMode);
  const policy = promotionPolicy(loaded, mode);
  const source = await publishedImage(ctx);
  const stagingRecord = await readStaging(ctx);
  const ref = stagedRepository(ctx, stagingRecord);
  const staging: Store = {
    ref,
    target: openTarget(ref, {
      env: process.env,
      insecure: ctx.inputs.insecure === 'true',
      signal: ctx.signal,
    }),
  };
  const base = {
    source,
    stagingRecord,
    staging,
    bundles: [] as BundleSource[],
    policyDisplay,
    mode,
  };
  const { staged, refusal } = await checkStaged(staging, stagingRecord.tag, source.digest);
  if (refusal || !staged) return { ...base, refusal };
  const image = await verifyStaged(staging, staged.digest, {
    policyPath: o.policyPath,
    commit: ctx.commit,
    now: o.now,
    verifiers: defaultVerifiers,
  });
  if (image.verdict !== 'pass') {
    const why = refusalReasons(image.gate) || 'an attached attestation was altered';
    return { ...base, staged, refusal: `the staged image does not verify: ${why}` };
  }
  const bundles = await promotionBundles(ctx, requiredSteps(policy), ctx.inputs.bundles);
  const verdict = gatePromotion({
    policy,
    bundles,
    commit: ctx.commit,
    now: o.now,
    verifiers: defaultVerifiers(policy.sigstoreTrustedRootPath),
  });
  if (verdict.verdict !== 'pass') {
    return {
      ...base,
      staged,
      bundles,
      verdict,
      refusal: `the gate refuses ${ctx.commit.slice(0, 12)}: ${refusalReasons(verdict)}`,
    };
  }
  return { ...base, staged, bundles, verdict };
}
