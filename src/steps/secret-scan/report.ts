import type { Finding } from '../../attest/predicates/builders.js';
import { assignFingerprints } from '../common/fingerprint.js';

/**
 * Every gitleaks finding is a live credential until proven otherwise, so all are high
 * (docs/steps/secret-scan.md); gitleaks' SARIF carries no level or score of its own.
 */
export const SECRET_SEVERITY = 'high';

/**
 * Turns gitleaks' findings into the step's: paths made repository-relative (the mirror's
 * commit folder becomes a commit in the message), severity set, and a fingerprint of rule,
 * file and line number (and the occurrence, for two matches of one rule on a line). The
 * fingerprint deliberately leaves out the context that other steps hash: the flagged line
 * holds the secret, a line next to it may hold another, and a hash of a short secret can be
 * confirmed by guessing. Messages are rebuilt so no tool text can carry the match along.
 */
export function toStepFindings(raw: Finding[], commitFolders: boolean): Finding[] {
  const findings = raw.map((f) => {
    let path = (f.location?.path ?? '').replace(/^\.\//, '');
    let commit: string | undefined;
    if (commitFolders) {
      const slash = path.indexOf('/');
      commit = path.slice(0, slash);
      path = path.slice(slash + 1);
    }
    const line = f.location?.line;
    const where = `${path}${line ? `:${line}` : ''}`;
    const finding: Finding = {
      ruleId: f.ruleId,
      severity: SECRET_SEVERITY,
      message: `${f.ruleId}: a secret in ${where}${commit ? ` (commit ${commit.slice(0, 12)})` : ''}`,
      location: { path, ...(line ? { line } : {}) },
    };
    return finding;
  });
  // Sorted by line, so two matches of one rule on a line are told apart by occurrence.
  return assignFingerprints(findings, { anchor: (f) => ({ line: f.location?.line ?? 0 }) });
}

/** The job summary: where and which rule, never the match. */
export function summaryOf(describe: string, findings: Finding[], accepted: number): string {
  const head = `### Secret scan\n\nScanned ${describe}: ${findings.length} secret(s) found${
    accepted ? `, ${accepted} accepted by the baseline` : ''
  }.\n`;
  if (!findings.length) return head;
  const rows = findings
    .slice(0, 50)
    .map((f) => `| ${f.ruleId} | ${f.location?.path ?? ''} | ${f.location?.line ?? ''} |`);
  return `${head}\n| rule | file | line |\n|---|---|---|\n${rows.join('\n')}\n`;
}
