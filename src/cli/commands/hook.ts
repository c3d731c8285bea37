import { execFileSync } from 'node:child_process';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { TollgateError } from '../../core/errors.js';
import { writeFileAtomic } from '../../core/fs.js';
import { headCommit } from '../../core/git.js';
import type { Command, Io } from '../command.js';

/** Marks a hook this command wrote, so it may be replaced without --force. */
const MARKER = '# tollgate pre-commit hook';

/** What the hook and the pre-commit framework's entry run. */
export const HOOK_COMMAND = 'tollgate hook run';

export const HOOK_SCRIPT = `#!/bin/sh
${MARKER} (written by \`tollgate hook install\`; remove this file to disable it)
# Scans what is about to be committed (the staged content) for secrets and signs the result.
if command -v tollgate >/dev/null 2>&1; then
  exec ${HOOK_COMMAND}
fi
exec npx --no-install ${HOOK_COMMAND}
`;

/** Run folders are local results: git should not offer them for a commit. */
const IGNORED = '.tollgate/';

/** The commit a pre-commit run names when the repository has none yet (git's "no commit"). */
const UNBORN = '0'.repeat(40);

/** A path git uses for `dir` (respects core.hooksPath and worktrees). */
function gitPath(dir: string, name: string): string {
  try {
    const path = execFileSync('git', ['rev-parse', '--git-path', name], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return resolve(dir, path);
  } catch {
    throw new TollgateError('USAGE', `${dir} is not a git repository`, {
      hint: 'run it inside a repository, or pass its folder: tollgate hook install DIR',
    });
  }
}

/** Adds `.tollgate/` to the repository's local exclude file (not a tracked change), once. */
async function excludeRunFolders(dir: string): Promise<void> {
  const path = gitPath(dir, 'info/exclude');
  const text = await readFile(path, 'utf8').catch(() => '');
  if (text.split('\n').some((l) => l.trim() === IGNORED || l.trim() === '/.tollgate/')) return;
  await mkdir(dirname(path), { recursive: true });
  await appendFile(path, `${text && !text.endsWith('\n') ? '\n' : ''}${IGNORED}\n`);
}

async function install(dir: string, force: boolean, io: Io): Promise<number> {
  const path = join(gitPath(dir, 'hooks'), 'pre-commit');
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current !== undefined && !current.includes(MARKER) && !force) {
    throw new TollgateError('USAGE', `${path} already exists and was not written by Tollgate`, {
      hint: `pass --force to replace it, or call \`${HOOK_COMMAND}\` from it`,
    });
  }
  await writeFileAtomic(path, HOOK_SCRIPT, { mode: 0o755 });
  await excludeRunFolders(dir);
  io.out(`wrote ${path}\n`);
  return 0;
}

/**
 * The hook as a complete local run (`--full`): the pre-commit stage with secret-scan in staged
 * mode, whatever the repository's inputs say (a hook that scanned HEAD would pass the commit
 * that adds a secret and refuse the next one), with its run folder and reports. Everything
 * goes to standard error, as git shows it, and a refusal lists each finding by file, line and
 * rule (never the secret). Without --full the hook takes its own shorter path (hook-run.ts).
 */
async function runHookFull(dir: string, io: Io): Promise<number> {
  const [{ runPipeline }, { exitCodeOf }, { renderRunText }, { secretRefusal }] = await Promise.all(
    [
      import('./run.js'),
      import('../../report/run-types.js'),
      import('../../report/run-text.js'),
      import('./hook-refusal.js'),
    ],
  );
  const err: Io = { ...io, out: io.err };
  const { verdict, folder } = await runPipeline(
    { repo: dir, stage: ['pre-commit'], input: ['secret-scan.mode=staged'] },
    err,
    undefined,
    {
      commit: (repo) => {
        try {
          return headCommit(repo);
        } catch {
          return UNBORN; // the first commit: still scanned, attested against no commit yet
        }
      },
    },
  );
  const code = exitCodeOf(verdict);
  io.err(renderRunText(verdict, folder.dir, io.cwd));
  if (code === 0) return 0;
  let lines = await secretRefusal(folder.reportsOf('secret-scan'));
  if (!lines.length)
    lines = [
      `tollgate: commit refused: the pre-commit stage did not pass (see ${folder.logOf('secret-scan')})`,
    ];
  io.err(lines.join('\n') + '\n');
  return code;
}

export const hookCommand: Command = {
  name: 'hook',
  summary: 'install a plain git pre-commit hook that scans the staged changes for secrets',
  help: `Usage: tollgate hook install [DIR] [--force]
       tollgate hook run [DIR] [--full]

install  Writes the git pre-commit hook of the repository DIR (default: the current
         folder), which runs \`${HOOK_COMMAND}\` before every commit, and adds .tollgate/
         to the repository's local exclude file (.git/info/exclude). A hook that Tollgate
         did not write is left alone unless --force is given. For the pre-commit framework,
         use the hook in .pre-commit-config.yaml that \`tollgate init\` writes instead.

run      What the hook runs: the pre-commit stage with secret-scan in staged mode, so the
         content about to be committed (the index, not the working tree) is scanned, with
         the native gitleaks when it is on PATH. It signs the attestation with the local
         key, judges it, and prints one line; it writes only the attestation and that line
         to .tollgate/hook/. A finding refuses the commit (exit 1) and is listed on
         standard error by file, line and rule. \`tollgate run --stage pre-commit\` outside
         a hook keeps the inputs of the repository (secret-scan's default mode is range).

Options:
  --force   replace an existing pre-commit hook
  --full    (run) a complete local run instead: run folder, logs, reports, report.html

Example:
  tollgate hook install
`,
  options: { force: { type: 'boolean' }, full: { type: 'boolean' } },
  positionals: true,
  async run(values, positionals, io) {
    const [action, folder, ...extra] = positionals;
    if ((action !== 'install' && action !== 'run') || extra.length > 0) {
      throw new TollgateError(
        'USAGE',
        'expected `tollgate hook install [DIR]` or `tollgate hook run [DIR]`',
        {
          hint: 'see `tollgate hook --help`',
        },
      );
    }
    const dir = resolve(io.cwd, folder ?? '.');
    if (action === 'run') {
      gitPath(dir, 'index'); // a clear error outside a repository, before anything is written
      if (values.full === true) return runHookFull(dir, io);
      return (await import('./hook-run.js')).runHookFast(dir, io);
    }
    return install(dir, values.force === true, io);
  },
};
