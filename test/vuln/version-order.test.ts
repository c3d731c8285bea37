import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareApk } from '../../src/vuln/version/apk.js';
import { compareDpkg } from '../../src/vuln/version/dpkg.js';
import { compareMaven } from '../../src/vuln/version/maven.js';
import { comparePep440 } from '../../src/vuln/version/pep440.js';
import { compareSemver } from '../../src/vuln/version/compare.js';

const sign = (n: number | undefined) => (n === undefined ? undefined : Math.sign(n));

/** The real dpkg on this machine is the reference for Debian ordering. */
function dpkgSays(a: string, b: string): number {
  for (const [op, r] of [
    ['lt', -1],
    ['eq', 0],
  ] as const) {
    try {
      execFileSync('dpkg', ['--compare-versions', a, op, b], { stdio: 'ignore' });
      return r;
    } catch {
      // not this relation
    }
  }
  return 1;
}

describe('dpkg ordering', () => {
  it.each([
    ['1.0~rc1', '1.0', -1],
    ['2:1.0', '1:9.9', 1],
    ['1.2.3-1+deb12u1', '1.2.3-1', 1],
    ['1.0~~', '1.0~', -1],
    ['1.0~', '1.0', -1],
    ['1.0a', '1.0+', -1], // letters before non-letters
    ['1.0', '1.0.0', -1],
    ['1.01', '1.1', 0],
    ['3.0.13-1~deb12u1', '3.0.14-1~deb12u1', -1],
    ['2.36-9+deb12u3', '2.36-9+deb12u14', -1],
    ['1:1.2.13.dfsg-1', '1:1.2.11.dfsg-4.1', 1],
    ['0:1.0', '1.0', 0],
  ])('%s vs %s → %i, as dpkg says', (a, b, want) => {
    expect(sign(compareDpkg(a, b))).toBe(want);
    expect(dpkgSays(a, b)).toBe(want);
  });

  it('rejects what dpkg rejects: empty, spaces, a bad epoch', () => {
    expect(compareDpkg('', '1.0')).toBeUndefined();
    expect(compareDpkg('1 0', '1.0')).toBeUndefined();
    expect(compareDpkg('a:1.0', '1.0')).toBeUndefined();
  });

  it('agrees with dpkg --compare-versions on random versions', () => {
    const part = fc.stringMatching(/^[0-9][0-9a-z.+~]{0,5}$/);
    const version = fc
      .tuple(
        fc.option(fc.integer({ min: 0, max: 2 })),
        part,
        fc.option(fc.stringMatching(/^[0-9a-z+~.]{1,5}$/)),
      )
      .map(([e, u, r]) => `${e === null ? '' : `${e}:`}${u}${r === null ? '' : `-${r}`}`);
    const pairs = fc.sample(fc.tuple(version, version), { numRuns: 60, seed: 440 });
    // One shell for all pairs: dpkg is the oracle, a process per comparison is the cost.
    const script = pairs
      .map(
        ([a, b]) =>
          `if dpkg --compare-versions '${a}' lt '${b}'; then echo -1; elif dpkg --compare-versions '${a}' eq '${b}'; then echo 0; else echo 1; fi`,
      )
      .join('\n');
    const oracle = execFileSync('bash', ['-c', script], { encoding: 'utf8' }).trim().split('\n');
    const mine = pairs.map(([a, b]) => String(sign(compareDpkg(a, b))));
    const disagreements = pairs.filter((_, i) => mine[i] !== oracle[i]);
    expect(oracle).toHaveLength(pairs.length);
    expect(disagreements).toEqual([]);
  });
});

describe('other orderings', () => {
  it.each([
    ['1.0.dev0', '1.0a1', -1],
    ['1.0a1', '1.0b2', -1],
    ['1.0rc1', '1.0', -1],
    ['1.0', '1.0.post1', -1],
    ['1.0', '1.0.0', 0],
    ['1!0.1', '2.0', 1],
    ['1.0+local', '1.0', 1],
    ['1.0-1', '1.0.post1', 0],
    ['2.0.0alpha', '2.0.0a0', 0],
  ])('PEP 440 %s vs %s → %i', (a, b, want) => expect(sign(comparePep440(a, b))).toBe(want));

  it.each([
    ['1.0-alpha1', '1.0', -1],
    ['1.0-beta', '1.0-rc1', -1],
    ['1.0-SNAPSHOT', '1.0', -1],
    ['1.0', '1.0.0-ga', 0],
    ['1.0', '1.0-sp1', -1],
    ['1.0-sp1', '1.0.1', -1],
    ['2.10', '2.9', 1],
  ])('Maven %s vs %s → %i', (a, b, want) => expect(sign(compareMaven(a, b))).toBe(want));

  it.each([
    ['v1.2.3', '1.2.4', -1],
    ['v0.0.0-20210101000000-abcdefabcdef', 'v0.0.1', -1],
    ['v2.0.0+incompatible', 'v2.0.0', 0],
    ['5.0.0-alpha.1', '5.0.0-beta.3', -1],
  ])('SemVer / Go %s vs %s → %i', (a, b, want) => expect(sign(compareSemver(a, b))).toBe(want));

  it.each([
    ['1.2.4-r2', '1.2.4-r3', -1],
    ['1.2.4_rc1', '1.2.4', -1],
    ['1.2.4', '1.2.4a', -1],
    ['1.2.4_p1', '1.2.4', 1],
    ['1.2.4_alpha2', '1.2.4_beta1', -1],
    ['1.10', '1.9', 1],
    ['1.2', '1.2.0', -1],
    ['3.1.4-r5', '3.1.4-r5', 0],
  ])('Alpine %s vs %s → %i', (a, b, want) => expect(sign(compareApk(a, b))).toBe(want));
});
