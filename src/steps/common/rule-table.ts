import type { Finding } from '../../attest/predicates/builders.js';
import type { Severity } from '../../attest/predicates/types.js';
import type { SarifRule } from './sarif.js';

/**
 * A rule of a step's own checks (dast, infra-scan, cloud-scan): a stable id that policies and
 * exceptions name, a severity, and the help text that goes into SARIF and the docs.
 */
export interface CheckRule {
  id: string;
  title: string;
  severity: Severity;
  help: string;
}

/** The SARIF rule table of a list of rules, each with a link to its section of the docs. */
export function sarifRulesOf(rules: CheckRule[], docUrl: string): SarifRule[] {
  return rules.map((r) => ({
    id: r.id,
    name: r.title,
    shortDescription: r.title,
    help: r.help,
    helpUri: `${docUrl}#${r.id.toLowerCase()}`,
  }));
}

/** A finding of a rule at a place (a URL, host:port or file), with what was seen there. */
export function ruleFinding(rule: CheckRule, path: string, detail: string, line?: number): Finding {
  return {
    ruleId: rule.id,
    severity: rule.severity,
    message: `${rule.title}: ${detail}`,
    location: { path, ...(line && line > 0 ? { line } : {}) },
  };
}

/** A Markdown table of rules for a docs page: id, severity, title, then the help of each. */
export function renderRuleTable(rules: CheckRule[]): string[] {
  const lines = ['| id | severity | rule |', '|---|---|---|'];
  for (const r of rules)
    lines.push(`| [${r.id}](#${r.id.toLowerCase()}) | ${r.severity} | ${r.title} |`);
  lines.push('');
  for (const r of rules)
    lines.push(`### ${r.id}`, '', `**${r.title}** (${r.severity})`, '', r.help, '');
  return lines;
}
