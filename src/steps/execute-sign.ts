import { join } from 'node:path';
import { createAttestation } from '../attest/create.js';
import type { StepMeta } from '../attest/predicates/types.js';
import type { StatementSigner } from '../attest/signers/signer.js';
import { TollgateError } from '../core/errors.js';
import { writeFileAtomic } from '../core/fs.js';
import { redactor } from '../core/redact.js';
import type { StepContext, StepResult } from './types.js';

/** A signer, or a way to get one only when something is to be signed (keyless signing costs a token). */
export type SignerSource = StatementSigner | (() => Promise<StatementSigner>);

/** `<step>.sigstore.json` for the first attestation, `<step>.<n>.sigstore.json` from the second on. */
export function bundleFileName(step: string, index: number): string {
  return index === 0 ? `${step}.sigstore.json` : `${step}.${index + 1}.sigstore.json`;
}

/**
 * Signs one attestation per entry of `result.attestations` and writes each bundle atomically,
 * so a reader never sees half a bundle. Returns the paths written, in order. The metadata
 * and the predicate pass the redactor first: what is signed is public for good (attached to
 * images, uploaded as artifacts), and tools' words reach it through reasons and messages.
 */
export async function signResult(
  ctx: StepContext,
  result: StepResult,
  meta: StepMeta,
  source: SignerSource,
  dir: string,
): Promise<string[]> {
  if (result.attestations.length === 0) return [];
  let signer: StatementSigner;
  try {
    signer = typeof source === 'function' ? await source() : source;
  } catch (e) {
    throw new TollgateError('SIGNER_UNAVAILABLE', `${ctx.step.id}: no signer`, { cause: e });
  }
  const paths: string[] = [];
  for (const [i, att] of result.attestations.entries()) {
    let bundle;
    try {
      bundle = await createAttestation(
        {
          meta: redactor.value(meta),
          predicateType: att.predicateType,
          predicate: redactor.value(att.predicate),
          subjects: result.products,
          repository: ctx.repository,
          commit: ctx.commit,
        },
        signer,
      );
    } catch (e) {
      throw new TollgateError(
        'SIGNING_FAILED',
        `${ctx.step.id}: signing with ${signer.describe()} failed`,
        { cause: e },
      );
    }
    const path = join(dir, bundleFileName(ctx.step.id, i));
    await writeFileAtomic(path, JSON.stringify(bundle, null, 2) + '\n');
    paths.push(path);
  }
  return paths;
}
