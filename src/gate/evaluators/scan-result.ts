import type { Severity } from '../../attest/predicates/types.js';
import { asSeverity, judgeFindings } from './findings.js';
import type { Evaluator, GateFinding } from './types.js';

interface ScanFinding {
  ruleId?: unknown;
  severity?: unknown;
  message?: unknown;
  location?: { path?: unknown; line?: unknown };
  fingerprint?: unknown;
}

/** Tollgate's scan-result predicate (docs/schemas/scan-result.schema.json). */
export const evaluateScanResult: Evaluator = (predicate, ctx) => {
  const raw = Array.isArray(predicate.findings) ? (predicate.findings as ScanFinding[]) : [];
  const findings: GateFinding[] = raw.map((f) => ({
    ruleId: String(f.ruleId ?? 'unknown'),
    severity: asSeverity(f.severity),
    message: typeof f.message === 'string' ? f.message : undefined,
    path: typeof f.location?.path === 'string' ? f.location.path : undefined,
    line: typeof f.location?.line === 'number' ? f.location.line : undefined,
    fingerprint: typeof f.fingerprint === 'string' ? f.fingerprint : undefined,
  }));
  // When the step listed only part of its findings, the rest are known by count only.
  const extra: Partial<Record<Severity, number>> = {};
  if (
    predicate.findingsTruncated === true &&
    predicate.counts &&
    typeof predicate.counts === 'object'
  ) {
    for (const [sev, n] of Object.entries(predicate.counts as Record<string, unknown>)) {
      const s = asSeverity(sev);
      const listed = findings.filter((f) => f.severity === s).length;
      if (typeof n === 'number' && n > listed) extra[s] = (extra[s] ?? 0) + n - listed;
    }
  }
  return judgeFindings(findings, ctx, { one: 'finding', many: 'findings' }, extra);
};
