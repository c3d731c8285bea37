import {
  cpSync,
  existsSync,
  globSync,
  mkdirSync,
  realpathSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { dirname, isAbsolute, join, matchesGlob, relative, resolve, sep } from 'node:path';
import type { ArtifactStore } from './artifacts.js';
import { checkout } from './git.js';

/**
 * Third-party actions, emulated by their documented behaviour. Each returns the step's
 * outputs and log lines, or throws an Error whose message is what the action would print
 * before failing the step.
 */
export interface ThirdPartyContext {
  job: string;
  workspace: string;
  repo: string;
  commit: string;
  ref: string;
  repository: string;
  store: ArtifactStore;
  uploaded: string[];
  /** Versions asked of setup-node, in order. */
  setupNode: string[];
  /** The Node.js the emulator has (for setup-node), and its version (`v24.1.0`). */
  node: { path: string; version: string };
  /** RUNNER_TOOL_CACHE, where setup-node keeps its Node.js. */
  toolCache: string;
}

export interface ThirdPartyResult {
  outputs: Record<string, string>;
  log: string[];
  /** Folders the action added to the job's PATH (as through GITHUB_PATH). */
  path?: string[];
}

type Emulation = (inputs: Record<string, string>, c: ThirdPartyContext) => ThirdPartyResult;

const lines = (v: string | undefined) =>
  (v ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

const inside = (workspace: string, p: string) => (isAbsolute(p) ? p : resolve(workspace, p));

/** actions/checkout: the commit's files and a shallow repository (see git.ts). */
const checkoutAction: Emulation = (inputs, c) => {
  const target = inside(c.workspace, inputs.path || '.');
  if (inputs.repository && inputs.repository !== c.repository)
    throw new Error(`the emulator checks out only ${c.repository}, not ${inputs.repository}`);
  if (inputs.ref) throw new Error('the emulator does not check out other refs (input ref)');
  const depth = Number(inputs['fetch-depth'] || '1');
  checkout(target, {
    repo: c.repo,
    commit: c.commit,
    ref: c.ref,
    fetchDepth: depth,
    remote: `https://github.com/${c.repository}`,
  });
  return {
    outputs: { ref: c.ref, commit: c.commit },
    log: [`Checked out ${c.commit} (${c.ref}) into ${target}`],
  };
};

/** The folder an artifact is rooted at: the least common ancestor of the search paths. */
function commonRoot(paths: string[]): string {
  const parts = paths.map((p) => p.split(sep));
  const first = parts[0] ?? [];
  let n = 0;
  while (n < first.length && parts.every((p) => p[n] === first[n])) n++;
  return first.slice(0, n).join(sep) || sep;
}

const hasGlob = (p: string) => /[*?[\]{}]/.test(p);

/** actions/upload-artifact v4: `name`, `path` (lines, globs, `!` exclusions), `if-no-files-found`, `overwrite`. */
const uploadArtifact: Emulation = (inputs, c): ThirdPartyResult => {
  const name = inputs.name || 'artifact';
  const patterns = lines(inputs.path);
  if (!patterns.length) throw new Error('Input required and not supplied: path');
  const includes = patterns.filter((p) => !p.startsWith('!')).map((p) => inside(c.workspace, p));
  const excludes = patterns
    .filter((p) => p.startsWith('!'))
    .map((p) => inside(c.workspace, p.slice(1)));
  const files = new Set<string>();
  const searchRoots: string[] = [];
  const addTree = (p: string) => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) {
      for (const f of globSync('**/*', { cwd: p }))
        if (statSync(join(p, f)).isFile()) files.add(join(p, f));
    } else files.add(p);
  };
  for (const p of includes) {
    if (hasGlob(p)) {
      const base = p.split(sep).findIndex((s) => hasGlob(s));
      searchRoots.push(p.split(sep).slice(0, base).join(sep) || sep);
      for (const f of globSync(p)) addTree(f);
    } else {
      searchRoots.push(existsSync(p) && statSync(p).isDirectory() ? p : dirname(p));
      addTree(p);
    }
  }
  for (const f of [...files])
    if (excludes.some((x) => f === x || f.startsWith(x + sep) || matchesGlob(f, x)))
      files.delete(f);
  if (!files.size) {
    const how = inputs['if-no-files-found'] || 'warn';
    const message = `No files were found with the provided path: ${patterns.join('\n')}. No artifacts will be uploaded.`;
    if (how === 'error') throw new Error(message);
    return { outputs: {}, log: how === 'warn' ? [`::warning::${message}`] : [message] };
  }
  const root = commonRoot(searchRoots);
  const a = c.store.add(
    name,
    c.job,
    (dir) => {
      for (const f of files) {
        const to = join(dir, relative(root, f));
        mkdirSync(dirname(to), { recursive: true });
        cpSync(f, to);
      }
    },
    inputs.overwrite === 'true',
  );
  c.uploaded.push(name);
  return {
    outputs: {
      'artifact-id': String(a.id),
      'artifact-url': `https://github.com/${c.repository}/actions/runs/1/artifacts/${a.id}`,
    },
    log: [
      `With the provided path, there will be ${files.size} files uploaded`,
      `Artifact ${name} has been successfully uploaded! Artifact ID ${a.id}`,
    ],
  };
};

/** actions/download-artifact v4: `name`, `pattern`, `path`, `merge-multiple`; this run only. */
const downloadArtifact: Emulation = (inputs, c) => {
  if (inputs['run-id'])
    throw new Error('the emulator downloads artifacts of this run only (input run-id)');
  const target = inside(c.workspace, inputs.path || '.');
  if (inputs.name) {
    const a = c.store.find(inputs.name);
    if (!a)
      throw new Error(
        `Unable to download artifact(s): Artifact not found for name: ${inputs.name}\n        Please ensure that your artifact is not expired and the artifact was uploaded using a compatible version of toolkit/upload-artifact.`,
      );
    c.store.extract(a, target);
    return {
      outputs: { 'download-path': target },
      log: [`Artifact ${a.name} was downloaded to ${target}`],
    };
  }
  const pattern = inputs.pattern;
  const chosen = c.store.artifacts.filter((a) => !pattern || matchesGlob(a.name, pattern));
  const log = [`Found ${chosen.length} artifact(s)`];
  if (pattern) log.push(`Filtered from ${c.store.artifacts.length} to ${chosen.length} artifacts`);
  const merge = inputs['merge-multiple'] === 'true';
  for (const a of chosen) c.store.extract(a, merge ? target : join(target, a.name));
  if (!chosen.length) mkdirSync(target, { recursive: true });
  log.push(`Total of ${chosen.length} artifact(s) downloaded`);
  return { outputs: { 'download-path': target }, log };
};

/**
 * actions/setup-node: the emulator has one Node.js (the one its actions run on); a version of
 * the same major, or none, puts it first on the job's PATH from the tool cache, as setup-node
 * does (`<tool cache>/node/<version>/x64/bin`). Any other version cannot be honoured here and
 * fails the step rather than let the job run on another Node.
 */
const setupNode: Emulation = (inputs, c) => {
  const want = (inputs['node-version'] ?? '').trim();
  c.setupNode.push(want);
  const have = c.node.version.replace(/^v/, '');
  const major = /^v?(\d+)/.exec(want)?.[1];
  if (want && want !== 'lts/*' && major !== have.split('.')[0])
    throw new Error(
      `setup-node: Node.js ${want} is not available in the emulator (it has ${c.node.version} only)`,
    );
  const bin = join(c.toolCache, 'node', have, 'x64', 'bin');
  mkdirSync(bin, { recursive: true });
  try {
    symlinkSync(realpathSync(c.node.path), join(bin, 'node'));
  } catch (e) {
    // Another job of the run put it there first.
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  return {
    outputs: { 'node-version': c.node.version },
    log: [`Found in cache @ ${bin}`, `node ${c.node.version} on PATH`],
    path: [bin],
  };
};

export const THIRD_PARTY: Record<string, Emulation> = {
  'actions/checkout': checkoutAction,
  'actions/upload-artifact': uploadArtifact,
  'actions/download-artifact': downloadArtifact,
  'actions/setup-node': setupNode,
};
