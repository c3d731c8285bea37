import semver from 'semver';
import { splitEcosystem } from '../purl.js';
import { compareApk } from './apk.js';
import { compareDpkg } from './dpkg.js';
import { compareMaven } from './maven.js';
import { comparePep440 } from './pep440.js';

/** Negative, zero, positive; undefined when a version cannot be read in that ordering. */
export type Compare = (a: string, b: string) => number | undefined;

/** SemVer 2.0 precedence; a leading `v` (Go) is allowed, build metadata is ignored. */
export const compareSemver: Compare = (a, b) => {
  const x = semver.parse(a.trim().replace(/^v/, ''), { loose: true });
  const y = semver.parse(b.trim().replace(/^v/, ''), { loose: true });
  return x && y ? semver.compare(x, y) : undefined;
};

/**
 * The ordering of an OSV ecosystem, for ECOSYSTEM ranges; undefined when Tollgate does not
 * know it (then only explicit `versions` lists can match, see docs/vulnerabilities.md).
 */
export function ecosystemOrder(ecosystem: string): Compare | undefined {
  switch (splitEcosystem(ecosystem)[0]) {
    case 'npm':
    case 'Go':
    case 'crates.io':
    case 'Hex':
    case 'Pub':
      return compareSemver;
    case 'Debian':
    case 'Ubuntu':
      return compareDpkg;
    case 'PyPI':
      return comparePep440;
    case 'Maven':
      return compareMaven;
    case 'Alpine':
      return compareApk;
    default:
      return undefined;
  }
}
