/**
 * Workflows benchmark: how close the Actions emulator comes to GitHub's parallelism. The
 * caller workflow that `tollgate init` writes runs on the sample service (as in
 * `npm run test:workflows`), and for each stage the emulator's wall time (first job start to
 * last job end) is compared with the stage's critical path: the longest chain of job
 * durations along `needs:`, with the durations measured in the same run. That is the floor
 * GitHub, with a runner per job, could reach.
 *
 *   npm run bench:workflows [-- --event push|pull_request|both] [--parallel N] [--signer key]
 *
 * `--parallel` caps the jobs running at once (default: all that are ready, as on GitHub).
 * Target: wall ≤ 1.2 × critical path. A missed target is reported, not failed: timings
 * depend on the machine (jobs that run together share its cores), and failing jobs count
 * with the time they took.
 */
import '../test/support/actions-emulator/register.mjs';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';

const TARGET = 1.2;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    event: { type: 'string', default: 'both' },
    parallel: { type: 'string' },
    signer: { type: 'string', default: 'sigstore' },
  },
});
const { runWorkflow } = await import('../test/support/actions-emulator/emulator.ts');
const { prepareSampleRuns } = await import('../scripts/sample-runs.mjs');

/** The `needs:` of every job of a stage's reusable workflow, as committed. */
function needsOf(stage) {
  const doc = parse(readFileSync(join(root, '.github/workflows', `${stage}.yml`), 'utf8'));
  return Object.fromEntries(
    Object.entries(doc.jobs ?? {}).map(([id, job]) => [
      id,
      job.needs === undefined ? [] : [job.needs].flat(),
    ]),
  );
}

/**
 * Longest chain of durations along needs (ms). A job that did not run (skipped) adds
 * nothing, but the chain still goes through it.
 */
function criticalPath(needs, durations) {
  const memo = new Map();
  const along = (id) => {
    if (memo.has(id)) return memo.get(id);
    const before = Math.max(0, ...(needs[id] ?? []).map(along));
    const total = before + (durations.get(id) ?? 0);
    memo.set(id, total);
    return total;
  };
  return Math.max(0, ...Object.keys(needs).map(along));
}

const seconds = (ms) => (ms / 1000).toFixed(1).padStart(7);

const prepared = await prepareSampleRuns({ keySigning: args.signer === 'key' });
const rows = [];
try {
  for (const [label, event, runId] of prepared.runs) {
    if (args.event !== 'both' && args.event !== label) continue;
    const times = new Map();
    const run = await runWorkflow({
      ...prepared.runOptions,
      event,
      runId,
      ...(args.parallel ? { maxParallel: Number(args.parallel) } : {}),
      onEvent: (e) => {
        if (e.type !== 'job-start' && e.type !== 'job-end') return;
        const t = times.get(e.job) ?? {};
        t[e.type === 'job-start' ? 'start' : 'end'] = performance.now();
        times.set(e.job, t);
      },
    });
    // Jobs of called workflows are `stage/job`; the caller's jobs name the stages.
    const stages = [
      ...new Set(run.jobs.filter((j) => j.id.includes('/')).map((j) => j.id.split('/')[0])),
    ];
    for (const stage of stages) {
      const ran = [...times]
        .filter(([id, t]) => id.startsWith(`${stage}/`) && t.start !== undefined)
        .map(([id, t]) => [id.slice(stage.length + 1), t]);
      if (!ran.length) continue;
      const wall =
        Math.max(...ran.map(([, t]) => t.end)) - Math.min(...ran.map(([, t]) => t.start));
      const durations = new Map(ran.map(([id, t]) => [id, t.end - t.start]));
      const path = criticalPath(needsOf(stage), durations);
      const passed = run.jobs.filter(
        (j) => j.id.startsWith(`${stage}/`) && j.result === 'success',
      ).length;
      rows.push({ label, stage, jobs: ran.length, passed, wall, path, ratio: wall / path });
    }
  }
} finally {
  await prepared.close();
}

console.log(
  `event         stage        jobs  passed   wall s  critical s   ratio  (target ≤ ${TARGET}×)`,
);
for (const r of rows) {
  console.log(
    `${r.label.padEnd(13)} ${r.stage.padEnd(12)} ${String(r.jobs).padStart(4)} ${String(r.passed).padStart(7)} ${seconds(r.wall)} ${seconds(r.path).padStart(11)}  ${r.ratio.toFixed(2).padStart(5)}×  ${r.ratio <= TARGET ? 'ok' : 'over target'}`,
  );
}
