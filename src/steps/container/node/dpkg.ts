import { readFile } from 'node:fs/promises';
import type { StepContext } from '../../types.js';

/**
 * A distroless-style package database: `/var/lib/dpkg/status.d/<package>` holds the host's own
 * dpkg status stanza of every Debian package that owns a file copied into the image, so an
 * SBOM tool (syft, trivy, Tollgate's sca) lists the OS packages the image really contains,
 * with their real versions. Nothing is made up: a file dpkg does not know stays unlisted.
 */

export const DPKG_STATUS = '/var/lib/dpkg/status';

/** `dpkg -S` lines: `libc6:amd64: /lib/x86_64-linux-gnu/libc.so.6` (several owners comma separated). */
export function parseDpkgSearch(output: string): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const line of output.split('\n')) {
    if (line.startsWith('diversion ')) continue;
    const m = /^(.+?): (\/.*)$/.exec(line.trim());
    if (!m) continue;
    owners.set(
      m[2]!,
      m[1]!.split(',').map((s) => s.trim()),
    );
  }
  return owners;
}

/** The stanza of `pkg` (`name` or `name:arch`) in a dpkg status file, as written there. */
export function stanzaOf(status: string, pkg: string): string | undefined {
  const [name, arch] = pkg.split(':');
  for (const stanza of status.split(/\n\s*\n/)) {
    const field = (f: string) => new RegExp(`^${f}: (.*)$`, 'm').exec(stanza)?.[1]?.trim();
    if (field('Package') !== name) continue;
    if (arch && field('Architecture') !== arch && field('Architecture') !== 'all') continue;
    if (!/^Status: .*installed$/m.test(stanza)) continue;
    return `${stanza.trim()}\n`;
  }
  return undefined;
}

/**
 * The names a file may have in the dpkg database. On a merged-/usr system `/lib` is a link to
 * `usr/lib`, but packages still list `/lib/x86_64-linux-gnu/libc.so.6`; a path found through
 * the links is asked for under both names.
 */
export function dpkgNames(path: string): string[] {
  const m = /^\/usr\/(lib|lib32|lib64|libx32|bin|sbin)\//.exec(path);
  return m ? [path, path.slice(4)] : [path];
}

export interface DpkgRecords {
  /** Package name → its stanza. */
  stanzas: Map<string, string>;
  /** Why there are none (no dpkg on this machine), for the log. */
  note?: string;
}

export async function dpkgRecords(ctx: StepContext, paths: string[]): Promise<DpkgRecords> {
  if (paths.length === 0) return { stanzas: new Map() };
  let status: string;
  let out;
  try {
    status = await readFile(DPKG_STATUS, 'utf8');
    // Exit code 1 only says some paths are not from a package (e.g. a node from a tarball).
    const names = [...new Set(paths.flatMap(dpkgNames))].sort();
    out = await ctx.exec.run('dpkg', ['-S', ...names], { cwd: ctx.repoDir, signal: ctx.signal });
  } catch {
    return { stanzas: new Map(), note: 'no dpkg database on this machine; no OS packages listed' };
  }
  const stanzas = new Map<string, string>();
  for (const owners of parseDpkgSearch(out.stdout).values()) {
    for (const owner of owners) {
      const name = owner.split(':')[0]!;
      if (stanzas.has(name)) continue;
      const stanza = stanzaOf(status, owner);
      if (stanza) stanzas.set(name, stanza);
    }
  }
  return { stanzas };
}
