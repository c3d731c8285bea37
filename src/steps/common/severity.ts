import { severityFromScore, type Severity } from '../../attest/predicates/types.js';

/**
 * The one severity mapping of Tollgate (documented in docs/severity.md):
 * - a numeric `security-severity` (CVSS-like, 0–10) wins: ≥ 9 critical, ≥ 7 high, ≥ 4 medium,
 *   > 0 low, else info — the same bands GitHub code scanning uses;
 * - otherwise the SARIF level: error → high, warning → medium, note → low, none → info.
 */
export { severityFromScore };

export type SarifLevel = 'error' | 'warning' | 'note' | 'none';

export function severityFromLevel(level: string | undefined): Severity {
  switch (level) {
    case 'error':
      return 'high';
    case 'note':
      return 'low';
    case 'none':
      return 'info';
    default:
      return 'medium'; // SARIF's default level is warning
  }
}

export function levelFromSeverity(s: Severity): SarifLevel {
  return s === 'critical' || s === 'high'
    ? 'error'
    : s === 'medium'
      ? 'warning'
      : s === 'low'
        ? 'note'
        : 'none';
}

/** Score written as `security-severity` so that GitHub code scanning shows the same severity. */
export function scoreFromSeverity(s: Severity): string {
  return { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0', info: '0.0' }[s];
}
