// npm run test:workflows: runs the caller workflow that `tollgate init` writes, on a push and
// on a pull request of examples/sample-service (copied into a new git repository), through
// Tollgate's reusable workflows in the Actions emulator (test/support/actions-emulator), and
// prints every job's result, the first error of each failed job, and last the line
// `workflows: N/M jobs passed`. Exits 1 when a job failed. Not part of scripts/test.sh yet:
// most stage jobs do not pass this way today.
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
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { runWorkflow } = await import('../test/support/actions-emulator/emulator.ts');
const { makeRepo } = await import('../test/support/actions-emulator/repo.ts');
const { initCommand } = await import('../src/cli/commands/init.ts');
const { startGitHubDouble } = await import('../test/helpers/github-double/index.ts');
const { keylessRepoFiles, startKeylessDoubles } =
  await import('../test/support/actions-emulator/keyless.ts');

const REPOSITORY = 'acme/sample-service';
const parallel = Number(process.env.WORKFLOWS_PARALLEL || 2);
const keySigning = process.argv.includes('--signer') && process.argv.includes('key');

// The sample service as its own repository, with what `tollgate init` writes committed.
const repo = makeRepo({}, join(root, 'examples/sample-service'));
const out = [];
const code = await initCommand.run({ repository: REPOSITORY }, [repo.dir], {
  out: (t) => out.push(t),
  err: (t) => out.push(t),
  cwd: repo.dir,
  env: process.env,
  now: () => new Date(),
});
if (code !== 0) throw new Error(`tollgate init failed: ${out.join('')}`);
const keyless = keySigning ? undefined : await startKeylessDoubles();
if (keyless) {
  const read = (p) => {
    try {
      return readFileSync(join(repo.dir, p), 'utf8');
    } catch {
      return undefined;
    }
  };
  const files = keylessRepoFiles(keyless.sigstore, {
    inputsFile: read('.github/tollgate-inputs.yml'),
    policy: read('.github/tollgate.yml') ?? '',
  });
  for (const [p, text] of Object.entries(files)) writeFileSync(join(repo.dir, p), text);
} else {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const caller = join(repo.dir, '.github/workflows/tollgate.yml');
  const policy = join(repo.dir, '.github/tollgate.yml');
  writeFileSync(
    caller,
    readFileSync(caller, 'utf8').replace(
      /( +)policy: \.github\/tollgate\.yml\n/g,
      '$&$1signer: key\n',
    ),
  );
  writeFileSync(
    policy,
    readFileSync(policy, 'utf8').replace(
      /^signers:\n(?: {2}.*\n)+/m,
      'signers:\n  ci:\n    key: ../.tollgate/keys/tollgate.pub\n',
    ),
  );
  mkdirSync(join(repo.dir, '.tollgate/keys'), { recursive: true });
  writeFileSync(
    join(repo.dir, '.tollgate/keys/tollgate.key'),
    privateKey.export({ type: 'pkcs8', format: 'pem' }),
  );
  writeFileSync(
    join(repo.dir, '.tollgate/keys/tollgate.pub'),
    publicKey.export({ type: 'spki', format: 'pem' }),
  );
  execFileSync('git', ['add', '-f', '.tollgate/keys'], { cwd: repo.dir });
}
const pushSha = repo.commit({}, 'tollgate init');
execFileSync('git', ['checkout', '-q', '-b', 'feature'], { cwd: repo.dir });
const prSha = repo.commit(
  { 'src/greeting.ts': 'export const greeting = (name: string) => `hello ${name}`;\n' },
  'a change under review',
);

const gh = await startGitHubDouble();
gh.state.addPull({
  repo: REPOSITORY,
  number: 7,
  author: 'contributor',
  headSha: prSha,
  headRef: 'feature',
  headOwner: 'acme',
  baseRef: 'main',
});
gh.state.setPullFiles(REPOSITORY, 7, [
  { filename: 'src/greeting.ts', status: 'added', additions: 1, deletions: 0 },
]);
gh.state.addReview({
  repo: REPOSITORY,
  pull: 7,
  user: 'reviewer',
  body: 'Looks good',
  state: 'APPROVED',
  commitId: prSha,
});

// The runs themselves, as the API knows them; the push run's approval environment was
// approved by a release manager (a GitHub Environment with required reviewers).
const pushRun = gh.state.addWorkflowRun({
  repo: REPOSITORY,
  headBranch: 'main',
  headSha: pushSha,
  event: 'push',
});
const prRun = gh.state.addWorkflowRun({
  repo: REPOSITORY,
  headBranch: 'feature',
  headSha: prSha,
  event: 'pull_request',
});
gh.state.runApprovals.push({
  repo: REPOSITORY,
  runId: pushRun.id,
  state: 'approved',
  user: 'release-manager',
  comment: 'ship it',
  environments: ['production-approval'],
});

const runs = [
  ['push', { name: 'push', sha: pushSha, branch: 'main' }, pushRun.id],
  [
    'pull_request',
    {
      name: 'pull_request',
      sha: prSha,
      branch: 'feature',
      pull: { number: 7, base: 'main', baseSha: pushSha, headSha: prSha, author: 'contributor' },
    },
    prRun.id,
  ],
];

const logDir = join(root, '.tollgate', 'workflows');
mkdirSync(logDir, { recursive: true });
let passed = 0;
let total = 0;
try {
  for (const [label, event, runId] of runs) {
    const run = await runWorkflow({
      repo: repo.dir,
      workflow: '.github/workflows/tollgate.yml',
      event,
      repository: REPOSITORY,
      apiUrl: gh.url,
      runId,
      maxParallel: parallel,
      ...(keyless ? { issueToken: keyless.issueToken } : {}),
    });
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
      const why = j.result === 'success' ? '' : `  ${(j.firstError ?? '').split('\n')[0]}`;
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
      if (j.result === 'failure' && cause && !why.includes(cause.trim()))
        console.log(`          cause: ${cause.trim()}`);
    }
    // Where steps tried to go outside this machine (refused by the emulator's proxy).
    const refusedHosts = [...new Set(run.refused.map((r) => r.host))];
    if (refusedHosts.length) console.log(`refused (${label}): ${refusedHosts.join(', ')}`);
  }
} finally {
  await gh.close();
  await keyless?.stop();
}
console.log(`logs: ${logDir}`);
console.log(`workflows: ${passed}/${total} jobs passed`);
process.exitCode = passed === total ? 0 : 1;
