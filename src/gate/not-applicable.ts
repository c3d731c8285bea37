import { stepMetaOf } from '../attest/predicates/step-meta.js';
import type { Statement } from '../attest/statement.js';
import type { StepStatus } from './types.js';

/**
 * A step whose attestations say it did not apply (`tollgate.status: not-applicable`, with the
 * reason, which the schema requires). Judged before any threshold: an empty test run is not a
 * result to weigh. The policy decides whether the step may be not-applicable; where it may
 * not, the step fails with the reason. Attestations that disagree (one says it ran, one that
 * it did not apply) are conflicting. Undefined when no attestation says not-applicable, or
 * when an expected predicate type is missing (the usual check then names it).
 */
export function judgeNotApplicable(
  records: readonly { file: string; statement: Statement }[],
  expectedTypes: readonly string[],
  allowed: boolean,
): { status: StepStatus; reason: string } | undefined {
  const metas = records.map((r) => ({
    file: r.file,
    meta: stepMetaOf(r.statement.predicateType, r.statement.predicate),
  }));
  const na = metas.filter((m) => m.meta?.status === 'not-applicable');
  if (na.length === 0) return undefined;
  if (!expectedTypes.every((t) => records.some((r) => r.statement.predicateType === t)))
    return undefined;
  if (na.length < records.length) {
    return {
      status: 'conflicting',
      reason: `attestations disagree on whether the step applies (${na.map((m) => m.file).join(', ')} say not-applicable, ${metas
        .filter((m) => !na.includes(m))
        .map((m) => m.file)
        .join(', ')} do not)`,
    };
  }
  const reason = [...new Set(na.map((m) => m.meta?.reason ?? ''))].join('; ');
  return allowed
    ? { status: 'not-applicable', reason }
    : {
        status: 'failed',
        reason: `not applicable (${reason}), which the policy does not allow for this step (steps.<step>.allowNotApplicable)`,
      };
}
