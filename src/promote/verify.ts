import type { TrustMaterial } from '../attest/verify/index.js';
import { TollgateError } from '../core/errors.js';
import { runGate } from '../gate/gate.js';
import { trustFromPolicy } from '../gate/trust.js';
import type { BundleSource, Verdict } from '../gate/types.js';
import type { Policy } from '../policy/types.js';

/** The step that promotes; its own attestation cannot exist before it has promoted. */
export const PROMOTE_STEP = 'promote-production';
/** The step that records the people's approval; what `manual` waits for. */
export const APPROVAL_STEP = 'approval';

export type PromotionMode = 'manual' | 'automatic';

export function parseMode(value: string | undefined): PromotionMode {
  const v = (value ?? '').trim() || 'manual';
  if (v !== 'manual' && v !== 'automatic') {
    throw new TollgateError('INPUT_INVALID', `promote-production: mode is "${v}"`, {
      hint: 'set the mode input to manual (a person approves each release) or automatic',
    });
  }
  return v;
}

/**
 * The policy as the promotion judges it: every stage it lists, without promote-production
 * itself; in `automatic` mode also without the approval step, since nobody is waited for.
 * `manual` with a policy that requires no approval is refused: nobody would be asked.
 */
export function promotionPolicy(policy: Policy, mode: PromotionMode): Policy {
  const stages = new Map<string, string[]>();
  for (const [stage, steps] of policy.stages) {
    const kept = steps.filter(
      (s) => s !== PROMOTE_STEP && (mode === 'manual' || s !== APPROVAL_STEP),
    );
    if (kept.length) stages.set(stage, kept);
  }
  if (mode === 'manual' && !requiredSteps({ ...policy, stages }).includes(APPROVAL_STEP)) {
    throw new TollgateError(
      'INPUT_INVALID',
      `${policy.source}: promotion mode manual, but the policy requires no ${APPROVAL_STEP} step`,
      {
        hint: 'add approval to stages.per-merge.require, or set the promotion mode to automatic',
      },
    );
  }
  return { ...policy, stages };
}

export const requiredSteps = (policy: Policy) => [...new Set([...policy.stages.values()].flat())];

/**
 * Runs the gate over every attestation about the commit with the promotion's policy. The
 * caller refuses the promotion on anything but `pass`, with the failing steps' reasons.
 */
export function gatePromotion(o: {
  policy: Policy;
  bundles: BundleSource[];
  commit: string;
  now: Date;
  verifiers?: Pick<TrustMaterial, 'verifySpiffe' | 'verifyKeyless'>;
}): Verdict {
  const { trust, keyIds } = trustFromPolicy(o.policy, o.verifiers ?? {});
  return runGate({
    policy: o.policy,
    trust,
    keyIds,
    bundles: o.bundles,
    commit: o.commit,
    now: o.now,
  });
}

/** The gate's reasons in one line: `step status: reason; ...`. */
export function refusalReasons(v: Verdict): string {
  return v.steps
    .filter((s) => s.status !== 'passed' && s.status !== 'not-applicable')
    .map((s) => `${s.step} ${s.status}: ${s.reason}`)
    .join('; ');
}
