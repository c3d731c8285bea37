/**
 * Gate benchmark: how long `tollgate verify` takes on many bundles, against the bare
 * node:crypto work that verifying the same signatures needs at the very least.
 *
 *   npm run bench                      (builds dist/ first)
 *   node bench/gate.mjs --runs 25      (on an existing build)
 *   node --cpu-prof bench/gate.mjs --only key --runs 30
 *
 * Runs on the compiled code in dist/, as the CLI does. Exits non-zero only when the gate's
 * verdict is wrong; missed speed targets are reported, not failed, because timings depend
 * on the machine.
 */
import { verify } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { defaultVerifiers } from '../dist/cli/verifiers.js';
import { collectBundles } from '../dist/gate/collect.js';
import { runGate } from '../dist/gate/gate.js';
import { prepareBundles } from '../dist/gate/prepare.js';
import { trustFromPolicy } from '../dist/gate/trust.js';
import { loadPolicy } from '../dist/policy/load.js';
import { COMMIT, keyWorkload, spiffeWorkload } from './workloads.mjs';

const KEY_BUNDLES = 1000;
const SPIFFE_BUNDLES = 200;
/** Targets of gate/baseline: the key workload is what a pipeline's gate mostly sees. */
const MAX_RATIO = { key: 1.5, spiffe: 3 };
const KEY_BUDGET_MS = 1000;

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '2' },
    // One workload only (key or spiffe), e.g. to profile it with node --cpu-prof.
    only: { type: 'string' },
  },
});
const RUNS = Number(args.runs);
const WARMUP = Number(args.warmup);
if (!(RUNS >= 1 && WARMUP >= 0)) throw new Error('--runs must be at least 1, --warmup at least 0');
if (args.only !== undefined && !['key', 'spiffe'].includes(args.only)) {
  throw new Error('--only takes key or spiffe');
}

/**
 * One gate run, the way `tollgate verify` does it (src/gate/verify-run.ts), with each phase
 * timed: policy file read and checked, trust built, bundle files read, bundles prepared
 * (parsed once, key signatures checked on the thread pool), every bundle verified and judged.
 */
async function gateOnce(w) {
  const t0 = performance.now();
  const policy = await loadPolicy(w.policyPath);
  const { trust, keyIds } = trustFromPolicy(
    policy,
    defaultVerifiers(policy.sigstoreTrustedRootPath),
  );
  const t1 = performance.now();
  const bundles = await collectBundles(w.bundlesDir);
  const t2 = performance.now();
  await prepareBundles(bundles, trust.keys);
  const t3 = performance.now();
  const verdict = runGate({ policy, trust, keyIds, bundles, commit: COMMIT, now: new Date() });
  const t4 = performance.now();
  checkVerdict(w, verdict);
  return {
    total: t4 - t0,
    policy: t1 - t0,
    read: t2 - t1,
    prepare: t3 - t2,
    verify: t4 - t3,
  };
}

/** A fast gate that says the wrong thing is worthless: stop the benchmark loudly. */
function checkVerdict(w, verdict) {
  const passed = verdict.steps.filter((s) => s.status === 'passed').length;
  if (verdict.verdict === 'pass' && passed === w.steps && verdict.steps.length === w.steps) return;
  const bad = verdict.steps.find((s) => s.status !== 'passed');
  throw new Error(
    `${w.name}: gate verdict is ${verdict.verdict} with ${passed}/${w.steps} steps passed` +
      (bad ? ` (first: ${bad.step} ${bad.status}: ${bad.reason})` : ''),
  );
}

/**
 * The floor: only the signature checks, over bytes and keys already in memory. For SPIFFE,
 * the envelope signature plus the two certificate signatures of the chain.
 */
function baselineOnce(w) {
  const t0 = performance.now();
  let good = 0;
  for (const b of w.baseline) {
    let ok = verify('sha256', b.data, b.publicKey, b.signature);
    if (b.leaf) ok = b.leaf.verify(b.intermediateKey) && b.intermediate.verify(b.rootKey) && ok;
    if (ok) good++;
  }
  const ms = performance.now() - t0;
  if (good !== w.baseline.length) {
    throw new Error(`${w.name}: only ${good}/${w.baseline.length} baseline signatures verify`);
  }
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/**
 * Gate and baseline alternate within each repetition, so both see the same machine state
 * (frequency scaling, other load); the warm-up lets V8 compile the hot paths first.
 */
async function measure(w) {
  const gate = [];
  const baseline = [];
  let first;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const g = await gateOnce(w);
    const b = baselineOnce(w);
    first ??= g.total;
    if (i < WARMUP) continue;
    gate.push(g);
    baseline.push(b);
  }
  const phase = (k) => median(gate.map((g) => g[k]));
  return {
    w,
    first,
    gate: phase('total'),
    policy: phase('policy'),
    read: phase('read'),
    prepare: phase('prepare'),
    verify: phase('verify'),
    baseline: median(baseline),
  };
}

const fmt = (n, digits = 1) => n.toFixed(digits);
const pad = (s, n) => String(s).padStart(n);

function report(results) {
  const cpu = cpus();
  console.log(
    `\nTollgate gate benchmark: Node ${process.version}, ${process.platform}/${process.arch}, ` +
      `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}`,
  );
  console.log(`median of ${RUNS} runs after ${WARMUP} warm-up runs\n`);
  console.log(
    `${'workload'.padEnd(28)}${pad('gate ms', 10)}${pad('baseline ms', 13)}` +
      `${pad('gate/base', 11)}${pad('gate µs/bundle', 16)}${pad('base µs/bundle', 16)}`,
  );
  for (const r of results) {
    const n = r.w.steps;
    console.log(
      `${r.w.name.padEnd(28)}${pad(fmt(r.gate), 10)}${pad(fmt(r.baseline), 13)}` +
        `${pad(fmt(r.gate / r.baseline, 2) + '×', 11)}${pad(fmt((r.gate / n) * 1000, 0), 16)}` +
        `${pad(fmt((r.baseline / n) * 1000, 0), 16)}`,
    );
  }
  console.log(
    `\ngate phases, median ms${''.padEnd(6)}${pad('policy+trust', 13)}${pad('read files', 12)}` +
      `${pad('prepare', 10)}${pad('runGate', 10)}${pad('first run', 11)}`,
  );
  for (const r of results) {
    console.log(
      `${r.w.name.padEnd(28)}${pad(fmt(r.policy), 13)}${pad(fmt(r.read), 12)}` +
        `${pad(fmt(r.prepare), 10)}${pad(fmt(r.verify), 10)}${pad(fmt(r.first), 11)}`,
    );
  }
  console.log(`
gate = loadPolicy (read + parse + schema) + trustFromPolicy + collectBundles (list the
       folder, read every bundle file) + prepareBundles (parse each bundle once, check the
       key signatures on the thread pool, all at once) + runGate (DSSE, certificate chain,
       statement, signer match, evaluators, verdict); the verdict is checked to be pass
       with every step passed, outside the timing.
baseline = crypto.verify of each DSSE signature over its PAE bytes (keys, signatures and
       PAE already in memory); for SPIFFE also X509Certificate.verify(issuer key) of the
       leaf and of the intermediate (certificates and keys already parsed).
first run = the very first gate run of the workload, before warm-up (what a single CLI
       invocation pays; for the SPIFFE workload the policy schema is already compiled).
`);
  const key = results.find((r) => r.w.steps === KEY_BUNDLES && r.w.name.includes('key'));
  const mark = (ok) => (ok ? 'met' : 'NOT MET');
  console.log('targets');
  for (const r of results) {
    const ratio = r.gate / r.baseline;
    const max = MAX_RATIO[r.w.kind];
    console.log(
      `  gate/baseline ≤ ${max}× for ${r.w.name}`.padEnd(56) +
        `${pad(fmt(ratio, 2) + '×', 9)}  ${mark(ratio <= max)}`,
    );
  }
  if (key) {
    console.log(
      `  ${KEY_BUNDLES} key-signed bundles under ${KEY_BUDGET_MS} ms`.padEnd(56) +
        `${pad(fmt(key.gate, 0) + ' ms', 9)}  ${mark(key.gate < KEY_BUDGET_MS)}`,
    );
  }
}

const root = await mkdtemp(join(tmpdir(), 'tollgate-bench-'));
try {
  // Each workload is set up right before it is measured, so the key workload does not run
  // next to the SPIFFE setup's leftovers (certificate library, larger heap).
  const setups = [];
  if (args.only !== 'spiffe') setups.push([KEY_BUNDLES, 'key', keyWorkload]);
  if (args.only !== 'key') setups.push([SPIFFE_BUNDLES, 'spiffe', spiffeWorkload]);
  const results = [];
  for (const [count, kind, setup] of setups) {
    process.stdout.write(`${kind}: setting up ${count} bundles… `);
    const w = { ...(await setup(join(root, kind), count)), kind };
    process.stdout.write('measuring… ');
    results.push(await measure(w));
    console.log('done');
  }
  report(results);
} catch (e) {
  console.error(`\nbenchmark failed: ${e instanceof Error ? e.stack : String(e)}`);
  process.exitCode = 1;
} finally {
  await rm(root, { recursive: true, force: true });
}
