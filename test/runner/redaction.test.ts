import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomInt } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { TempDir } from './fakes.js';

// Secrets of several kinds, drawn afresh on every run so that no fixed string can be
// special-cased, planted in a repository and scanned by the real secret-scan step in each of
// its modes; then every byte the run wrote (and everything it printed) is searched for them.

const tmp = new TempDir();
afterAll(() => tmp.remove());

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const pick = (alphabet: string, n: number) =>
  Array.from({ length: n }, () => alphabet[randomInt(alphabet.length)]).join('');

function plant() {
  const pem = generateKeyPairSync('rsa', { modulusLength: 2048 })
    .privateKey.export({ type: 'pkcs1', format: 'pem' })
    .toString();
  const secrets = {
    github: `ghp_${pick(ALNUM, 36)}`,
    awsId: `AKIA${pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
    awsSecret: pick(`${ALNUM}/+`, 40),
    password: pick(ALNUM, 28),
    slack: `xoxb-${pick('0123456789', 12)}-${pick('0123456789', 12)}-${pick(ALNUM, 24)}`,
  };
  const files = {
    'config/prod.env': [
      `aws_access_key_id = ${secrets.awsId}`,
      `aws_secret_access_key = ${secrets.awsSecret}`,
      `GITHUB_TOKEN=${secrets.github}`,
      `db_password = "${secrets.password}"`,
      `SLACK_BOT=${secrets.slack}`,
      '',
    ].join('\n'),
    'keys/deploy.pem': pem,
  };
  // What must not be seen: each value whole and its middle (a partial leak is a leak), and
  // every base64 line of the key's body.
  const needles = Object.entries(secrets).flatMap(([kind, s]) => [
    [kind, s],
    [`${kind} (middle)`, s.slice(8, 24)],
  ]);
  for (const l of pem.split('\n').filter((x) => x && !x.startsWith('-----'))) {
    needles.push(['private key line', l]);
  }
  return { files, needles };
}

function git(dir: string, ...args: string[]) {
  execFileSync('git', args, {
    cwd: dir,
    stdio: 'ignore',
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_'))),
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.org',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.org',
      GIT_CONFIG_NOSYSTEM: '1',
    },
  });
}

/** Every file under dir as text, plus the decoded payload of every signed bundle. */
function everything(dir: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) out.push(...everything(path));
    else if (st.isFile()) {
      const text = readFileSync(path, 'latin1');
      out.push({ path, text });
      if (name.endsWith('.sigstore.json')) {
        const payload = (JSON.parse(text) as { dsseEnvelope: { payload: string } }).dsseEnvelope
          .payload;
        out.push({ path: `${path} (payload)`, text: Buffer.from(payload, 'base64').toString() });
      }
    }
  }
  return out;
}

async function scanIn(mode: 'range' | 'staged' | 'tree') {
  const repo = join(tmp.dir, mode);
  mkdirSync(repo);
  git(repo, 'init', '-q');
  writeFileSync(join(repo, 'README.md'), '# shop\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'start');
  const { files, needles } = plant();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(repo, name, '..'), { recursive: true });
    writeFileSync(join(repo, name), text);
  }
  // Tracked in every mode: a tree scan reads the tracked files only (git ls-files).
  git(repo, 'add', '-A');
  if (mode === 'range') git(repo, 'commit', '-q', '-m', 'add config');
  let printed = '';
  const code = await main(
    ['run', '--repo', repo, '--only', 'secret-scan', '--input', `secret-scan.mode=${mode}`],
    {
      out: (t) => (printed += t),
      err: (t) => (printed += t),
      cwd: repo,
      env: { XDG_CONFIG_HOME: join(tmp.dir, 'config'), CI: 'true' },
      now: () => new Date(),
    },
  );
  return { repo, code, printed, needles };
}

describe('redaction of a run', () => {
  it('masks planted secrets in every file of the run folder and in all it prints, in every secret-scan mode', async () => {
    for (const mode of ['range', 'staged', 'tree'] as const) {
      const { repo, code, printed, needles } = await scanIn(mode);
      expect(code, `${mode}: ${printed}`).toBe(1);
      const verdict = JSON.parse(
        readFileSync(join(repo, '.tollgate/runs/latest/verdict.json'), 'utf8'),
      ) as { steps: { step: string; status: string }[] };
      expect(verdict.steps).toMatchObject([{ step: 'secret-scan', status: 'failed' }]);
      const written = everything(join(repo, '.tollgate'));
      expect(written.map((w) => w.path).some((p) => p.endsWith('logs/secret-scan.log'))).toBe(true);
      for (const { path, text } of [...written, { path: 'stdout and stderr', text: printed }]) {
        for (const [kind, needle] of needles) {
          expect(text.includes(needle!), `${mode}: ${kind} in ${path}`).toBe(false);
        }
      }
    }
  });
});
