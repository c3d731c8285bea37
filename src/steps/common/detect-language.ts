import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export type Language = 'node' | 'go' | 'python';

/** Files whose presence says which toolchain builds the project; the first match wins. */
const MARKERS: [Language, string[]][] = [
  ['node', ['package.json']],
  ['go', ['go.mod']],
  ['python', ['pyproject.toml', 'setup.py', 'setup.cfg', 'requirements.txt']],
];

export function detectLanguage(repoDir: string): Language | undefined {
  for (const [lang, files] of MARKERS) {
    if (files.some((f) => existsSync(join(repoDir, f)))) return lang;
  }
  return undefined;
}

/**
 * Lockfiles pin what the build resolved; they are materials of the build, so a gate can see
 * which dependency set an artefact came from. Listed by name at the project root.
 */
export const LOCKFILES = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'go.sum',
  'poetry.lock',
  'Pipfile.lock',
  'uv.lock',
  'Cargo.lock',
];

/** Python projects pin with any number of requirements files (requirements-dev.txt, ...). */
export const LOCKFILE_PATTERN = /^requirements[\w.-]*\.txt$/;

export interface PackageJson {
  scripts?: Record<string, string>;
}

export async function readPackageJson(repoDir: string): Promise<PackageJson | undefined> {
  try {
    return JSON.parse(await readFile(join(repoDir, 'package.json'), 'utf8')) as PackageJson;
  } catch {
    return undefined;
  }
}

/**
 * The build command used when the input says `auto`. Node: install only when nothing is
 * installed and a lockfile pins the set (npm ci refuses otherwise), then the build script if
 * there is one. Undefined when the language is unknown: guessing a build would attest a
 * build that never happened.
 */
export async function defaultBuildCommand(
  repoDir: string,
  lang: Language | undefined,
  options: { goCover?: boolean } = {},
): Promise<string | undefined> {
  switch (lang) {
    case 'node': {
      const parts: string[] = [];
      const locked = ['package-lock.json', 'npm-shrinkwrap.json'].some((f) =>
        existsSync(join(repoDir, f)),
      );
      if (locked && !existsSync(join(repoDir, 'node_modules'))) parts.push('npm ci');
      const pkg = await readPackageJson(repoDir);
      if (pkg?.scripts?.build) parts.push('npm run build');
      // A package without a build script has nothing to compile; `true` keeps the step honest
      // (the provenance then records the sources' state) rather than failing.
      return parts.length ? parts.join(' && ') : 'true';
    }
    case 'go':
      return options.goCover ? 'go build -cover ./...' : 'go build ./...';
    case 'python':
      return 'python -m compileall -q .';
    default:
      return undefined;
  }
}
