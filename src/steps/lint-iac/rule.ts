import type { Finding } from '../../attest/predicates/builders.js';
import type { Severity } from '../../attest/predicates/types.js';

/**
 * An IaC rule: its stable id (policies and exceptions name it), what it flags, its severity,
 * and the help text that goes into SARIF and docs/rules-iac.md. Every family file exports its
 * rules; the catalogue and the documentation are generated from them.
 */
export interface IacRule {
  id: string;
  family: 'Dockerfile' | 'Kubernetes' | 'Terraform' | 'GitHub workflows';
  title: string;
  severity: Severity;
  help: string;
}

/** Where the documentation of a rule lives (an anchor per rule id). */
export const RULES_DOC_URL = 'https://tollgate.dev/docs/rules-iac.md';

export function helpUri(rule: IacRule): string {
  return `${RULES_DOC_URL}#${rule.id.toLowerCase()}`;
}

export function finding(
  rule: IacRule,
  path: string,
  line: number | undefined,
  detail: string,
): Finding {
  return {
    ruleId: rule.id,
    severity: rule.severity,
    message: `${rule.title}: ${detail}`,
    location: { path, ...(line && line > 0 ? { line } : {}) },
  };
}
