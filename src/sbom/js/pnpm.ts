import type { LockGraph, LockPackage } from './graph.js';
import { isObj, readYamlLock } from './yaml-lock.js';

/**
 * `pnpm-lock.yaml`, without running pnpm, in the three shapes pnpm has written:
 * - 5.x: packages keyed `/name/1.2.3_peer`, dependencies as `name: 1.2.3`, `dev: true|false`;
 * - 6.x: packages keyed `/name@1.2.3(peer@2)`, importers as `name: {specifier, version}`,
 *   `dev: true|false`;
 * - 9.x: `packages` keyed `name@1.2.3` (metadata) and `snapshots` keyed `name@1.2.3(peer@2)`
 *   (the dependency graph), no `dev` field: the walk from the importers decides.
 */

function nameVersion(key: string, major: number): [string, string] | undefined {
  let k = key.startsWith('/') ? key.slice(1) : key;
  if (major < 6) {
    const slash = k.lastIndexOf('/');
    if (slash <= 0) return undefined;
    return [k.slice(0, slash), k.slice(slash + 1).replace(/_.*$/, '')];
  }
  const paren = k.indexOf('(');
  if (paren > 0) k = k.slice(0, paren);
  const at = k.lastIndexOf('@');
  return at > 0 ? [k.slice(0, at), k.slice(at + 1)] : undefined;
}

export function pnpmGraph(text: string, file: string): LockGraph {
  const lock = readYamlLock(text, file, 'pnpm lockfile');
  const v = lock.value;
  const major = Number.parseFloat(String(v.lockfileVersion ?? ''));
  if (!Number.isFinite(major) || major < 5)
    throw lock.error(
      ['lockfileVersion'],
      `lockfileVersion ${JSON.stringify(v.lockfileVersion ?? null)} is not one Tollgate reads (5.x, 6.x, 9.x)`,
    );
  const prefix = major >= 9 ? '' : '/';
  /** A dependency reference (`1.2.3`, `1.2.3(peer@2)`, `alias@1.2.3`, `link:../x`) → key. */
  const ref = (name: string, version: unknown): string | undefined => {
    const ver = isObj(version) ? version.version : version;
    if (typeof ver !== 'string' || /^(link|file|workspace):/.test(ver)) return undefined;
    if (ver.startsWith('/')) return major >= 9 ? ver.slice(1) : ver;
    if (!/^\d/.test(ver) && ver.indexOf('@', 1) > 0) return `${prefix}${ver}`;
    return major < 6 ? `/${name}/${ver}` : `${prefix}${name}@${ver}`;
  };
  const section = major >= 9 ? 'snapshots' : 'packages';
  const graph = v[section] ?? (major >= 9 ? v.packages : undefined) ?? {};
  if (!isObj(graph)) throw lock.error([section], `${section} is not a map`);
  const meta = isObj(v.packages) ? v.packages : {};
  const packages: LockPackage[] = [];
  for (const [key, raw] of Object.entries(graph)) {
    const e = raw ?? {};
    if (!isObj(e)) throw lock.error([section, key], `entry "${key}" is not a map`);
    const nv = nameVersion(key, major);
    const name = typeof e.name === 'string' ? e.name : nv?.[0];
    const version = typeof e.version === 'string' ? e.version : nv?.[1];
    if (!name || !version)
      throw lock.error([section, key], `entry "${key}" names no package and version`);
    const deps = [e.dependencies, e.optionalDependencies].flatMap((m) =>
      isObj(m)
        ? Object.entries(m).flatMap(([n, r]) => {
            const d = ref(n, r);
            return d ? [d] : [];
          })
        : [],
    );
    const metaOf = major >= 9 ? meta[`${name}@${version}`] : undefined;
    const optional = e.optional === true || (isObj(metaOf) && metaOf.optional === true);
    packages.push({
      key,
      name,
      version,
      deps,
      ...(typeof e.dev === 'boolean' ? { dev: e.dev } : {}),
      ...(optional ? { optional } : {}),
    });
  }
  // Importers: 6.x and 9.x list them under `importers` (workspaces) or, for a single
  // project in 5.x and 6.x, at the top level.
  const importers = isObj(v.importers) ? Object.values(v.importers).filter(isObj) : [v];
  const roots = (field: string) =>
    importers.flatMap((imp) =>
      isObj(imp[field])
        ? Object.entries(imp[field]).flatMap(([n, r]) => {
            const d = ref(n, r);
            return d ? [d] : [];
          })
        : [],
    );
  return {
    packages,
    prodRoots: [...roots('dependencies'), ...roots('optionalDependencies')],
    devRoots: roots('devDependencies'),
  };
}
