import { constants } from 'node:fs';
import { access, realpath, stat } from 'node:fs/promises';
import { delimiter, dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256File } from '../../core/digest.js';
import type { Finding } from '../../attest/predicates/builders.js';
import type { ProcessRunner } from '../../core/process.js';
import type { ToolLocator } from '../types.js';

/**
 * Where the native scanners live that scripts/setup.sh installs (gitleaks built with Go;
 * zizmor, checkov, hadolint and njsscan from PyPI). Steps never read PATH themselves: they
 * ask the locator in their context, which the runner and the step actions build from their
 * environment, so a test can point a step at a folder of tools, or at none.
 */

/** Tollgate's own folder (src/steps/common or dist/steps/common, three levels down). */
const TOLLGATE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The folders searched, in order: TOLLGATE_TOOLS_DIR/bin, Tollgate's .tools/bin, then PATH. */
export function toolDirs(env: NodeJS.ProcessEnv): string[] {
  return [
    ...(env.TOLLGATE_TOOLS_DIR ? [join(env.TOLLGATE_TOOLS_DIR, 'bin')] : []),
    join(TOLLGATE_ROOT, '.tools', 'bin'),
    ...(env.PATH ?? '').split(delimiter).filter(Boolean),
  ];
}

async function executable(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return false;
  return access(path, constants.X_OK).then(
    () => true,
    () => false,
  );
}

/**
 * A locator over these folders. npm's shims (anything that resolves into a node_modules
 * folder, such as the WebAssembly gitleaks' `gitleaks` command) are not native tools and are
 * passed over: the step starts those itself, without a second Node start through PATH.
 */
export function toolsIn(dirs: readonly string[]): ToolLocator {
  const cache = new Map<string, Promise<string | undefined>>();
  const search = async (name: string): Promise<string | undefined> => {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      const real = await realpath(candidate).catch(() => undefined);
      if (!real || real.split(sep).includes('node_modules')) continue;
      if (await executable(real)) return candidate;
    }
    return undefined;
  };
  return {
    find(name) {
      let hit = cache.get(name);
      if (!hit) cache.set(name, (hit = search(name)));
      return hit;
    },
  };
}

/** The locator of a process with this environment (the runner's and the actions' default). */
export function nativeTools(env: NodeJS.ProcessEnv): ToolLocator {
  return toolsIn(toolDirs(env));
}

/** A locator that finds nothing: every step runs its fallback. */
export const NO_TOOLS: ToolLocator = { find: () => Promise.resolve(undefined) };

/** Which build of a tool ran, for the log and the attestation. */
export interface ToolIdentity {
  name: string;
  version: string;
  /** The sha256 of the executable that ran (after symlinks); absent for a packaged fallback. */
  sha256?: string;
  path: string;
}

/** `name version (sha256:…)`, as logs and the attested tool versions show it. */
export function describeTool(t: ToolIdentity): string {
  return `${t.name} ${t.version}${t.sha256 ? ` (sha256:${t.sha256})` : ''}`;
}

/**
 * Asks a native tool for its version (its first line of output matching `pattern`, else the
 * first line) and hashes its executable. Undefined when it does not answer with exit 0: a
 * broken install then counts as absent and the step keeps its fallback.
 */
export async function identifyTool(
  exec: ProcessRunner,
  name: string,
  path: string,
  versionArgs: string[],
  cwd: string,
  pattern = /\d+\.\d+(\.\d+)?/,
): Promise<ToolIdentity | undefined> {
  const probe = await exec.run(path, versionArgs, { cwd }).catch(() => undefined);
  if (probe?.code !== 0) return undefined;
  const text = `${probe.stdout}\n${probe.stderr}`;
  const version = text.match(pattern)?.[0] ?? text.trim().split('\n')[0] ?? 'unknown';
  const real = await realpath(path);
  return { name, version, sha256: await sha256File(real), path };
}

/**
 * The SARIF run of a native tool for finishScan: none when the tool was not installed (the
 * step logged that it fell back). Its version carries the executable's digest, so the
 * attested tool versions say exactly which build ran.
 */
export function nativeRun(
  run: { tool?: ToolIdentity; findings: Finding[] },
  informationUri: string,
): { tool: { name: string; version: string; informationUri: string }; findings: Finding[] }[] {
  if (!run.tool) return [];
  const { name, version, sha256 } = run.tool;
  return [
    {
      tool: { name, version: `${version}${sha256 ? ` (sha256:${sha256})` : ''}`, informationUri },
      findings: run.findings,
    },
  ];
}

/**
 * Drops a native tool's findings that one of Tollgate's own findings already reports: same
 * file, same line (or no line on either side), and a rule that `covers` names as its
 * equivalent. Our finding is kept, with its stable id, documented help and fingerprint, so
 * exceptions and baselines written for it go on working whether or not the tool is there.
 */
export function dropCovered(
  native: Finding[],
  ours: readonly Finding[],
  covers: Readonly<Record<string, readonly string[]>>,
): { kept: Finding[]; dropped: number } {
  const taken = new Set<string>();
  for (const f of ours)
    for (const other of covers[f.ruleId] ?? [])
      taken.add(`${other}\u0000${f.location?.path ?? ''}\u0000${f.location?.line ?? ''}`);
  const kept = native.filter(
    (f) =>
      !taken.has(`${f.ruleId}\u0000${f.location?.path ?? ''}\u0000${f.location?.line ?? ''}`) &&
      !taken.has(`${f.ruleId}\u0000${f.location?.path ?? ''}\u0000`),
  );
  return { kept, dropped: native.length - kept.length };
}
