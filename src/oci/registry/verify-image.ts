import type { TrustMaterial } from '../../attest/verify/index.js';
import { TollgateError } from '../../core/errors.js';
import { runGate } from '../../gate/gate.js';
import { trustFromPolicy } from '../../gate/trust.js';
import type { Verdict } from '../../gate/types.js';
import { loadPolicy } from '../../policy/load.js';
import type { Policy } from '../../policy/types.js';
import { formatImageRef, type ImageRef } from '../refs.js';
import { fetchImageBundles, type AttachedBundle } from './image-bundles.js';
import { imageSteps } from './image-steps.js';
import type { OciTarget } from './target.js';

export interface ImageVerdict {
  verdict: 'pass' | 'fail';
  image: { reference: string; digest: string; mediaType: string };
  commit: string;
  /** Every Sigstore bundle referrer found, and what became of it. */
  attestations: AttachedBundle[];
  /** The gate's verdict over the image steps the policy requires. */
  gate: Verdict;
}

export interface VerifyImageOptions {
  ref: ImageRef;
  target: OciTarget;
  policyPath: string;
  policyDisplay?: string;
  /** The commit the image must come from; default: the one its attestations name. */
  commit?: string;
  now: Date;
  verifiers?: (root: string | undefined) => Pick<TrustMaterial, 'verifySpiffe' | 'verifyKeyless'>;
}

/**
 * The policy narrowed to what an image can prove by itself: the required steps (per-commit
 * stage, else every stage) that attest the image, and the chain rules among them. The other
 * steps of the commit (linters, tests) were the gate's business before the image was made.
 */
export function imagePolicy(policy: Policy): Policy {
  const steps = new Set(imageSteps());
  const perCommit = policy.stages.get('per-commit');
  const required = (perCommit ?? [...policy.stages.values()].flat()).filter((s) => steps.has(s));
  if (required.length === 0) {
    throw new TollgateError(
      'INPUT_INVALID',
      `${policy.source} requires none of the image steps (${[...steps].join(', ')})`,
      { hint: 'list the image steps under stages.per-commit.require in the policy' },
    );
  }
  return {
    ...policy,
    stages: new Map([['per-commit', [...new Set(required)]]]),
    chains: policy.chains.filter((c) => steps.has(c.step) && steps.has(c.materialsFrom)),
  };
}

/**
 * Checks an image from its store alone: the manifest (by tag or digest, digest checked), the
 * signed bundles attached to it, and the gate over them with the policy. What an admission
 * check and `tollgate verify-image` share.
 */
export async function verifyImage(o: VerifyImageOptions): Promise<ImageVerdict> {
  const want = o.ref.digest ?? o.ref.tag ?? 'latest';
  const manifest = await o.target.getManifest(want);
  if (!manifest) {
    throw new TollgateError('INPUT_UNREADABLE', `${formatImageRef(o.ref)}: no such image`, {
      hint: 'check the name, tag or digest (and that the credentials may pull it)',
    });
  }
  const policy = imagePolicy(await loadPolicy(o.policyPath, o.policyDisplay));
  const found = await fetchImageBundles(o.target, manifest.digest);
  let commit = o.commit;
  if (!commit) {
    if (found.commits.length > 1) {
      throw new TollgateError(
        'USAGE',
        `${formatImageRef(o.ref)}: its attestations name several commits (${found.commits.map((c) => c.slice(0, 12)).join(', ')})`,
        { hint: 'say which one the image must come from with --commit SHA' },
      );
    }
    commit = found.commits[0] ?? 'unknown';
  }
  const { trust, keyIds } = trustFromPolicy(
    policy,
    o.verifiers?.(policy.sigstoreTrustedRootPath) ?? {},
  );
  const gate = runGate({ policy, trust, keyIds, bundles: found.bundles, commit, now: o.now });
  const altered = found.attached.some((a) => a.status === 'altered');
  return {
    verdict: gate.verdict === 'pass' && !altered ? 'pass' : 'fail',
    image: {
      reference: formatImageRef(o.ref, { digest: manifest.digest }),
      digest: manifest.digest,
      mediaType: manifest.mediaType,
    },
    commit,
    attestations: found.attached,
    gate,
  };
}
