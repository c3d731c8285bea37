/**
 * Maven version ordering, the basics of ComparableVersion: the version splits into number and
 * word items at `.`, `-` and digit/letter changes; numbers compare numerically, and a number
 * is newer than a word; known qualifiers order alpha < beta < milestone < rc < snapshot <
 * release ("", ga, final) < sp, unknown words after sp (alphabetically); missing items count
 * as 0 or release, so 1.0 == 1.0.0 == 1.0-ga and 1.0-alpha1 < 1.0 < 1.0-sp1 < 1.0.1.
 */
type Item = number | string;

const ALIASES: Record<string, string> = { a: 'alpha', b: 'beta', m: 'milestone', cr: 'rc' };
const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const RELEASE = ['', 'ga', 'final', 'release'];

function items(v: string): Item[] {
  const out: Item[] = [];
  for (const m of v.toLowerCase().matchAll(/\d+|[a-z]+/g)) {
    const t = m[0];
    out.push(/^\d/.test(t) ? Number(t) : RELEASE.includes(t) ? '' : (ALIASES[t] ?? t));
  }
  // Trailing "nothing" items (0, release) do not make a version newer.
  while (out.length && (out[out.length - 1] === 0 || out[out.length - 1] === '')) out.pop();
  return out;
}

function qualifierRank(q: string): [number, string] {
  const i = QUALIFIERS.indexOf(q);
  return i >= 0 ? [i, ''] : [QUALIFIERS.length, q];
}

function cmpItem(a: Item | undefined, b: Item | undefined): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return b === undefined && a === 0 ? 0 : 1;
  if (typeof b === 'number') return a === undefined && b === 0 ? 0 : -1;
  const [ra, sa] = qualifierRank(a ?? '');
  const [rb, sb] = qualifierRank(b ?? '');
  return ra - rb || (sa < sb ? -1 : sa > sb ? 1 : 0);
}

export function compareMaven(a: string, b: string): number | undefined {
  if (!a.trim() || !b.trim()) return undefined;
  const x = items(a);
  const y = items(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = cmpItem(x[i], y[i]);
    if (d) return d;
  }
  return 0;
}
