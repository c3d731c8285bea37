import type { LockGraph, LockPackage } from './graph.js';
import type { RootDeps } from './manifest.js';
import { parseYarnV1 } from './yarn-v1.js';
import { isObj, readYamlLock, stringMap } from './yaml-lock.js';

/**
 * `yarn.lock` in both of its formats, without running yarn: the classic v1 format
 * (./yarn-v1.ts) and Berry's (yarn 2 and later), which is YAML with a `__metadata` entry.
 * Entries are keyed by their descriptors (`name@range`); a dependency `name: range` resolves
 * to the entry that lists `name@range` (Berry also writes `name@npm:range`).
 */

/** `name@range` → [name, range]; the name of a scoped package starts with `@`. */
export function splitDescriptor(d: string): [string, string] {
  const at = d.indexOf('@', 1);
  return at < 0 ? [d, ''] : [d.slice(0, at), d.slice(at + 1)];
}

export const isBerry = (text: string) => /^__metadata:/m.test(text);

export function yarnGraph(text: string, file: string, roots: RootDeps | undefined): LockGraph {
  return isBerry(text) ? berryGraph(text, file, roots) : v1Graph(text, file, roots);
}

function rootKeys(
  roots: RootDeps | undefined,
  resolve: (name: string, range: string) => string | undefined,
) {
  const keys = (list: [string, string][]) =>
    list.flatMap(([n, r]) => {
      const k = resolve(n, r);
      return k ? [k] : [];
    });
  return { prodRoots: keys(roots?.prod ?? []), devRoots: keys(roots?.dev ?? []) };
}

function v1Graph(text: string, file: string, roots: RootDeps | undefined): LockGraph {
  const entries = parseYarnV1(text, file);
  const byDescriptor = new Map<string, string>();
  for (const e of entries) for (const d of e.descriptors) byDescriptor.set(d, e.descriptors[0]!);
  const resolve = (name: string, range: string) => byDescriptor.get(`${name}@${range}`);
  const packages: LockPackage[] = entries.map((e) => {
    const [alias, range] = splitDescriptor(e.descriptors[0]!);
    // An alias (`alias@npm:real@^1`) installs the package `real`.
    const name =
      range.startsWith('npm:') && range.indexOf('@', 5) > 0
        ? splitDescriptor(range.slice(4))[0]
        : alias;
    const deps = Object.values(e.blocks).flatMap((b) =>
      Object.entries(b).flatMap(([n, r]) => {
        const k = resolve(n, r);
        return k ? [k] : [];
      }),
    );
    return { key: e.descriptors[0]!, name, version: e.fields.version!, deps };
  });
  return { packages, ...rootKeys(roots, resolve) };
}

/** Protocols of packages that are not from a registry but the project's own folders. */
const OWN = /^(workspace|link|portal|file):/;

function berryGraph(text: string, file: string, roots: RootDeps | undefined): LockGraph {
  const lock = readYamlLock(text, file, 'yarn lockfile');
  const byDescriptor = new Map<string, string>();
  const keys = Object.keys(lock.value).filter((k) => k !== '__metadata');
  for (const k of keys)
    for (const d of k
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean))
      byDescriptor.set(d, k);
  const resolve = (name: string, range: string) =>
    byDescriptor.get(`${name}@${range}`) ?? byDescriptor.get(`${name}@npm:${range}`);
  const packages: LockPackage[] = [];
  for (const k of keys) {
    const e = lock.value[k];
    if (!isObj(e)) throw lock.error([k], `entry "${k}" is not a map`);
    const { version, resolution } = e;
    if (typeof version !== 'string' || typeof resolution !== 'string')
      throw lock.error([k], `entry "${k}" has no version or resolution`);
    const [name, how] = splitDescriptor(resolution);
    if (OWN.test(how)) continue;
    const deps = [...stringMap(e.dependencies), ...stringMap(e.optionalDependencies)].flatMap(
      ([n, r]) => {
        const d = resolve(n, r);
        return d ? [d] : [];
      },
    );
    packages.push({ key: k, name, version, deps });
  }
  return { packages, ...rootKeys(roots, resolve) };
}
