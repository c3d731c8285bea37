import { severityFromScore, type Severity } from '../attest/predicates/types.js';
import { cvss2, cvss3, type CvssScore } from './cvss.js';
import type { OsvRecord } from './types.js';

/**
 * The severity of one OSV record, in this order (docs/vulnerabilities.md):
 * 1. a CVSS v3.x vector, scored here, in the bands of docs/severity.md;
 * 2. the database's own word (`database_specific.severity`, GHSA's LOW / MODERATE / HIGH /
 *    CRITICAL; an `Ubuntu` severity entry) — this is how CVSS v4-only records are rated;
 * 3. a CVSS v2 vector, with v2's own bands (≥ 7 high, ≥ 4 medium, else low: v2 has no critical);
 * 4. otherwise `medium`, with a note saying so.
 */
export interface RecordSeverity {
  severity: Severity;
  cvss?: CvssScore;
  note?: string;
}

const WORDS: Record<string, Severity> = {
  critical: 'critical',
  high: 'high',
  important: 'high',
  moderate: 'medium',
  medium: 'medium',
  low: 'low',
  negligible: 'info',
  unimportant: 'info',
};

export function severityOfRecord(r: OsvRecord): RecordSeverity {
  const entries = Array.isArray(r.severity) ? r.severity : [];
  let best: CvssScore | undefined;
  for (const e of entries) {
    if (e.type !== 'CVSS_V3') continue;
    const s = cvss3(String(e.score));
    if (s && (!best || s.score > best.score)) best = s;
  }
  if (best) return { severity: severityFromScore(best.score), cvss: best };
  const words = [
    r.database_specific?.severity,
    ...entries.filter((e) => e.type === 'Ubuntu').map((e) => e.score),
  ];
  for (const w of words) {
    const sev = typeof w === 'string' ? WORDS[w.trim().toLowerCase()] : undefined;
    if (sev) {
      const v4 = entries.some((e) => e.type === 'CVSS_V4')
        ? ' (its CVSS v4 vector is not scored)'
        : '';
      return {
        severity: sev,
        note: `severity ${String(w)} as given by the advisory database${v4}`,
      };
    }
  }
  for (const e of entries) {
    if (e.type !== 'CVSS_V2') continue;
    const s = cvss2(String(e.score));
    if (s) {
      const severity: Severity =
        s.score >= 7 ? 'high' : s.score >= 4 ? 'medium' : s.score > 0 ? 'low' : 'info';
      return { severity, cvss: s };
    }
  }
  return {
    severity: 'medium',
    note: 'the advisory gives no usable severity (no CVSS v3 vector, no severity word); rated medium',
  };
}
