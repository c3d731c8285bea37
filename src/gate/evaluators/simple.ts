import { includesIdentity, sameIdentity, uniqueIdentities } from '../../core/identity.js';
import type { Evaluator } from './types.js';

const names = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.map((t) => (typeof t === 'string' ? t : String((t as { name?: unknown })?.name ?? t)))
    : [];

/** in-toto test-result v0.1: the result and the failed test names. */
export const evaluateTestResult: Evaluator = (p, ctx) => {
  const failed = names(p.failedTests);
  const passed = names(p.passedTests);
  const max = ctx.thresholds.maxFailedTests ?? 0;
  const result = String(p.result ?? '');
  if (!['PASSED', 'WARNED', 'FAILED'].includes(result)) {
    return { ok: false, summary: `test result is "${result}", expected PASSED, WARNED or FAILED` };
  }
  const total = failed.length + passed.length + names(p.warnedTests).length;
  if (failed.length > max || (result === 'FAILED' && failed.length === 0)) {
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

/** Tollgate coverage v1: line and branch percentages against the policy minimums. */
export const evaluateCoverage: Evaluator = (p, ctx) => {
  const pct = (k: string) => Number((p[k] as { pct?: unknown } | undefined)?.pct);
  const lines = pct('lines');
  const branches = pct('branches');
  if (!Number.isFinite(lines))
    return { ok: false, summary: 'coverage predicate has no line percentage' };
  const { minLineCoverage: minL, minBranchCoverage: minB } = ctx.thresholds;
  if (minL !== undefined && lines < minL) {
    return {
      ok: false,
      summary: `line coverage ${lines.toFixed(1)} % is below the required ${minL} %`,
    };
  }
  if (minB !== undefined && !(branches >= minB)) {
    return {
      ok: false,
      summary: `branch coverage ${Number.isFinite(branches) ? branches.toFixed(1) : '?'} % is below the required ${minB} %`,
    };
  }
  return {
    ok: true,
    summary: `line coverage ${lines.toFixed(1)} %${Number.isFinite(branches) ? `, branch ${branches.toFixed(1)} %` : ''}`,
  };
};

/** Tollgate review v1: approvals by someone other than the author, no open change request. */
export const evaluateReview: Evaluator = (p, ctx) => {
  const author = typeof p.author === 'string' ? p.author : undefined;
  const approvals = Array.isArray(p.approvals) ? (p.approvals as { reviewer?: unknown }[]) : [];
  const listed = ctx.thresholds.approvers;
  const self = ctx.thresholds.allowSelfApproval === true;
  // One person approving twice is one approval; only listed approvers count when a list is set.
  // People are compared in one normalised form (src/core/identity.ts): `Bob` is `bob`.
  const reviewers = uniqueIdentities(approvals.map((a) => String(a.reviewer ?? ''))).filter(
    (r) => (self || !sameIdentity(r, author)) && (!listed || includesIdentity(listed, r)),
  );
  const requested = Array.isArray(p.changesRequested) ? p.changesRequested.map(String) : [];
  const min = ctx.thresholds.minApprovals ?? 1;
  if (requested.length)
    return { ok: false, summary: `changes requested by ${requested.join(', ')}` };
  if (reviewers.length < min) {
    const notes = [
      !self && approvals.some((a) => sameIdentity(String(a.reviewer ?? ''), author))
        ? ' (approval by the author does not count)'
        : '',
      listed && approvals.some((a) => !includesIdentity(listed, String(a.reviewer ?? '')))
        ? ` (only ${ctx.thresholds.approvers!.join(', ')} may approve)`
        : '',
    ].join('');
    return { ok: false, summary: `${reviewers.length} approval(s), ${min} required${notes}` };
  }
  return { ok: true, summary: `approved by ${reviewers.join(', ')}` };
};

/** SLSA verification summary v1. */
export const evaluateVsa: Evaluator = (p) =>
  p.verificationResult === 'PASSED'
    ? { ok: true, summary: 'verification summary PASSED' }
    : { ok: false, summary: `verification summary ${String(p.verificationResult ?? 'missing')}` };

/** Provenance proves what was built; its pass/fail is the step's own status. */
export const evaluateProvenance: Evaluator = (p) => {
  const def = p.buildDefinition as { buildType?: unknown } | undefined;
  if (typeof def?.buildType !== 'string')
    return { ok: false, summary: 'provenance has no buildDefinition.buildType' };
  return { ok: true, summary: 'provenance recorded' };
};

/** CycloneDX SBOM: denied licences. */
export const evaluateSbom: Evaluator = (p, ctx) => {
  const denied = new Set(ctx.thresholds.deniedLicenses ?? []);
  const components = Array.isArray(p.components) ? (p.components as Record<string, unknown>[]) : [];
  const hits: string[] = [];
  for (const c of components) {
    for (const l of Array.isArray(c.licenses)
      ? (c.licenses as { license?: { id?: unknown }; expression?: unknown }[])
      : []) {
      const id = l.license?.id ?? l.expression;
      if (
        typeof id === 'string' &&
        [...denied].some((d) => id === d || id.split(/\s+(?:OR|AND|WITH)\s+|[()]/).includes(d))
      ) {
        hits.push(`${String(c.name)}@${String(c.version)} (${id})`);
      }
    }
  }
  if (hits.length)
    return {
      ok: false,
      summary: `denied licence in ${hits.length} component(s): ${hits.slice(0, 3).join(', ')}`,
    };
  return { ok: true, summary: `${components.length} components, no denied licence` };
};
