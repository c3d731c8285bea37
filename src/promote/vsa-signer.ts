import { createAttestation } from '../attest/create.js';
import { PREDICATE, type StepMeta } from '../attest/predicates/types.js';
import type { Subject } from '../attest/statement.js';
import type { StatementSigner } from '../attest/signers/signer.js';
import { loadLocalKey } from '../runner/local-key.js';
import type { StepContext } from '../steps/types.js';

/**
 * The signer for the VSA attached to the production image. The step's own attestation is
 * signed by the executor only after the step returns, too late to attach; so the step signs
 * the attached copy itself, the way its executor would: on GitHub with the step's signer
 * inputs (keyless by default), under `tollgate run` with the local key.
 */
async function vsaSigner(ctx: StepContext): Promise<StatementSigner> {
  if (process.env.GITHUB_ACTIONS === 'true') {
    const { createSigner } = await import('../cli/signer-options.js');
    return createSigner(
      {
        kind: ctx.inputs.signer || 'sigstore',
        key: ctx.inputs.key || undefined,
        fulcioUrl: ctx.inputs['fulcio-url'] || undefined,
        rekorUrl: ctx.inputs['rekor-url'] || undefined,
        tsaUrl: ctx.inputs['tsa-url'] || undefined,
      },
      process.env,
      ctx.repoDir,
    );
  }
  return (await loadLocalKey(process.env)).signer;
}

/** The promotion's VSA as a signed bundle about the production image and the commit. */
export async function signedVsa(
  ctx: StepContext,
  predicate: Record<string, unknown>,
  subject: Subject,
): Promise<Buffer> {
  const meta: StepMeta = { step: ctx.step.id, stage: ctx.step.stage, status: 'passed' };
  const bundle = await createAttestation(
    {
      meta,
      predicateType: PREDICATE.vsa,
      predicate,
      subjects: [subject],
      repository: ctx.repository,
      commit: ctx.commit,
    },
    await vsaSigner(ctx),
  );
  return Buffer.from(JSON.stringify(bundle));
}
