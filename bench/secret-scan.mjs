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
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { nodeProcessRunner } from '../dist/core/process.js';
import { STEPS } from '../dist/pipeline/graph.js';
import { findGitleaks } from '../dist/steps/secret-scan/gitleaks.js';
import { secretScan } from '../dist/steps/secret-scan/index.js';

const SIZES = [1000, 20000];
const CHANGED = 50;
const TARGET_MS = 1000;
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const RUNS = Number(args.runs);
if (!(RUNS >= 1)) throw new Error('--runs must be at least 1');

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
  const g = await findGitleaks(nodeProcessRunner, root);
  console.log(`gitleaks: ${g.kind} (${g.version}); ${RUNS} runs per size, ${CHANGED} files staged`);
  const medians = [];
  for (const size of SIZES) {
    const repo = await makeRepo(root, size);
    const times = [];
    const bases = [];
    for (let r = 0; r < RUNS + 1; r++) {
      const b0 = performance.now();
      spawnSync(process.execPath, ['-e', '0']);
      if (r > 0) bases.push(performance.now() - b0);
      const out = join(root, `out-${size}-${r}`);
      const t0 = performance.now();
      const res = await secretScan.run({
        step,
        repoDir: repo,
        outDir: out,
        inputs: { mode: 'staged' },
        commit: '',
        repository: 'bench/repo',
        upstream: {},
        log: () => {},
        exec: nodeProcessRunner,
        signal: new AbortController().signal,
      });
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
} finally {
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
}
