import { PREDICATE } from '../../attest/predicates/types.js';
import { formatImageRef } from '../../oci/refs.js';
import { copyToProduction } from '../../promote/copy.js';
import { promotionPolicyFile } from '../../promote/policy-file.js';
import { preflight } from '../../promote/preflight.js';
import { PRODUCTION_ENV, openStore, productionLayout } from '../../promote/stores.js';
import { attachVsa, promotionVsa } from '../../promote/vsa.js';
import { signedVsa } from '../../promote/vsa-signer.js';
import { describeError } from '../../core/errors.js';
import { portableRef, writeHandoff } from '../common/handoff.js';
import { imageSubject } from '../sign-image/image.js';
import type { StepImplementation } from '../types.js';

/** What promote-production leaves behind: what was promoted where, or why not. */
export const PROMOTION_FILE = 'promotion.json';

/**
 * promote-production: moves the staged image to production by digest, only after the gate
 * passed for that exact digest and commit across every stage of the policy (see
 * src/promote/preflight.ts), never rebuilding it. The step's attestation is a SLSA
 * verification summary about the promoted digest; a refusal is attested too, as FAILED.
 */
export const promoteProduction: StepImplementation = {
  id: 'promote-production',
  async run(ctx) {
    const now = new Date();
    const policyPath = await promotionPolicyFile(ctx);
    const pf = await preflight(ctx, { policyPath, now });
    const mode = pf.mode;
    const digest = pf.source.digest;
    const production = openStore(
      ctx.inputs.registry || process.env[PRODUCTION_ENV] || '',
      pf.source.name,
      productionLayout(ctx.repoDir),
      { insecure: ctx.inputs.insecure === 'true', signal: ctx.signal, cwd: ctx.repoDir },
    );
    // The embedded production layout is named relative to the repository, never by a path of
    // this machine: the name goes into promotion.json and the attestation.
    const named = portableRef(production.ref, ctx.repoDir);
    const reference = formatImageRef(named, { digest });
    const vsa = async () =>
      pf.verdict
        ? await promotionVsa({
            resourceUri: reference,
            policyPath,
            policyDisplay: pf.policyDisplay,
            bundles: pf.bundles,
            verdict: pf.verdict,
          })
        : undefined;
    if (pf.refusal) {
      ctx.log(`refused: ${pf.refusal}`);
      await writeHandoff(ctx.outDir, PROMOTION_FILE, { promoted: false, mode, reason: pf.refusal });
      const predicate = await vsa();
      return {
        status: 'failed',
        failure: 'findings',
        reason: pf.refusal,
        attestations: predicate ? [{ predicateType: PREDICATE.vsa, predicate }] : [],
        products: [],
        reports: [PROMOTION_FILE],
        summary: `**Promote to production** refused: ${pf.refusal}`,
      };
    }
    const tag = ctx.inputs.tag || 'production';
    const { copied, entry } = await copyToProduction({
      staging: pf.staging,
      production,
      digest,
      tag,
      commit: ctx.commit,
      from: pf.stagingRecord.reference,
      now,
      log: ctx.log,
    });
    const repository = formatImageRef(named, {});
    const subject = imageSubject(repository, digest);
    const predicate = (await vsa())!;
    // Attached so that production carries the proof of its own promotion; a failure here
    // comes after the copy, so it is reported, not hidden.
    let attachedVsa: string | undefined;
    try {
      const bundle = await signedVsa(ctx, predicate, subject);
      const d = await attachVsa(
        production.target,
        { mediaType: copied.mediaType, digest, size: copied.size },
        bundle,
        ctx.step.id,
      );
      attachedVsa = d.digest;
      ctx.log(`attached the verification summary to ${reference} as ${d.digest}`);
    } catch (e) {
      ctx.log(`could not attach the verification summary: ${describeError(e)}`);
    }
    await writeHandoff(ctx.outDir, PROMOTION_FILE, {
      promoted: true,
      ...(attachedVsa ? { vsa: attachedVsa } : {}),
      mode,
      reference,
      tagged: formatImageRef(named, { tag }),
      repository,
      ...entry,
    });
    return {
      status: 'passed',
      reason: `promoted ${digest.slice(0, 19)}… to ${repository}:${tag} (${mode})${attachedVsa ? '' : '; the verification summary could not be attached (see the log)'}`,
      attestations: [{ predicateType: PREDICATE.vsa, predicate }],
      products: [subject],
      materials: [imageSubject(pf.stagingRecord.repository, digest)],
      reports: [PROMOTION_FILE],
      summary: `**Promote to production** (${mode}): \`${reference}\` tagged \`${tag}\`, ${copied.referrersCopied} referrer(s) copied.`,
      metrics: {
        blobsCopied: copied.blobsCopied,
        referrersCopied: copied.referrersCopied,
        vsaAttached: attachedVsa ? 1 : 0,
      },
    };
  },
};
