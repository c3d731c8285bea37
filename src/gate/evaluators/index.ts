import { stepMetaOf } from '../../attest/predicates/step-meta.js';
import { PREDICATE } from '../../attest/predicates/types.js';
import { evaluateScanResult } from './scan-result.js';
import {
  evaluateCoverage,
  evaluateProvenance,
  evaluateReview,
  evaluateSbom,
  evaluateTestResult,
  evaluateVsa,
} from './simple.js';
import type { EvalContext, Evaluation, Evaluator } from './types.js';
import { evaluateVulns } from './vulns.js';

export { predicateProblem } from '../../attest/predicates/validate.js';

/** Evaluators of validated predicates (src/attest/predicates/schemas/), by predicate type. */
const EVALUATORS: Record<string, Evaluator> = {
  [PREDICATE.scanResult]: evaluateScanResult,
  [PREDICATE.vulns]: evaluateVulns,
  [PREDICATE.testResult]: evaluateTestResult,
  [PREDICATE.coverage]: evaluateCoverage,
  [PREDICATE.review]: evaluateReview,
  [PREDICATE.vsa]: evaluateVsa,
  [PREDICATE.slsaProvenance]: evaluateProvenance,
  [PREDICATE.cyclonedx]: evaluateSbom,
};

/** Types whose failures the policy may judge: their findings are what failed the step. */
const WITH_FINDINGS = new Set<string>([PREDICATE.scanResult, PREDICATE.vulns]);

/**
 * A predicate type the gate has no schema for (a policy's own step) carries no result the
 * gate understands: the step's own status, which the schema of the step metadata makes
 * `passed` or `failed`, is the whole judgement.
 */
const statusOnly: Evaluator = (p) => {
  const status = (p.tollgate as { status?: unknown } | undefined)?.status;
  return status === 'passed'
    ? {
        ok: true,
        summary: 'the step reported passed (the gate has no schema for its predicate type)',
      }
    : { ok: false, summary: 'the step did not report passed' };
};

export function evaluatorFor(predicateType: string): Evaluator {
  return EVALUATORS[predicateType] ?? statusOnly;
}

/**
 * Judges one predicate that `predicateProblem` accepted: the evaluator of its type, then the
 * step's own status. A step failed by its findings (`failure: findings`) is judged by the
 * policy, but only on a type that carries findings and only when it carries some; any
 * other self-reported failure stands.
 */
export function judgePredicate(
  predicateType: string,
  predicate: Record<string, unknown>,
  ctx: EvalContext,
): Evaluation {
  const meta = stepMetaOf(predicateType, predicate);
  const ev = evaluatorFor(predicateType)(predicate, ctx);
  if (!meta) return { ok: false, summary: 'the predicate has no step metadata' };
  if (meta.status !== 'failed') return ev;
  if (meta.failure === 'findings' && WITH_FINDINGS.has(predicateType)) {
    const carried = Object.values(ev.counts ?? {}).reduce((n, c) => n + (c ?? 0), 0);
    if (carried > 0) return ev;
    return {
      ...ev,
      ok: false,
      summary: `the step reported failure because of its findings, but its predicate lists none${meta.reason ? ` (${meta.reason})` : ''}`,
    };
  }
  return {
    ...ev,
    ok: false,
    summary: meta.reason ? meta.reason : `the step reported failure (${ev.summary})`,
  };
}
