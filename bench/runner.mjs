/**
 * Runner benchmark: how well `tollgate run` uses parallelism. A synthetic graph of fake
 * steps (the real pipeline graph, each step sleeping a given time) is run with enough
 * jobs; the wall time is compared with the sum of the step times (what a serial run takes)
 * and with the critical path (the floor no scheduler can beat).
 *
 *   npm run build && node bench/runner.mjs [--runs 5] [--scale 1]
 *
 * Runs on the compiled code in dist/. Target: wall ≤ 1.15 × critical path. A missed target
 * is reported, not failed: timings depend on the machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createKeySigner, generateKeyPair, parsePrivateKey } from '../dist/attest/signers/key.js';
import { nodeProcessRunner } from '../dist/core/process.js';
import { STEPS } from '../dist/pipeline/graph.js';
import { runLocal } from '../dist/runner/runner.js';

const TARGET = 1.15;
const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, scale: { type: 'string', default: '1' } },
});
const RUNS = Number(args.runs);
const SCALE = Number(args.scale);

// Per-commit stage: durations in ms, shaped like a real pipeline (compile and tests long,
// linters short). Every step reports success, so nothing is skipped.
const MS = {
  'lint-language': 120,
  'lint-iac': 60,
  compile: 200,
  'lint-openapi': 40,
  instrument: 150,
  'unit-tests': 250,
  'integration-tests': 300,
  coverage: 30,
  container: 180,
  sca: 120,
  'container-scan': 160,
  'sign-image': 20,
  'publish-image': 60,
  sast: 400,
};
const steps = STEPS.filter((s) => s.stage === 'per-commit');
const ms = (id) => MS[id] * SCALE;

function criticalPath() {
  const memo = new Map();
  const finish = (s) => {
    if (!memo.has(s.id)) {
      const before = s.needs.map((n) => finish(steps.find((x) => x.id === n)));
      memo.set(s.id, ms(s.id) + Math.max(0, ...before));
    }
    return memo.get(s.id);
  };
  return Math.max(...steps.map(finish));
}

const impl = (def) => ({
  id: def.id,
  run: async () => {
    await new Promise((r) => setTimeout(r, ms(def.id)));
    return {
      status: 'passed',
      attestations: [{ predicateType: 'https://tollgate.dev/attestation/bench/v1', predicate: {} }],
      products: [],
      reports: [],
    };
  },
});
const impls = new Map(steps.map((s) => [s.id, impl(s)]));
const pair = generateKeyPair();
const signer = createKeySigner(parsePrivateKey(pair.privateKeyPem, 'bench key'));
const quiet = { started() {}, finished() {}, close() {} };

async function once(dir) {
  const t0 = performance.now();
  const { verdict } = await runLocal(
    {
      repoDir: dir,
      outDir: join(dir, 'runs'),
      stages: ['per-commit'],
      only: [],
      jobs: steps.length,
      commit: 'a'.repeat(40),
      repository: 'bench/repo',
    },
    {
      implementationOf: (id) => impls.get(id),
      exec: nodeProcessRunner,
      signer,
      publicKeyPem: pair.publicKeyPem,
      env: {},
      now: () => new Date(),
      progress: quiet,
      signal: new AbortController().signal,
    },
  );
  // The fake predicates are not what the gate expects of these steps; what matters here is
  // that every step ran and signed, none was skipped.
  const notRun = verdict.steps.filter((s) => s.bundles.length === 0);
  if (notRun.length) throw new Error(`steps did not run: ${JSON.stringify(notRun)}`);
  return performance.now() - t0;
}

const dir = mkdtempSync(join(tmpdir(), 'tollgate-bench-runner-'));
try {
  await once(dir); // warm-up: module loading and the first key use
  const walls = [];
  for (let i = 0; i < RUNS; i++) walls.push(await once(dir));
  walls.sort((a, b) => a - b);
  const wall = walls[walls.length >> 1];
  const sum = steps.reduce((t, s) => t + ms(s.id), 0);
  const crit = criticalPath();
  const ratio = wall / crit;
  const f = (x) => `${x.toFixed(0)} ms`;
  console.log(`runner: ${steps.length} fake steps of the per-commit stage, median of ${RUNS} runs`);
  console.log(`  sum of step times   ${f(sum)}  (a serial run)`);
  console.log(`  critical path       ${f(crit)}  (the floor)`);
  console.log(
    `  wall time           ${f(wall)}  = ${(wall / sum).toFixed(2)}× the sum, ${ratio.toFixed(2)}× the critical path`,
  );
  console.log(`  target wall ≤ ${TARGET}× critical path: ${ratio <= TARGET ? 'met' : 'not met'}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
