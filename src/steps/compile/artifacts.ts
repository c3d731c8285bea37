import { existsSync } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Subject } from '../../attest/statement.js';
import { sha256File } from '../../core/digest.js';
import { TollgateError } from '../../core/errors.js';
import { globMatch } from '../../core/glob.js';
import { LOCKFILE_PATTERN, LOCKFILES } from '../common/detect-language.js';

/** Build output folders, by convention of the common toolchains; the first that exists counts. */
export const OUTPUT_DIRS = ['dist', 'build', 'out'];

/** Never walked for artefacts: dependencies and version control are not what the build made. */
const SKIP = new Set(['node_modules', '.git', '.tollgate']);

/** An upper bound so that a wrong glob (`**` over a monorepo) fails clearly instead of hashing for minutes. */
const MAX_ARTEFACTS = 10_000;

const toPosix = (p: string) => p.split(sep).join('/');

async function walk(root: string, dir: string, out: string[]): Promise<void> {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (SKIP.has(e.name)) continue;
    const full = join(dir, e.name);
    // Symlinks are skipped: following them could leave the repository or loop.
    if (e.isDirectory()) await walk(root, full, out);
    else if (e.isFile()) out.push(toPosix(relative(root, full)));
    if (out.length > MAX_ARTEFACTS) {
      throw new TollgateError(
        'INPUT_INVALID',
        `more than ${MAX_ARTEFACTS} build artefacts under ${root}`,
        { hint: 'narrow the artifacts input' },
      );
    }
  }
}

/** Repository-relative paths of the files a glob list (comma or newline separated) matches. */
export async function filesMatching(repoDir: string, globs: string[]): Promise<string[]> {
  const all: string[] = [];
  await walk(repoDir, repoDir, all);
  return all.filter((f) => globs.some((g) => globMatch(g, f))).sort();
}

export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export async function subjectsOf(repoDir: string, paths: string[]): Promise<Subject[]> {
  const out: Subject[] = [];
  for (const p of paths)
    out.push({ name: p, digest: { sha256: await sha256File(join(repoDir, p)) } });
  return out;
}

/**
 * What the build produced: the files the `artifacts` input names, else everything under the
 * first conventional output folder. Returns the folder or globs used, for the summary.
 */
export async function buildOutputs(
  repoDir: string,
  artifactsInput: string | undefined,
): Promise<{ from: string; products: Subject[] }> {
  const globs = splitList(artifactsInput);
  if (globs.length) {
    return {
      from: globs.join(', '),
      products: await subjectsOf(repoDir, await filesMatching(repoDir, globs)),
    };
  }
  for (const d of OUTPUT_DIRS) {
    const dir = join(repoDir, d);
    if (existsSync(dir) && (await lstat(dir)).isDirectory()) {
      const files: string[] = [];
      await walk(repoDir, dir, files);
      return { from: `${d}/`, products: await subjectsOf(repoDir, files.sort()) };
    }
  }
  return { from: 'no output folder', products: [] };
}

/** Lockfiles at the project root, with their digests: the dependency set the build resolved. */
export async function lockfileMaterials(repoDir: string): Promise<Subject[]> {
  const names = (await readdir(repoDir)).filter(
    (n) => LOCKFILES.includes(n) || LOCKFILE_PATTERN.test(n),
  );
  return subjectsOf(repoDir, names.sort());
}
