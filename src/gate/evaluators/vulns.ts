import { severityFromScore, type Severity } from '../../attest/predicates/types.js';
import { asSeverity, judgeFindings } from './findings.js';
import type { Evaluator, GateFinding } from './types.js';

interface VulnEntry {
  id?: unknown;
  aliases?: unknown;
  severity?: { method?: unknown; score?: unknown }[];
  annotations?: { package?: unknown; path?: unknown }[] | unknown;
}

function severityOf(v: VulnEntry): Severity {
  let worst: Severity = 'medium';
  let rank = -1;
  for (const s of Array.isArray(v.severity) ? v.severity : []) {
    const n = Number(s.score);
    const sev =
      Number.isFinite(n) && String(s.score).trim() !== ''
        ? severityFromScore(n)
        : asSeverity(s.score);
    const r = ['info', 'low', 'medium', 'high', 'critical'].indexOf(sev);
    if (r > rank) [worst, rank] = [sev, r];
  }
  return worst;
}

/** in-toto vulns v0.2: `scanner.result[]` entries with ids and CVSS scores. */
export const evaluateVulns: Evaluator = (predicate, ctx) => {
  const scanner = predicate.scanner as { result?: unknown } | undefined;
  const result = Array.isArray(scanner?.result) ? (scanner.result as VulnEntry[]) : [];
  const findings: GateFinding[] = result.map((v) => {
    const id = String(v.id ?? 'unknown');
    const aliases = Array.isArray(v.aliases) ? v.aliases.map(String) : [];
    const pkg = Array.isArray(v.annotations)
      ? (v.annotations as { package?: unknown }[]).find((a) => typeof a?.package === 'string')
          ?.package
      : undefined;
    return {
      ruleId: id,
      severity: severityOf(v),
      ids: [id, ...aliases],
      path: typeof pkg === 'string' ? pkg : undefined,
    };
  });
  return judgeFindings(findings, ctx, { one: 'vulnerability', many: 'vulnerabilities' });
};
