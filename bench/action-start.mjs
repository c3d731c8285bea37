/**
 * Cold start of a step action: `node actions/<step>/dist/index.js` with the inputs and the
 * GitHub environment a job gives it, against `node -e 0`. The step is one without an
 * implementation, so the run measures loading the shared runtime and reporting
 * `not-implemented` (which signs and uploads nothing).
 *
 *   node bench/action-start.mjs [--runs 15] [--step compile]
 *
 * Needs the committed bundles (npm run bundle). Target: ≤ 2× `node -e 0`, reported, not failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const TARGET = 2;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    step: { type: 'string', default: 'compile' },
  },
});
const RUNS = Number(args.runs);
const work = mkdtempSync(join(tmpdir(), 'tollgate-bench-action-'));
writeFileSync(join(work, 'output'), '');
writeFileSync(join(work, 'summary'), '');
const env = {
  PATH: process.env.PATH,
  GITHUB_ACTIONS: 'true',
  GITHUB_WORKSPACE: work,
  GITHUB_SHA: 'a'.repeat(40),
  GITHUB_REPOSITORY: 'bench/repo',
  GITHUB_OUTPUT: join(work, 'output'),
  GITHUB_STEP_SUMMARY: join(work, 'summary'),
  RUNNER_TEMP: work,
  INPUT_SIGNER: 'sigstore',
  'INPUT_REPORTS-DIR': 'tollgate-reports',
};

function time(argv) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, argv, { env, cwd: work, encoding: 'utf8' });
  const ms = performance.now() - t0;
  return { ms, r };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
try {
  const entry = join(root, 'actions', args.step, 'dist/index.js');
  const first = time([entry]);
  // Any outcome the action reports itself counts (not-implemented, or a step that fails fast
  // in the empty workspace); a crash while loading the bundle does not.
  const said = first.r.stdout + first.r.stderr;
  if (
    !/not-implemented|::error::tollgate [a-z-]+: |passed/.test(said) ||
    /ReferenceError|SyntaxError|Cannot find module/.test(said)
  ) {
    throw new Error(`the action did not report an outcome:\n${said}`);
  }
  const action = [];
  const bare = [];
  for (let i = 0; i < RUNS; i++) {
    // Alternate, so both see the same machine state.
    action.push(time([entry]).ms);
    bare.push(time(['-e', '0']).ms);
  }
  const a = median(action);
  const b = median(bare);
  console.log(`action cold start: actions/${args.step}/dist/index.js, median of ${RUNS} runs`);
  console.log(`  node -e 0           ${b.toFixed(0)} ms`);
  console.log(`  step action         ${a.toFixed(0)} ms  = ${(a / b).toFixed(2)}× node -e 0`);
  console.log(`  target ≤ ${TARGET}× node -e 0: ${a / b <= TARGET ? 'met' : 'not met'}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
