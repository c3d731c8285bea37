import { splitEcosystem } from './purl.js';
import type { Component, OsvAffected, OsvEvent, OsvRange, OsvRecord } from './types.js';
import { compareSemver, ecosystemOrder, type Compare } from './version/compare.js';

/**
 * Whether an OSV record affects a component, by the OSV schema's rules: an `affected` entry
 * for the component's (ecosystem, name) matches when the version is in its `versions` list or
 * inside one of its SEMVER / ECOSYSTEM ranges (introduced / fixed / last_affected / limit
 * events, evaluated in version order). GIT ranges name commits, not versions: ignored.
 */
export interface Match {
  /** Fix versions of the ranges that contain the component's version. */
  fixed: string[];
  notes: string[];
}

/** PyPI names compare after PEP 503 normalisation; others exactly. */
export function packageKey(ecosystem: string, name: string): string {
  const n =
    splitEcosystem(ecosystem)[0] === 'PyPI' ? name.toLowerCase().replace(/[-_.]+/g, '-') : name;
  return `${ecosystem}\u0000${n}`;
}

export function matchRecord(record: OsvRecord, c: Component): Match | undefined {
  if (record.withdrawn) return undefined;
  const key = packageKey(c.ecosystem, c.name);
  let hit = false;
  const fixed = new Set<string>();
  const notes = new Set<string>();
  for (const a of record.affected ?? []) {
    if (!a.package || packageKey(a.package.ecosystem, a.package.name) !== key) continue;
    const r = matchAffected(a, c, notes);
    if (!r) continue;
    hit = true;
    for (const f of r) fixed.add(f);
  }
  return hit ? { fixed: [...fixed], notes: [...notes] } : undefined;
}

/** Fix versions (possibly none) when the entry affects the version, else undefined. */
function matchAffected(a: OsvAffected, c: Component, notes: Set<string>): string[] | undefined {
  const ranges = a.ranges ?? [];
  let hit = (a.versions ?? []).includes(c.version);
  const fixed: string[] = [];
  let usable = 0;
  for (const range of ranges) {
    if (range.type === 'GIT') continue; // commits, not versions; the SEMVER/ECOSYSTEM ranges speak for releases
    const cmp = range.type === 'SEMVER' ? compareSemver : ecosystemOrder(c.ecosystem);
    usable++;
    const r = cmp ? inRange(c.version, range, cmp) : 'unknown';
    if (r === 'unknown') {
      notes.add(
        cmp
          ? `version ${c.version} or a range bound could not be read as a ${c.ecosystem} version; reported as affected`
          : `versions of ecosystem ${c.ecosystem} cannot be ordered here; a range of this advisory is reported as affecting every version`,
      );
      hit = true;
      continue;
    }
    if (r.affected) {
      hit = true;
      if (r.fixed) fixed.push(r.fixed);
    }
  }
  if (!a.versions?.length && usable === 0) {
    if (ranges.some((r) => r.type === 'GIT'))
      notes.add('only GIT (commit) ranges given; they are not evaluated, so this entry is ignored');
    else {
      notes.add('the advisory lists no versions or ranges: every version is affected');
      return [];
    }
  }
  return hit ? fixed : undefined;
}

type RangeResult = { affected: boolean; fixed?: string } | 'unknown';

const boundOf = (e: OsvEvent) => e.introduced ?? e.fixed ?? e.last_affected ?? e.limit ?? '';

function inRange(version: string, range: OsvRange, cmp: Compare): RangeResult {
  const events = range.events ?? [];
  // "0" means "before every version": it needs no ordering.
  const lowest = (e: OsvEvent) => e.introduced === '0';
  let failed = false;
  const vs = (a: string, b: string): number => {
    const d = cmp(a, b);
    if (d === undefined) failed = true;
    return d ?? 0;
  };
  const sorted = [...events].sort((x, y) =>
    lowest(x) ? (lowest(y) ? 0 : -1) : lowest(y) ? 1 : vs(boundOf(x), boundOf(y)),
  );
  let affected = false;
  let fix: string | undefined;
  const limits: string[] = [];
  for (const e of sorted) {
    if (e.introduced !== undefined) {
      if (lowest(e) || vs(version, e.introduced) >= 0) [affected, fix] = [true, undefined];
    } else if (e.fixed !== undefined) {
      if (vs(version, e.fixed) >= 0) affected = false;
      else if (affected && fix === undefined) fix = e.fixed;
    } else if (e.last_affected !== undefined) {
      if (vs(version, e.last_affected) > 0) affected = false;
    } else if (e.limit !== undefined) limits.push(e.limit);
  }
  if (limits.length && !limits.some((l) => l === '*' || vs(version, l) < 0)) affected = false;
  if (failed) return 'unknown';
  return { affected, ...(affected && fix ? { fixed: fix } : {}) };
}
