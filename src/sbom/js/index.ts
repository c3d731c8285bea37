import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { readInput } from '../../core/fs.js';
import { parseJsonUntrusted } from '../../core/untrusted.js';
import type { SbomComponent } from '../types.js';
import { npmComponents, type LockGraph } from './graph.js';
import { rootDeps } from './manifest.js';
import { pnpmGraph } from './pnpm.js';
import { isBerry, yarnGraph } from './yarn.js';

/**
 * npm packages of a yarn or pnpm project, read from `yarn.lock` (classic v1 and Berry) and
 * `pnpm-lock.yaml` alone: no package manager runs and nothing in the repository changes (an
 * `npm install` would rewrite the lockfile it is meant to describe). The components are those
 * the npm path gives; licences come from the installed `node_modules` when it is there.
 */

export const JS_LOCKFILES = ['pnpm-lock.yaml', 'yarn.lock'] as const;

/** Lockfiles are large but bounded: the biggest real ones are a few tens of MiB. */
const MAX_LOCK_BYTES = 64 << 20;

export interface JsLockResult {
  components: SbomComponent[];
  notes: string[];
  /** `yarn.lock (v1)`, `yarn.lock (Berry)`, `pnpm-lock.yaml (9.0)`: for the log and summary. */
  read: string[];
}

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

async function installedLicense(
  repoDir: string,
  c: SbomComponent,
): Promise<Pick<SbomComponent, 'license' | 'licenseSource'>> {
  const dir = join(repoDir, 'node_modules', c.name);
  try {
    const file = join(dir, 'package.json');
    const p = parseJsonUntrusted(
      await readInput(file, 'package.json', 1 << 20),
      'package.json',
      file,
    ) as {
      version?: unknown;
      license?: unknown;
    };
    // Only the copy the lockfile pins: a hoisted copy of another version says nothing of it.
    if (p.version !== c.version) return {};
    return {
      ...(typeof p.license === 'string' && p.license.trim() ? { license: p.license } : {}),
      licenseSource: dir,
    };
  } catch {
    return {};
  }
}

export async function jsLockComponents(repoDir: string): Promise<JsLockResult | undefined> {
  const found = (
    await Promise.all(JS_LOCKFILES.map(async (f) => ((await exists(join(repoDir, f))) ? f : '')))
  ).filter(Boolean);
  if (!found.length) return undefined;
  const roots = await rootDeps(join(repoDir, 'package.json'));
  const byPurl = new Map<string, SbomComponent>();
  const notes: string[] = [];
  const read: string[] = [];
  for (const rel of found) {
    const file = join(repoDir, rel);
    const text = (await readInput(file, 'lock file', MAX_LOCK_BYTES)).toString('utf8');
    let graph: LockGraph;
    if (rel === 'yarn.lock') {
      graph = yarnGraph(text, file, roots);
      read.push(`${rel} (${isBerry(text) ? 'Berry' : 'v1'})`);
    } else {
      graph = pnpmGraph(text, file);
      read.push(rel);
    }
    const { components, devCount } = npmComponents(graph, rel);
    for (const c of components) if (!byPurl.has(c.purl)) byPurl.set(c.purl, c);
    if (devCount)
      notes.push(
        `${rel}: ${devCount} development-only package(s) left out, as the npm path's --omit dev does`,
      );
    if (rel === 'yarn.lock' && !roots)
      notes.push(
        'yarn.lock without a readable package.json: development dependencies cannot be told apart and are listed',
      );
  }
  const components = await Promise.all(
    [...byPurl.values()].map(async (c) => ({ ...c, ...(await installedLicense(repoDir, c)) })),
  );
  return { components, notes, read };
}
