import { purlOf } from '../../vuln/purl.js';
import type { SbomComponent } from '../types.js';

/**
 * What every JavaScript lockfile reader (yarn v1, yarn Berry, pnpm) hands over: the packages
 * it pins and the edges between them, so that one walk decides which are development-only.
 */
export interface LockPackage {
  /** Unique within the lockfile (a descriptor, a pnpm key). */
  key: string;
  name: string;
  version: string;
  /** Keys of the packages it depends on (unresolved ones are dropped by the reader). */
  deps: string[];
  /** What the lockfile itself says, when it says it (pnpm before v9: `dev: true|false`). */
  dev?: boolean;
  optional?: boolean;
}

export interface LockGraph {
  packages: LockPackage[];
  /** Keys the project's production and optional dependencies resolve to. */
  prodRoots: string[];
  /** Keys its development dependencies resolve to. */
  devRoots: string[];
}

/**
 * Development-only packages: reachable from a devDependency and not from a production one.
 * A package the walk reaches from neither side (the lockfile of a workspace, a package.json
 * that is gone) is kept as production: leaving a shipped package out of the SBOM would hide
 * its vulnerabilities, keeping a test-only one costs a finding at most.
 */
function devOnly(graph: LockGraph): Set<string> {
  const byKey = new Map(graph.packages.map((p) => [p.key, p]));
  const reach = (roots: string[]) => {
    const seen = new Set<string>();
    const stack = [...roots];
    while (stack.length) {
      const k = stack.pop()!;
      if (seen.has(k)) continue;
      seen.add(k);
      for (const d of byKey.get(k)?.deps ?? []) stack.push(d);
    }
    return seen;
  };
  const prod = reach(graph.prodRoots);
  const dev = reach(graph.devRoots);
  return new Set(
    graph.packages
      .filter((p) => (p.dev !== undefined ? p.dev : dev.has(p.key) && !prod.has(p.key)))
      .map((p) => p.key),
  );
}

/**
 * The npm components of a lockfile as the npm path lists them (`--omit dev`): one per name
 * and version, purl `pkg:npm/...`, scope `optional` where the lockfile marks the package
 * optional. Development-only packages are counted, not listed: the SBOM describes what ships,
 * and the gate judges every component of it.
 */
export function npmComponents(
  graph: LockGraph,
  rel: string,
): { components: SbomComponent[]; devCount: number } {
  const dev = devOnly(graph);
  const out = new Map<string, SbomComponent>();
  const devPurls = new Set<string>();
  for (const p of graph.packages) {
    const purl = purlOf('npm', p.name, p.version);
    if (dev.has(p.key)) {
      devPurls.add(purl);
      continue;
    }
    const had = out.get(purl);
    // One package pinned through several descriptors is one component; optional only when
    // every way to it is.
    if (had) {
      if (had.scope === 'optional' && !p.optional) delete had.scope;
      continue;
    }
    out.set(purl, {
      name: p.name,
      version: p.version,
      purl,
      ecosystem: 'npm',
      bomRef: purl,
      type: 'library',
      location: rel,
      ...(p.optional ? { scope: 'optional' as const } : {}),
    });
  }
  for (const purl of out.keys()) devPurls.delete(purl);
  return { components: [...out.values()], devCount: devPurls.size };
}
