// npm run test:workflows: runs the caller workflow that `tollgate init` writes, on a push and
// on a pull request of examples/sample-service (copied into a new git repository), through
// Tollgate's reusable workflows in the Actions emulator (test/support/actions-emulator), and
// prints every job's result, the first error of each failed job, and last the line
// `workflows: N/M jobs passed`. Exits 1 when a job failed. Not part of scripts/test.sh until
// every job passes (the push run's promotion does not yet: see docs/github.md).
//
// Steps sign keylessly, as on GitHub, against local Fulcio, Rekor and timestamp authority
// doubles: the emulator's OIDC tokens are signed by the issuer the Fulcio double trusts, the
// repository's .github/tollgate-inputs.yml points every step at the doubles (`defaults:`) and
// its policy trusts them (`sigstore.trustedRoot`). Nothing reaches outside this machine: the
// emulator's proxy refuses it and names the host. `--signer key` is a diagnostic run without
// Sigstore: the repository then commits a key at the default key path
// (.tollgate/keys/tollgate.key), the caller passes `signer: key` to every stage, and the
// policy trusts that key instead of the GitHub identity.
import '../test/support/actions-emulator/register.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { runWorkflow } = await import('../test/support/actions-emulator/emulator.ts');
const { prepareSampleRuns } = await import('./sample-runs.mjs');

const parallel = Number(process.env.WORKFLOWS_PARALLEL || 2);
const keySigning = process.argv.includes('--signer') && process.argv.includes('key');
const { runs, runOptions, close } = await prepareSampleRuns({ keySigning });

const logDir = join(root, '.tollgate', 'workflows');
mkdirSync(logDir, { recursive: true });
let passed = 0;
let total = 0;
try {
  for (const [label, event, runId] of runs) {
    const run = await runWorkflow({ ...runOptions, event, runId, maxParallel: parallel });
    writeFileSync(
      join(logDir, `${label}${keySigning ? '-key' : ''}.json`),
      JSON.stringify(run.jobs, null, 2),
    );
    console.log(`== ${label}${keySigning ? ' (signer: key)' : ''}: ${run.result}`);
    // Runner jobs only: a caller job's result is that of the jobs it called.
    const called = new Set(
      run.jobs.filter((j) => j.id.includes('/')).map((j) => j.id.split('/')[0]),
    );
    for (const j of run.jobs) {
      if (called.has(j.id)) continue;
      if (j.result === 'skipped' && !j.id.includes('/')) continue;
      total++;
      if (j.result === 'success') passed++;
      // One line each; the whole error is in the logs.
      const short = (t) => (t.length > 300 ? `${t.slice(0, 300)}…` : t);
      const why = j.result === 'success' ? '' : `  ${short((j.firstError ?? '').split('\n')[0])}`;
      console.log(`${j.result.padEnd(9)} ${label} ${j.id}${why}`);
      // The error the step logged first, when the annotation reports a later consequence.
      const cause = j.steps
        .flatMap((st) => st.log.split('\n'))
        .find(
          (l) =>
            /not installed|Cannot find|ENOENT|no such|not found|command not found|unreachable|refused|denied/i.test(
              l,
            ) && !l.startsWith('::'),
        );
      if (j.result === 'failure' && cause && !(j.firstError ?? '').includes(cause.trim()))
        console.log(`          cause: ${short(cause.trim())}`);
    }
    // Where steps tried to go outside this machine (refused by the emulator's proxy).
    const refusedHosts = [...new Set(run.refused.map((r) => r.host))];
    if (refusedHosts.length) console.log(`refused (${label}): ${refusedHosts.join(', ')}`);
  }
} finally {
  await close();
}
console.log(`logs: ${logDir}`);
console.log(`workflows: ${passed}/${total} jobs passed`);
process.exitCode = passed === total ? 0 : 1;
