// The sample service prepared for emulated workflow runs, shared by scripts/test-workflows.mjs
// and bench/workflows.mjs: examples/sample-service copied into a new git repository with what
// `tollgate init` writes committed, signing keylessly against local Sigstore doubles (or with a
// committed key for `keySigning`), a pull request on a feature branch, and the GitHub double
// that knows both runs, the pull request's review and the push run's approval.
import '../test/support/actions-emulator/register.mjs';
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { makeRepo } = await import('../test/support/actions-emulator/repo.ts');
const { initCommand } = await import('../src/cli/commands/init.ts');
const { startGitHubDouble } = await import('../test/helpers/github-double/index.ts');
const { keylessRepoFiles, startKeylessDoubles } =
  await import('../test/support/actions-emulator/keyless.ts');
const { startOsvDouble } = await import('../test/helpers/osv-server.ts');
const { parseDocument } = await import('yaml');

export const REPOSITORY = 'acme/sample-service';

/**
 * @param {{ keySigning?: boolean }} options
 * @returns the repository, the runs as `[label, event, runId]`, the options every
 *   runWorkflow call takes (`apiUrl`, `issueToken`), and `close()` for the doubles.
 */
export async function prepareSampleRuns({ keySigning = false } = {}) {
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
  // The vulnerability database: a local OSV API over the records main.sh scans offline, named
  // in the repository's inputs file for both steps that query it (the runner reaches nothing
  // else, api.osv.dev included).
  const osv = await startOsvDouble(join(root, 'test/fixtures/osv'));
  const inputsPath = join(repo.dir, '.github/tollgate-inputs.yml');
  const inputs = parseDocument(
    (() => {
      try {
        return readFileSync(inputsPath, 'utf8');
      } catch {
        return '';
      }
    })(),
  );
  for (const step of ['sca', 'container-scan']) inputs.setIn([step, 'osv-url'], osv.url);
  writeFileSync(inputsPath, inputs.toString());
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
  return {
    repo,
    runs,
    runOptions: {
      repo: repo.dir,
      workflow: '.github/workflows/tollgate.yml',
      repository: REPOSITORY,
      apiUrl: gh.url,
      ...(keyless ? { issueToken: keyless.issueToken } : {}),
    },
    async close() {
      await gh.close();
      await keyless?.stop();
      await osv.close();
    },
  };
}
