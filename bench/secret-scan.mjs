/**
 * Secret-scan benchmark: the pre-commit hook (mode staged) on a typical change of 50 files,
 * inside repositories of 1,000 and 20,000 files, in one run so the two medians can be
 * compared. The staged scan reads only `git diff --cached`, so its time should not grow
 * with the repository.
 *
 *   tsc -p tsconfig.json && node bench/secret-scan.mjs [--runs 7]
 *
 * Runs on the compiled code in dist/. Targets are reported as met or not met, never failed:
 * timings depend on the machine (and gitleaks as WASM costs far more than the native binary).
 * Each run is paired with a bare `node -e 0` start, so that a busy machine shows up in the
 * baseline too; bench/secret-scan-phases.mjs splits the scan's time into its parts.
 *
 * Then a tree scan (mode tree: every tracked file) of the 20,000-file repository, in MB/s of
 * tracked content, with the native gitleaks (scripts/setup.sh builds it into .tools/) and
 * with the WebAssembly build in the same run (--tree-runs, default 1, runs of each).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { nodeProcessRunner } from '../dist/core/process.js';
import { STEPS } from '../dist/pipeline/graph.js';
import { NO_TOOLS, nativeTools } from '../dist/steps/common/native-tools.js';
import { describeGitleaks, findGitleaks } from '../dist/steps/secret-scan/gitleaks.js';
import { secretScan } from '../dist/steps/secret-scan/index.js';

const SIZES = [1000, 20000];
const CHANGED = 50;
const TARGET_MS = 1000;
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    'tree-runs': { type: 'string', default: '1' },
  },
});
const RUNS = Number(args.runs);
if (!(RUNS >= 1)) throw new Error('--runs must be at least 1');
const TREE_RUNS = Number(args['tree-runs']);
if (!(TREE_RUNS >= 1)) throw new Error('--tree-runs must be at least 1');
const TOOLS = nativeTools(process.env);

const gitEnv = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
};
// No background gc or maintenance: it would race with the clean-up of the temp folder.
const git = (cwd, ...a) =>
  execFileSync('git', ['-c', 'gc.auto=0', '-c', 'maintenance.auto=false', ...a], {
    cwd,
    env: gitEnv,
    maxBuffer: 1 << 28,
  });

/** Source-like files of about 1 KB in 100 folders, one commit, then 50 files changed and staged. */
async function makeRepo(root, files) {
  const dir = join(root, `repo-${files}`);
  for (let d = 0; d < 100; d++) await mkdir(join(dir, `pkg${d}`), { recursive: true });
  const body = (i) =>
    `// module ${i}\nexport function f${i}(x) {\n  return x * ${i} + ${i % 7};\n}\n`.repeat(12);
  for (let i = 0; i < files; i++) await writeFile(join(dir, `pkg${i % 100}`, `m${i}.js`), body(i));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  for (let i = 0; i < CHANGED; i++) {
    const f = join(dir, `pkg${i % 100}`, `m${i * 7}.js`);
    await writeFile(
      f,
      `${body(i * 7)}export const added${i} = { retries: ${i}, name: 'n${i}' };\n`,
    );
  }
  git(dir, 'add', '-A');
  return dir;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const root = await mkdtemp(join(tmpdir(), 'tollgate-bench-secret-'));
try {
  const step = STEPS.find((s) => s.id === 'secret-scan');
  const g = await findGitleaks(nodeProcessRunner, root, TOOLS);
  console.log(`${describeGitleaks(g)}; ${RUNS} runs per size, ${CHANGED} files staged`);
  const context = (repo, out, mode, tools) => ({
    step,
    repoDir: repo,
    outDir: out,
    inputs: { mode },
    commit: '',
    repository: 'bench/repo',
    upstream: {},
    log: () => {},
    exec: nodeProcessRunner,
    signal: new AbortController().signal,
    tools,
  });
  let largest;
  const medians = [];
  for (const size of SIZES) {
    const repo = await makeRepo(root, size);
    largest = repo;
    const times = [];
    const bases = [];
    for (let r = 0; r < RUNS + 1; r++) {
      const b0 = performance.now();
      spawnSync(process.execPath, ['-e', '0']);
      if (r > 0) bases.push(performance.now() - b0);
      const out = join(root, `out-${size}-${r}`);
      const t0 = performance.now();
      const res = await secretScan.run(context(repo, out, 'staged', TOOLS));
      const ms = performance.now() - t0;
      if (res.status !== 'passed')
        throw new Error(`wrong verdict on a clean change: ${res.reason}`);
      if (r > 0) times.push(ms); // the first run warms the file cache
    }
    const m = median(times);
    medians.push(m);
    const base = median(bases);
    console.log(
      `${String(size).padStart(6)} files: median ${m.toFixed(0)} ms ` +
        `(min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}); ` +
        `node -e 0 ${base.toFixed(0)} ms, scan/baseline ×${(m / base).toFixed(1)}`,
    );
  }
  const growth = medians[1] / medians[0];
  console.log(`growth 20,000 vs 1,000 files: ×${growth.toFixed(2)} (flat: ≤ ×1.5)`);
  console.log(
    `target median ≤ ${TARGET_MS} ms: ${medians.every((m) => m <= TARGET_MS) ? 'met' : 'not met'}`,
  );
  console.log(`does not grow with the repository: ${growth <= 1.5 ? 'met' : 'not met'}`);

  // Tree mode over the largest repository: the bytes of its tracked files per second.
  git(largest, 'commit', '-q', '-m', 'change');
  let bytes = 0;
  for (const f of git(largest, 'ls-files', '-z').toString().split('\0').filter(Boolean))
    bytes += (await stat(join(largest, f))).size;
  const mb = bytes / 1e6;
  const builds = [
    ['native', TOOLS],
    ['wasm', NO_TOOLS],
  ];
  const rates = {};
  for (const [label, tools] of builds) {
    const build = await findGitleaks(nodeProcessRunner, root, tools);
    if (label === 'native' && build.kind !== 'native') {
      console.log('tree scan, native: no native gitleaks (run scripts/setup.sh)');
      continue;
    }
    const times = [];
    for (let r = 0; r < TREE_RUNS; r++) {
      const t0 = performance.now();
      const res = await secretScan.run(
        context(largest, join(root, `tree-${label}-${r}`), 'tree', tools),
      );
      times.push(performance.now() - t0);
      if (res.status !== 'passed') throw new Error(`wrong verdict on a clean tree: ${res.reason}`);
    }
    const m = median(times);
    rates[label] = mb / (m / 1000);
    console.log(
      `tree scan, ${SIZES.at(-1)} files (${mb.toFixed(1)} MB tracked), ${describeGitleaks(build)}: ` +
        `median ${(m / 1000).toFixed(1)} s, ${rates[label].toFixed(2)} MB/s`,
    );
  }
  if (rates.native && rates.wasm)
    console.log(
      `tree scan: native ×${(rates.native / rates.wasm).toFixed(1)} the WebAssembly build's throughput`,
    );
} finally {
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
}
