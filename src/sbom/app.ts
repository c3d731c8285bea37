import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TollgateError } from '../core/errors.js';
import type { ProcessRunner } from '../core/process.js';
import { cyclonedxNpm } from './cdx-tool.js';
import { appendComponents, componentsOfBom, newBom } from './cyclonedx.js';
import { jsLockComponents } from './js/index.js';
import { goComponents, pythonComponents } from './lockfiles.js';
import type { Sbom, SbomComponent, SbomTool } from './types.js';

/**
 * The application's SBOM: npm through cyclonedx-npm (or `npm sbom` when that fails), yarn and
 * pnpm projects from their lockfiles read directly (./js), other ecosystems from their
 * lockfiles. A repository with no lockfile of a known ecosystem gets
 * an SBOM without components and a note saying so: there is nothing to scan, which is not
 * an error.
 */

export interface AppSbomOptions {
  repoDir: string;
  exec: ProcessRunner;
  signal: AbortSignal;
  log: (line: string) => void;
}

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

/** npm reads only the local tree here: no update check, no registry request. */
const env = { ...process.env, npm_config_update_notifier: 'false', npm_config_offline: 'true' };

async function npmBom(
  o: AppSbomOptions,
): Promise<{ bom: Record<string, unknown>; tool: SbomTool }> {
  // Without node_modules the tree and the licence ids come from the lockfile alone (no texts).
  const lockOnly = !(await exists(join(o.repoDir, 'node_modules')));
  const scratch = await mkdtemp(join(tmpdir(), 'tollgate-sbom-'));
  const out = join(scratch, 'bom.json');
  try {
    const cdx = await cyclonedxNpm();
    const args = [cdx.script, '--output-format', 'JSON', '--spec-version', '1.5', '--omit', 'dev'];
    args.push('--flatten-components', '--output-file', out);
    if (lockOnly) args.push('--package-lock-only');
    const r = await o.exec.run(process.execPath, args, { cwd: o.repoDir, env, signal: o.signal });
    if (r.code === 0) {
      return {
        bom: await readBom(out, 'cyclonedx-npm'),
        tool: { name: 'cyclonedx-npm', version: cdx.version },
      };
    }
    const why = r.stderr.trim().split('\n').slice(-3).join(' ');
    o.log(`sca: cyclonedx-npm failed (exit ${r.code}: ${why}); trying npm sbom`);
    const npmArgs = ['sbom', '--sbom-format', 'cyclonedx', '--omit', 'dev'];
    if (lockOnly) npmArgs.push('--package-lock-only');
    const n = await o.exec.run('npm', npmArgs, { cwd: o.repoDir, env, signal: o.signal });
    if (n.code !== 0) {
      throw new TollgateError(
        'INPUT_INVALID',
        `${join(o.repoDir, 'package-lock.json')}: neither cyclonedx-npm nor npm sbom could read the dependency tree: ${why}`,
        { hint: 'run npm ci (or npm install) so that package-lock.json matches package.json' },
      );
    }
    const v = await o.exec.run('npm', ['--version'], { cwd: o.repoDir });
    return { bom: parseBom(n.stdout, 'npm sbom'), tool: { name: 'npm', version: v.stdout.trim() } };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function readBom(path: string, tool: string): Promise<Record<string, unknown>> {
  return parseBom(await readFile(path, 'utf8').catch(() => ''), tool);
}

function parseBom(text: string, tool: string): Record<string, unknown> {
  try {
    const bom = JSON.parse(text) as Record<string, unknown>;
    if (bom.bomFormat !== 'CycloneDX') throw new Error('bomFormat is not CycloneDX');
    return bom;
  } catch (e) {
    throw new TollgateError(
      'INTERNAL',
      `${tool} wrote no CycloneDX JSON: ${(e as Error).message}`,
      {
        hint: `run ${tool} in the repository by hand to see its output`,
      },
    );
  }
}

async function repoName(repoDir: string): Promise<{ name: string; version?: string }> {
  const text = await readFile(join(repoDir, 'package.json'), 'utf8').catch(() => undefined);
  if (text) {
    try {
      const p = JSON.parse(text) as { name?: string; version?: string };
      if (p.name) return { name: p.name, ...(p.version ? { version: p.version } : {}) };
    } catch {
      // a broken package.json is npm's error to report; the name is cosmetic here
    }
  }
  return { name: repoDir.split('/').filter(Boolean).pop() ?? 'application' };
}

export async function appSbom(o: AppSbomOptions): Promise<Sbom> {
  const notes: string[] = [];
  const tools: SbomTool[] = [];
  const extra: SbomComponent[] = [];
  let bom: Record<string, unknown> | undefined;
  let components: SbomComponent[] = [];
  let ecosystems = 0;

  const npmLock = ['package-lock.json', 'npm-shrinkwrap.json'];
  if ((await Promise.all(npmLock.map((f) => exists(join(o.repoDir, f))))).some(Boolean)) {
    ecosystems++;
    const r = await npmBom(o);
    bom = r.bom;
    tools.push(r.tool);
    components = componentsOfBom(bom, o.repoDir);
    o.log(`sca: ${r.tool.name} ${r.tool.version}: ${components.length} npm package(s)`);
  } else {
    const js = await jsLockComponents(o.repoDir);
    if (js) {
      ecosystems++;
      extra.push(...js.components);
      notes.push(...js.notes);
      o.log(`sca: ${js.read.join(', ')}: ${js.components.length} npm package(s)`);
    } else if (await exists(join(o.repoDir, 'package.json'))) {
      notes.push(
        'package.json without package-lock.json, yarn.lock or pnpm-lock.yaml: npm dependencies are not pinned, so they are not in the SBOM (commit a lockfile)',
      );
    }
  }
  const py = await pythonComponents(join(o.repoDir, 'requirements.txt'), 'requirements.txt');
  if (py) {
    ecosystems++;
    extra.push(...py.components);
    notes.push(...py.notes);
  }
  const go = await goComponents(join(o.repoDir, 'go.sum'), 'go.sum');
  if (go) {
    ecosystems++;
    extra.push(...go);
  }
  if (ecosystems === 0) {
    notes.push(
      'no lockfile of a known ecosystem (package-lock.json, yarn.lock, pnpm-lock.yaml, requirements.txt, go.sum): the SBOM lists no components',
    );
  }
  if (!bom) {
    const name = await repoName(o.repoDir);
    bom = newBom({ type: 'application', ...name }, extra, tools);
  } else if (extra.length) {
    appendComponents(bom, extra);
  }
  return { bom, components: [...components, ...extra], tools, notes };
}
