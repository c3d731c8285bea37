import { SEVERITIES, severityRank, type Severity } from '../../attest/predicates/types.js';
import { globMatch } from '../../core/glob.js';
import type { ExceptionRule } from '../../policy/types.js';
import type { EvalContext, Evaluation, GateFinding } from './types.js';

export function exceptionCovers(e: ExceptionRule, f: GateFinding): boolean {
  // Presence, not truthiness: an empty selector must never widen the waiver.
  if (
    e.ruleId === undefined &&
    e.id === undefined &&
    e.fingerprint === undefined &&
    e.path === undefined
  )
    return false; // a step-wide waiver is handled by the caller
  if (e.ruleId !== undefined && e.ruleId !== f.ruleId) return false;
  if (e.id !== undefined && !(f.ids ?? []).includes(e.id) && f.ruleId !== e.id) return false;
  if (e.fingerprint !== undefined && e.fingerprint !== f.fingerprint) return false;
  if (e.path !== undefined && !(f.path !== undefined && globMatch(e.path, f.path))) return false;
  return true;
}

function describe(f: GateFinding): string {
  const where = f.path ? ` in ${f.path}${f.line ? `:${f.line}` : ''}` : '';
  return `${f.ruleId} (${f.severity})${where}`;
}

/**
 * Applies "no finding at or above `failOn`" to a list of findings, minus the ones an
 * exception waives. `extraCounts` are findings the predicate only counted (its list was
 * truncated); they cannot be waived individually, so they count against the threshold.
 */
export function judgeFindings(
  findings: GateFinding[],
  ctx: EvalContext,
  noun: { one: string; many: string },
  extraCounts: Partial<Record<Severity, number>> = {},
): Evaluation {
  const failOn = ctx.thresholds.failOn ?? 'high';
  const counts: Partial<Record<Severity, number>> = {};
  for (const f of findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
  for (const s of SEVERITIES) if (extraCounts[s]) counts[s] = (counts[s] ?? 0) + extraCounts[s];

  const waived: string[] = [];
  const blocking: GateFinding[] = [];
  for (const f of findings) {
    if (failOn === 'none' || severityRank(f.severity) < severityRank(failOn)) continue;
    const ex = ctx.exceptions.find((e) => exceptionCovers(e, f));
    if (ex) waived.push(`${describe(f)}: ${ex.reason} (until ${ex.expires})`);
    else blocking.push(f);
  }
  const unlisted =
    failOn === 'none'
      ? 0
      : SEVERITIES.filter((s) => severityRank(s) >= severityRank(failOn)).reduce(
          (n, s) => n + (extraCounts[s] ?? 0),
          0,
        );
  const total = findings.length + Object.values(extraCounts).reduce((a, b) => a + (b ?? 0), 0);
  if (blocking.length === 0 && unlisted === 0) {
    const note = total
      ? `${total} ${total === 1 ? noun.one : noun.many}, none at or above ${failOn}`
      : `no ${noun.many}`;
    return { ok: true, summary: note, findings, counts, waived };
  }
  const shown = blocking.slice(0, 3).map(describe).join('; ');
  const more = blocking.length + unlisted - Math.min(3, blocking.length);
  return {
    ok: false,
    summary: `${blocking.length + unlisted} ${blocking.length + unlisted === 1 ? noun.one : noun.many} at or above ${failOn}: ${shown}${more > 0 ? ` and ${more} more` : ''}`,
    findings,
    counts,
    waived,
  };
}
