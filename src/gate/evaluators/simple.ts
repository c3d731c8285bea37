import { includesIdentity, sameIdentity, uniqueIdentities } from '../../core/identity.js';
import type { CoveragePredicate } from '../../attest/predicates/schemas/coverage.js';
import type { ReviewPredicate } from '../../attest/predicates/schemas/review.js';
import type { CycloneDxPredicate } from '../../attest/predicates/schemas/cyclonedx.js';
import type { TestResultPredicate } from '../../attest/predicates/schemas/test-result.js';
import type { VsaPredicate } from '../../attest/predicates/schemas/vsa.js';
import type { Evaluator } from './types.js';

/** in-toto test-result v0.1, validated: the result and the failed test names. */
export const evaluateTestResult: Evaluator = (predicate, ctx) => {
  const p = predicate as unknown as TestResultPredicate;
  const failed = p.failedTests ?? [];
  const passed = p.passedTests ?? [];
  const max = ctx.thresholds.maxFailedTests ?? 0;
  const total = failed.length + passed.length + (p.warnedTests ?? []).length;
  if (failed.length > max || (p.result === 'FAILED' && failed.length === 0)) {
    const shown = failed.slice(0, 3).join(', ');
    return {
      ok: false,
      summary: failed.length
        ? `${failed.length} of ${total} tests failed: ${shown}${failed.length > 3 ? ', ...' : ''}`
        : 'test run reported FAILED',
    };
  }
  return { ok: true, summary: `${passed.length} of ${total} tests passed` };
};

/** Tollgate coverage v1, validated: line and branch percentages against the policy minimums. */
export const evaluateCoverage: Evaluator = (predicate, ctx) => {
  const p = predicate as unknown as CoveragePredicate;
  const lines = p.lines.pct;
  const branches = p.branches?.pct;
  const { minLineCoverage: minL, minBranchCoverage: minB } = ctx.thresholds;
  if (minL !== undefined && lines < minL) {
    return {
      ok: false,
      summary: `line coverage ${lines.toFixed(1)} % is below the required ${minL} %`,
    };
  }
  if (minB !== undefined && (branches === undefined || branches < minB)) {
    return {
      ok: false,
      summary: `branch coverage ${branches === undefined ? '?' : branches.toFixed(1)} % is below the required ${minB} %`,
    };
  }
  return {
    ok: true,
    summary: `line coverage ${lines.toFixed(1)} %${branches === undefined ? '' : `, branch ${branches.toFixed(1)} %`}`,
  };
};

/** Tollgate review v1, validated: approvals by someone other than the author, no open change request. */
export const evaluateReview: Evaluator = (predicate, ctx) => {
  const p = predicate as unknown as ReviewPredicate;
  const { author, approvals, changesRequested: requested } = p;
  const listed = ctx.thresholds.approvers;
  const self = ctx.thresholds.allowSelfApproval === true;
  // One person approving twice is one approval; only listed approvers count when a list is set.
  // People are compared in one normalised form (src/core/identity.ts): `Bob` is `bob`.
  const reviewers = uniqueIdentities(approvals.map((a) => a.reviewer)).filter(
    (r) => (self || !sameIdentity(r, author)) && (!listed || includesIdentity(listed, r)),
  );
  const min = ctx.thresholds.minApprovals ?? 1;
  if (requested.length)
    return { ok: false, summary: `changes requested by ${requested.join(', ')}` };
  if (reviewers.length < min) {
    const notes = [
      !self && approvals.some((a) => sameIdentity(a.reviewer, author))
        ? ' (approval by the author does not count)'
        : '',
      listed && approvals.some((a) => !includesIdentity(listed, a.reviewer))
        ? ` (only ${ctx.thresholds.approvers!.join(', ')} may approve)`
        : '',
    ].join('');
    return { ok: false, summary: `${reviewers.length} approval(s), ${min} required${notes}` };
  }
  return { ok: true, summary: `approved by ${reviewers.join(', ')}` };
};

/** SLSA verification summary v1. */
export const evaluateVsa: Evaluator = (predicate) =>
  (predicate as unknown as VsaPredicate).verificationResult === 'PASSED'
    ? { ok: true, summary: 'verification summary PASSED' }
    : { ok: false, summary: 'verification summary FAILED' };

/** Provenance proves what was built (its schema requires buildType); pass/fail is the step's own status. */
export const evaluateProvenance: Evaluator = () => ({ ok: true, summary: 'provenance recorded' });

type Component = NonNullable<CycloneDxPredicate['components']>[number];

/** A licence expression's terms: `MIT OR (AGPL-3.0-only WITH x)` has MIT, AGPL-3.0-only and x. */
const terms = (expression: string) => expression.split(/\s+(?:OR|AND|WITH)\s+|[()]/);

/** CycloneDX SBOM, validated: denied licences, in nested components too. */
export const evaluateSbom: Evaluator = (predicate, ctx) => {
  const denied = new Set(ctx.thresholds.deniedLicenses ?? []);
  const hits: string[] = [];
  let count = 0;
  const walk = (components: Component[]) => {
    for (const c of components) {
      count++;
      for (const l of c.licenses ?? []) {
        const id = l.license?.id ?? l.expression;
        if (id !== undefined && [...denied].some((d) => id === d || terms(id).includes(d)))
          hits.push(`${c.name}${c.version === undefined ? '' : `@${c.version}`} (${id})`);
      }
      walk(c.components ?? []);
    }
  };
  walk((predicate as unknown as CycloneDxPredicate).components ?? []);
  if (hits.length)
    return {
      ok: false,
      summary: `denied licence in ${hits.length} component(s): ${hits.slice(0, 3).join(', ')}`,
    };
  return { ok: true, summary: `${count} components, no denied licence` };
};
