import type { Finding } from '../attest/predicates/builders.js';
import { assignFingerprints } from '../steps/common/fingerprint.js';
import { writeSarif, type SarifRule } from '../steps/common/sarif.js';
import type { VulnFinding } from './types.js';

/**
 * The reports of a vulnerability scan: the in-toto vulns v0.2 predicate the gate evaluates
 * (src/gate/evaluators/vulns.ts reads `scanner.result[]`), and SARIF 2.1.0 through the
 * project's one SARIF writer. Suppressed findings stay out of `scanner.result` (the gate would
 * count them) and are listed under `suppressed`; in SARIF they carry `suppressions`.
 */

const where = (f: VulnFinding) => `${f.component.name}@${f.component.version}`;

/**
 * Stable across runs: the vulnerability and the package, not the file it was found in, plus
 * the occurrence when one package is found twice (two lock files). Counted over the open
 * findings first, then the suppressed, so the open ones have the same fingerprints as the
 * report gives the vulns predicate's entries (id and package, src/report/report-from-bundles.ts).
 */
function fingerprints(findings: VulnFinding[]): Map<VulnFinding, string> {
  const ordered = [
    ...findings.filter((f) => !f.suppressed),
    ...findings.filter((f) => f.suppressed),
  ];
  const keyed = ordered.map((f): Finding => ({
    ruleId: f.id,
    severity: f.severity,
    location: { path: f.component.purl },
  }));
  assignFingerprints(keyed);
  return new Map(ordered.map((f, i) => [f, keyed[i]!.fingerprint!]));
}

function message(f: VulnFinding): string {
  const fix = f.fixed.length ? `; fixed in ${f.fixed.join(', ')}` : '; no fixed version known';
  return `${where(f)} (${f.component.ecosystem}): ${f.id} ${f.summary}${fix}`;
}

/** Findings in the shape of the scan-result predicate and step results; suppressed ones left out. */
export function vulnFindingsToFindings(findings: VulnFinding[]): Finding[] {
  const prints = fingerprints(findings);
  return findings
    .filter((f) => !f.suppressed)
    .map((f) => ({
      ruleId: f.id,
      severity: f.severity,
      message: message(f),
      location: { path: f.component.location ?? f.component.purl },
      fingerprint: prints.get(f)!,
    }));
}

export function vulnsPredicate(
  findings: VulnFinding[],
  scanner: { name: string; version: string; db: string },
  scannedOn: Date,
): Record<string, unknown> {
  const annotations = (f: VulnFinding) => [
    { package: f.component.purl },
    { name: f.component.name, version: f.component.version, ecosystem: f.component.ecosystem },
    { fixed: f.fixed },
    { summary: f.summary },
    ...(f.cvss ? [{ cvss: f.cvss }] : []),
    ...(f.component.location ? [{ location: f.component.location }] : []),
    ...(f.notes?.length ? [{ notes: f.notes }] : []),
  ];
  const severity = (f: VulnFinding) => [
    // The project's own word first; a CVSS v3 score maps to the same word (docs/severity.md).
    { method: 'tollgate', score: f.severity },
    ...(f.cvss && f.cvss.version.startsWith('3')
      ? [{ method: `CVSSv${f.cvss.version}`, score: f.cvss.score.toFixed(1) }]
      : []),
  ];
  const time = scannedOn.toISOString();
  return {
    scanner: {
      uri: scanner.name,
      version: scanner.version,
      db: { uri: scanner.db },
      result: findings
        .filter((f) => !f.suppressed)
        .map((f) => ({
          id: f.id,
          aliases: f.aliases.filter((a) => a !== ''),
          severity: severity(f),
          annotations: annotations(f),
        })),
    },
    metadata: { scanStartedOn: time, scanFinishedOn: time },
    suppressed: findings
      .filter((f) => f.suppressed)
      .map((f) => ({ id: f.id, aliases: f.aliases, package: f.component.purl, ...f.suppressed })),
  };
}

export function vulnSarif(
  findings: VulnFinding[],
  tool: { name: string; version: string },
): Record<string, unknown> {
  const rules = new Map<string, SarifRule>();
  for (const f of findings) {
    if (rules.has(f.id)) continue;
    rules.set(f.id, {
      id: f.id,
      shortDescription: f.summary,
      help: [
        f.summary,
        f.aliases.length ? `Also known as ${f.aliases.join(', ')}.` : '',
        f.cvss ? `CVSS ${f.cvss.version} ${f.cvss.score.toFixed(1)} (${f.cvss.vector}).` : '',
        ...f.references.slice(0, 10),
      ]
        .filter(Boolean)
        .join('\n'),
      helpUri: f.references[0] ?? `https://osv.dev/vulnerability/${f.id}`,
    });
  }
  const prints = fingerprints(findings);
  const all = findings.map((f) => ({
    ruleId: f.id,
    severity: f.severity,
    message: message(f),
    location: { path: f.component.location ?? f.component.purl },
    fingerprint: prints.get(f)!,
  }));
  const log = writeSarif({ ...tool, rules: [...rules.values()] }, all);
  const run = (log.runs as { results: Record<string, unknown>[] }[])[0]!;
  run.results.forEach((r, i) => {
    const f = findings[i]!;
    r.properties = { ...(r.properties as object), purl: f.component.purl, fixed: f.fixed };
    if (f.suppressed)
      r.suppressions = [
        {
          kind: 'external',
          status: 'accepted',
          justification: `${f.suppressed.by}: ${f.suppressed.reason}${f.suppressed.until ? ` (until ${f.suppressed.until})` : ''}`,
        },
      ];
  });
  return log;
}
