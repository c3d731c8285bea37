/**
 * PEP 440 ordering (the basics the OSV PyPI ranges need): [N!]N(.N)*[{a|b|rc}N][.postN][.devN]
 * [+local], with the normal spellings (alpha, beta, c, pre, preview, rev, r, `-N` post
 * releases, implicit 0). Order: dev releases < pre-releases < final < post releases; trailing
 * zeros of the release do not count (1.0 == 1.0.0); a local label sorts after none.
 */
interface Pep440 {
  epoch: number;
  release: number[];
  pre?: [number, number]; // a=0, b=1, rc=2
  post?: number;
  dev?: number;
  local: (number | string)[];
}

const RE =
  /^v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\d+)?)?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d+)?)?(?:[-_.]?(dev)[-_.]?(\d+)?)?(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?$/;

export function parsePep440(v: string): Pep440 | undefined {
  const m = RE.exec(v.trim().toLowerCase());
  if (!m) return undefined;
  const preKind = m[3];
  const pre: [number, number] | undefined = preKind
    ? [preKind.startsWith('a') ? 0 : preKind.startsWith('b') ? 1 : 2, Number(m[4] ?? 0)]
    : undefined;
  const post = m[5] !== undefined ? Number(m[5]) : m[6] ? Number(m[7] ?? 0) : undefined;
  const release = (m[2] ?? '0').split('.').map(Number);
  while (release.length > 1 && release[release.length - 1] === 0) release.pop();
  return {
    epoch: Number(m[1] ?? 0),
    release,
    ...(pre ? { pre } : {}),
    ...(post !== undefined ? { post } : {}),
    ...(m[8] ? { dev: Number(m[9] ?? 0) } : {}),
    local: m[10] ? m[10].split(/[-_.]/).map((s) => (/^\d+$/.test(s) ? Number(s) : s)) : [],
  };
}

const cmpNum = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0);

function cmpList(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = cmpNum(a[i] ?? 0, b[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** Sort keys as in `packaging.version`: ±Infinity stand for "absent" where PEP 440 needs it. */
function keys(v: Pep440): number[] {
  const pre = v.pre
    ? v.pre
    : v.post === undefined && v.dev !== undefined
      ? [-Infinity, 0]
      : [Infinity, 0];
  return [pre[0] ?? 0, pre[1] ?? 0, v.post ?? -Infinity, v.dev ?? Infinity];
}

function cmpLocal(a: (number | string)[], b: (number | string)[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x !== typeof y) return typeof x === 'number' ? 1 : -1; // numbers sort after strings
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export function comparePep440(a: string, b: string): number | undefined {
  const x = parsePep440(a);
  const y = parsePep440(b);
  if (!x || !y) return undefined;
  return (
    cmpNum(x.epoch, y.epoch) ||
    cmpList(x.release, y.release) ||
    cmpList(keys(x), keys(y)) ||
    cmpLocal(x.local, y.local)
  );
}
