import type { ScanResultPredicate } from '../../attest/predicates/schemas/scan-result.js';
import { SEVERITIES, type Severity } from '../../attest/predicates/types.js';
import { judgeFindings } from './findings.js';
import type { Evaluator, GateFinding } from './types.js';

/** Tollgate's scan-result predicate, validated (src/attest/predicates/schemas/scan-result.ts). */
export const evaluateScanResult: Evaluator = (predicate, ctx) => {
  const p = predicate as unknown as ScanResultPredicate;
  const findings: GateFinding[] = p.findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    path: f.location?.path,
    line: f.location?.line,
    fingerprint: f.fingerprint,
  }));
  // When the step listed only part of its findings, the rest are known by count only.
  const extra: Partial<Record<Severity, number>> = {};
  if (p.findingsTruncated === true) {
    for (const s of SEVERITIES) {
      const n = p.counts[s] ?? 0;
      const listed = findings.filter((f) => f.severity === s).length;
      if (n > listed) extra[s] = n - listed;
    }
  }
  return judgeFindings(findings, ctx, { one: 'finding', many: 'findings' }, extra);
};
