/**
 * Alpine (apk) version ordering, after apk-tools' version.c: dot-separated numbers, an
 * optional letter, suffixes (`_alpha` < `_beta` < `_pre` < `_rc` < none < `_cvs` < `_svn` <
 * `_git` < `_hg` < `_p`, each with an optional number), an optional `~hash`, then `-rN`.
 * 1.2.4_rc1 < 1.2.4 < 1.2.4_p1, 1.2.4 < 1.2.4a, 1.2.4-r1 < 1.2.4-r2 (the revision counts last).
 * The basics only: a letter is compared before suffixes, and numbers after the first are not
 * compared as fractions the way Gentoo-style tools do for leading zeros.
 */
const SUFFIXES = ['alpha', 'beta', 'pre', 'rc', '', 'cvs', 'svn', 'git', 'hg', 'p'];
const RE =
  /^(\d+(?:\.\d+)*)([a-z]?)((?:_(?:alpha|beta|pre|rc|cvs|svn|git|hg|p)\d*)*)(?:~[0-9a-f]+)?(?:-r(\d+))?$/;

interface Apk {
  numbers: number[];
  letter: string;
  suffixes: [number, number][];
  revision: number;
}

function parse(v: string): Apk | undefined {
  const m = RE.exec(v.trim());
  if (!m) return undefined;
  const suffixes = [...(m[3] ?? '').matchAll(/_([a-z]+)(\d*)/g)].map((s): [number, number] => [
    SUFFIXES.indexOf(s[1]!),
    Number(s[2] || 0),
  ]);
  return {
    numbers: m[1]!.split('.').map(Number),
    letter: m[2] ?? '',
    suffixes,
    revision: Number(m[4] ?? 0),
  };
}

export function compareApk(a: string, b: string): number | undefined {
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return undefined;
  for (let i = 0; i < Math.min(x.numbers.length, y.numbers.length); i++) {
    const d = x.numbers[i]! - y.numbers[i]!;
    if (d) return d;
  }
  if (x.numbers.length !== y.numbers.length) return x.numbers.length - y.numbers.length;
  if (x.letter !== y.letter) return x.letter < y.letter ? -1 : 1;
  const none: [number, number] = [SUFFIXES.indexOf(''), 0];
  for (let i = 0; i < Math.max(x.suffixes.length, y.suffixes.length); i++) {
    const [ra, na] = x.suffixes[i] ?? none;
    const [rb, nb] = y.suffixes[i] ?? none;
    if (ra !== rb) return ra - rb;
    if (na !== nb) return na - nb;
  }
  return x.revision - y.revision;
}
