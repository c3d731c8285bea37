/**
 * Cold start of the command line: `tollgate --help` and `tollgate verify` on 28 key-signed
 * bundles (as many as the pipeline has steps), each a new process, against `node -e 0`.
 * The bundles are made the way a user makes them, with `tollgate keygen` and `tollgate attest`
 * (not timed), in a temporary folder removed at the end.
 *
 *   node bench/cli-start.mjs [--runs 15]       (on an existing build: npm run build)
 *   node --cpu-prof bin/tollgate.js --help     (where the time of one start goes)
 *
 * The three commands alternate within each repetition, so all see the same machine state;
 * medians are reported, and the ratios come from the same run. Targets (reported, not
 * failed, since timings depend on the machine): --help ≤ 3×, verify ≤ 6× `node -e 0`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const STEPS = 28;
const TARGETS = { help: 3, verify: 6 };
const TEST_RESULT = 'https://in-toto.io/attestation/test-result/v0.1';
const COMMIT = 'c0'.repeat(20);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/tollgate.js');
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const RUNS = Number(args.runs);
if (!(RUNS >= 1)) throw new Error('--runs must be at least 1');

const work = mkdtempSync(join(tmpdir(), 'tollgate-bench-cli-'));
const env = { PATH: process.env.PATH, HOME: work, XDG_CONFIG_HOME: join(work, 'config') };

function run(argv, check = true) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, argv, { cwd: work, env, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (check && r.status !== 0) {
    throw new Error(`${argv.join(' ')} exited ${r.status}:\n${r.stdout}${r.stderr}`);
  }
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

try {
  // Set-up: a key, 28 signed bundles of passing tests, and a policy requiring all 28 steps.
  run([bin, 'keygen', '--out', 'ci']);
  writeFileSync(
    join(work, 'tests.json'),
    JSON.stringify({ result: 'PASSED', passedTests: ['a'], failedTests: [] }),
  );
  const steps = Array.from({ length: STEPS }, (_, i) => `step-${String(i + 1).padStart(2, '0')}`);
  for (const step of steps) {
    run([
      bin,
      'attest',
      ...['--step', step, '--predicate-type', TEST_RESULT, '--predicate', 'tests.json'],
      ...['--key', 'ci.key', '--commit', COMMIT, '--repository', 'bench/cli'],
      ...['--out', `bundles/${step}.sigstore.json`],
    ]);
  }
  const policy = [
    'version: 1',
    'signers:',
    '  ci: { key: ci.pub }',
    'stages:',
    '  per-commit:',
    `    require: [${steps.join(', ')}]`,
    'steps:',
    ...steps.map((s) => `  ${s}: { predicateType: ${TEST_RESULT} }`),
    '',
  ].join('\n');
  writeFileSync(join(work, 'tollgate.yml'), policy);
  const verify = [bin, 'verify', '--policy', 'tollgate.yml', '--bundles', 'bundles'];
  verify.push('--commit', COMMIT);
  run(verify); // exits 0 only when all 28 passed: a fast wrong answer would not count

  const times = { bare: [], help: [], verify: [] };
  for (let i = 0; i < RUNS; i++) {
    times.bare.push(run(['-e', '0']));
    times.help.push(run([bin, '--help']));
    times.verify.push(run(verify));
  }
  const bare = median(times.bare);
  const line = (name, ms, target) => {
    const ratio = ms / bare;
    const verdict =
      target === undefined ? '' : `target ≤ ${target}×: ${ratio <= target ? 'met' : 'NOT MET'}`;
    return `  ${name.padEnd(34)}${ms.toFixed(0).padStart(6)} ms ${`${ratio.toFixed(2)}×`.padStart(8)}   ${verdict}`;
  };
  console.log(`CLI cold start, median of ${RUNS} runs each, alternating (Node ${process.version})`);
  console.log(line('node -e 0', bare));
  console.log(line('tollgate --help', median(times.help), TARGETS.help));
  console.log(line(`tollgate verify (${STEPS} bundles)`, median(times.verify), TARGETS.verify));
} finally {
  rmSync(work, { recursive: true, force: true });
}
