/**
 * The pre-commit hook as a developer meets it: `tollgate hook run` on a one-file staged change
 * in a repository of 20,000 committed files (generated in a temporary folder, not timed),
 * each run a new process, against `node -e 0`; also the complete local run of the same stage
 * (`tollgate hook run --full`) for comparison. Target: ≤ 0.3 s (reported, not failed).
 *
 *   node bench/hook.mjs [--runs 7] [--files 20000]     (on an existing build: npm run build)
 *
 * The secret scan uses the native gitleaks when one is on PATH, else its WebAssembly build;
 * the output says which.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const TARGET_MS = 300;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/tollgate.js');
const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, files: { type: 'string', default: '20000' } },
});
const RUNS = Number(args.runs);
const FILES = Number(args.files);
if (!(RUNS >= 1 && FILES >= 1)) throw new Error('--runs and --files must be at least 1');

const work = mkdtempSync(join(tmpdir(), 'tollgate-bench-hook-'));
const repo = join(work, 'repo');
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_')));
Object.assign(env, {
  HOME: work,
  XDG_CONFIG_HOME: join(work, 'config'),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'b',
  GIT_AUTHOR_EMAIL: 'b@example.org',
  GIT_COMMITTER_NAME: 'b',
  GIT_COMMITTER_EMAIL: 'b@example.org',
  CI: 'true',
});
const git = (...a) => execFileSync('git', a, { cwd: repo, env, stdio: 'pipe' });

function run(argv) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, argv, { cwd: repo, env, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}:\n${r.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

// As the step decides (src/steps/secret-scan/gitleaks.ts): a gitleaks on PATH that is not
// the WebAssembly package's own launcher.
const native = (process.env.PATH ?? '').split(delimiter).some((d) => {
  if (!d) return false;
  let real;
  try {
    real = realpathSync(join(d, 'gitleaks'));
  } catch {
    return false;
  }
  return !real.includes('gitleaks-cli') && spawnSync(real, ['version']).status === 0;
});

try {
  // 20,000 small source files in 200 folders, committed once.
  mkdirSync(repo);
  git('init', '-q');
  for (let i = 0; i < FILES; i++) {
    const folder = join(repo, 'src', `m${String(i % 200).padStart(3, '0')}`);
    if (i < 200) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `f${i}.js`), `export const v${i} = ${i};\n`);
  }
  git('add', '-A');
  git('commit', '-q', '--no-verify', '-m', 'start');
  // The change being committed: one file, staged.
  writeFileSync(join(repo, 'src/m000/f0.js'), 'export const v0 = "changed";\n');
  git('add', 'src/m000/f0.js');

  run([bin, 'hook', 'run']); // first run: creates the local key
  const times = { bare: [], hook: [], full: [] };
  for (let i = 0; i < RUNS; i++) {
    times.bare.push(run(['-e', '0']));
    times.hook.push(run([bin, 'hook', 'run']));
    times.full.push(run([bin, 'hook', 'run', '--full']));
  }
  const [bare, hook, full] = [median(times.bare), median(times.hook), median(times.full)];
  console.log(
    `pre-commit hook: one staged file in a ${FILES.toLocaleString('en')}-file repository, ` +
      `median of ${RUNS} runs; gitleaks: ${native ? 'native (on PATH)' : 'WebAssembly build'}`,
  );
  console.log(`  node -e 0                      ${bare.toFixed(0).padStart(6)} ms`);
  console.log(
    `  tollgate hook run              ${hook.toFixed(0).padStart(6)} ms   target ≤ ${TARGET_MS} ms: ${hook <= TARGET_MS ? 'met' : 'NOT MET'}`,
  );
  console.log(
    `  tollgate hook run --full       ${full.toFixed(0).padStart(6)} ms   (the complete local run)`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
