import type { SerializedBundle } from '@sigstore/bundle';
import { withStepMeta } from './predicates/step-meta.js';
import type { StepMeta } from './predicates/types.js';
import type { StatementSigner } from './signers/signer.js';
import { commitSubject, makeStatement, type Subject } from './statement.js';

export interface AttestationRequest {
  meta: StepMeta;
  predicateType: string;
  predicate: Record<string, unknown>;
  /** The artefacts the step produced; the commit subject is added here. */
  subjects: Subject[];
  repository: string;
  commit: string;
}

/**
 * Builds the in-toto Statement for one step and signs it. The commit is always a subject:
 * it is what binds the attestation to the change under evaluation.
 */
export async function createAttestation(
  req: AttestationRequest,
  signer: StatementSigner,
): Promise<SerializedBundle> {
  const statement = makeStatement(
    [commitSubject(req.repository, req.commit), ...req.subjects],
    req.predicateType,
    withStepMeta(req.predicateType, req.predicate, req.meta),
  );
  return signer.signStatement(Buffer.from(JSON.stringify(statement), 'utf8'));
}
