import { SEVERITIES, severityRank } from '../attest/predicates/types.js';
import { matchRecord } from './affected.js';
import { applySuppressions } from './suppress.js';
import { severityOfRecord } from './severity.js';
import type {
  Component,
  OsvRecord,
  VexStatement,
  VulnException,
  VulnFinding,
  VulnSource,
} from './types.js';
import { ecosystemOrder } from './version/compare.js';

export interface ScanOptions {
  vex?: VexStatement[];
  exceptions?: VulnException[];
  /** Decides which exceptions have expired. */
  now: Date;
  signal?: AbortSignal;
}

/**
 * Matches components against a source's records: one finding per component and vulnerability,
 * where records that alias each other (a GHSA and its CVE, a distribution's advisory naming
 * the CVE) merge into one. Suppressed findings (VEX not_affected, a live exception) are kept,
 * marked, so that reports can show them; the predicate and SARIF writers leave them out of
 * what fails a gate.
 */
export async function scanComponents(
  components: Component[],
  source: VulnSource,
  opts: ScanOptions,
): Promise<VulnFinding[]> {
  const unique = [...new Map(components.map((c) => [c.purl, c])).values()];
  const candidates = await source.query(unique, opts.signal);
  const findings: VulnFinding[] = [];
  for (const c of unique) {
    const matched: { record: OsvRecord; fixed: string[]; notes: string[] }[] = [];
    const seen = new Set<string>();
    for (const record of candidates.get(c.purl) ?? []) {
      if (seen.has(record.id)) continue;
      seen.add(record.id);
      const m = matchRecord(record, c);
      if (m) matched.push({ record, ...m });
    }
    for (const group of groupByAlias(matched)) findings.push(toFinding(c, group));
  }
  applySuppressions(findings, opts.vex ?? [], opts.exceptions ?? [], opts.now);
  return findings.sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      a.id.localeCompare(b.id) ||
      a.component.purl.localeCompare(b.component.purl),
  );
}

type Matched = { record: OsvRecord; fixed: string[]; notes: string[] };

/** Union of records that share any id (own id or alias), transitively. */
function groupByAlias(matched: Matched[]): Matched[][] {
  const parent = matched.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const owner = new Map<string, number>();
  matched.forEach((m, i) => {
    for (const id of [m.record.id, ...(m.record.aliases ?? [])]) {
      const j = owner.get(id);
      if (j === undefined) owner.set(id, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Matched[]>();
  matched.forEach((m, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), m]));
  return [...groups.values()];
}

/** GHSA first (the reviewed, package-level advisory), then CVE, then the first record id. */
function preferredId(recordIds: string[], allIds: string[]): string {
  const sorted = [...allIds].sort();
  return (
    sorted.find((i) => i.startsWith('GHSA-')) ??
    sorted.find((i) => i.startsWith('CVE-')) ??
    [...recordIds].sort()[0]!
  );
}

function toFinding(c: Component, group: Matched[]): VulnFinding {
  const records = group.map((g) => g.record);
  const all = new Set(records.flatMap((r) => [r.id, ...(r.aliases ?? [])]));
  const id = preferredId(
    records.map((r) => r.id),
    [...all],
  );
  const rated = records.map((r) => ({ r, s: severityOfRecord(r) }));
  rated.sort(
    (a, b) =>
      SEVERITIES.indexOf(a.s.severity) - SEVERITIES.indexOf(b.s.severity) ||
      (b.s.cvss?.score ?? -1) - (a.s.cvss?.score ?? -1),
  );
  const worst = rated[0]!.s;
  const main = records.find((r) => r.id === id) ?? rated[0]!.r;
  const summary =
    main.summary ??
    records.find((r) => r.summary)?.summary ??
    (main.details ?? '').split('\n')[0]?.slice(0, 200) ??
    id;
  const order = ecosystemOrder(c.ecosystem);
  const fixed = [...new Set(group.flatMap((g) => g.fixed))].sort((a, b) => order?.(a, b) ?? 0);
  const references = [
    ...new Set([
      ...records.map((r) => `https://osv.dev/vulnerability/${r.id}`),
      ...records.flatMap((r) => (r.references ?? []).map((x) => x.url)),
    ]),
  ];
  const notes = [
    ...new Set([...(worst.note ? [worst.note] : []), ...group.flatMap((g) => g.notes)]),
  ];
  return {
    id,
    aliases: [...all].filter((x) => x !== id).sort(),
    summary: summary || id,
    severity: worst.severity,
    ...(worst.cvss ? { cvss: worst.cvss } : {}),
    component: c,
    fixed,
    references,
    ...(notes.length ? { notes } : {}),
  };
}
