import type { VulnsPredicate } from '../../attest/predicates/schemas/vulns.js';
import {
  SEVERITIES,
  severityFromScore,
  severityRank,
  type Severity,
} from '../../attest/predicates/types.js';
import { cvss3 } from '../../vuln/cvss.js';
import { judgeFindings } from './findings.js';
import type { Evaluator, GateFinding } from './types.js';

type Entry = VulnsPredicate['scanner']['result'][number];

/**
 * The severity one validated score says: a base score or a CVSS v3.x vector by the CVSS
 * bands, a severity word as itself; a CVSS v4.0 vector is not scored (undefined).
 */
function scoreSeverity(score: string): Severity | undefined {
  if ((SEVERITIES as readonly string[]).includes(score)) return score as Severity;
  if (score.startsWith('CVSS:3.')) {
    const s = cvss3(score);
    return s ? severityFromScore(s.score) : undefined;
  }
  if (score.startsWith('CVSS:')) return undefined;
  return severityFromScore(Number(score));
}

/** The worst of the entry's scores; `medium` when none can be scored. */
function severityOf(v: Entry): Severity {
  let worst: Severity | undefined;
  for (const s of v.severity ?? []) {
    const sev = scoreSeverity(s.score);
    if (sev && (!worst || severityRank(sev) > severityRank(worst))) worst = sev;
  }
  return worst ?? 'medium';
}

/** in-toto vulns v0.2, validated: `scanner.result[]` entries with ids and scores. */
export const evaluateVulns: Evaluator = (predicate, ctx) => {
  const p = predicate as unknown as VulnsPredicate;
  const findings: GateFinding[] = p.scanner.result.map((v) => ({
    ruleId: v.id,
    severity: severityOf(v),
    ids: [v.id, ...(v.aliases ?? [])],
    path: v.annotations?.find((a) => a.package !== undefined)?.package,
  }));
  return judgeFindings(findings, ctx, { one: 'vulnerability', many: 'vulnerabilities' });
};
