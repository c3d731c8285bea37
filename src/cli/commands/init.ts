import { execFileSync } from 'node:child_process';
import { access, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { TollgateError } from '../../core/errors.js';
import { forTerminal } from '../../core/escape.js';
import { writeFileAtomic } from '../../core/fs.js';
import { repositoryName } from '../../core/git.js';
import { defaultPolicyYaml, githubSigner } from '../../pipeline/default-policy.js';
import { renderCallerWorkflow, renderPreCommitConfig } from '../../pipeline/render/templates.js';
import { optional, type Command } from '../command.js';

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** The branch origin/HEAD points at; `main` when the clone does not know it. */
function defaultBranch(dir: string): string {
  try {
    const ref = execFileSync('git', ['symbolic-ref', '--short', 'refs/remotes/origin/HEAD'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return ref.replace(/^origin\//, '') || 'main';
  } catch {
    return 'main';
  }
}

/** The URL of the remote "origin", if there is one. */
function originUrl(dir: string): string | undefined {
  try {
    return (
      execFileSync('git', ['config', '--get', 'remote.origin.url'], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

/**
 * Whether a remote URL is a path on this machine (a clone of a clone): its last two path
 * segments look like `owner/repo`, but name no GitHub repository.
 */
export function isLocalPath(url: string): boolean {
  return /^(?:\/|\.{1,2}(?:\/|$)|~|file:|[A-Za-z]:[\\/])/.test(url);
}

/** Files that `tollgate init` writes, relative to the repository, with their content. */
export function initFiles(repository: string, branch: string): [string, string][] {
  return [
    ['.github/workflows/tollgate.yml', renderCallerWorkflow(branch)],
    [
      '.github/tollgate.yml',
      defaultPolicyYaml({
        signers: { ci: githubSigner(repository) },
        header: ['Written by tollgate init; edit it to fit your repository.'],
      }),
    ],
    ['.pre-commit-config.yaml', renderPreCommitConfig()],
  ];
}

/** Local run folders (`tollgate run`, the hook): results of this machine, never committed. */
export const RUNS_IGNORE = '.tollgate/';

/**
 * Adds `.tollgate/` to the repository's .gitignore unless a line already ignores it; the
 * rest of the file is kept as it is. Returns whether the file changed.
 */
export async function ignoreRunFolders(dir: string): Promise<boolean> {
  const path = join(dir, '.gitignore');
  const text = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return '';
    throw new TollgateError('INPUT_UNREADABLE', `cannot read ${path}: ${e.code ?? e.message}`, {
      hint: 'fix its permissions, or add the line .tollgate/ to it yourself',
    });
  });
  const covered = new Set(['.tollgate', '.tollgate/', '/.tollgate', '/.tollgate/']);
  if (text.split(/\r?\n/).some((l) => covered.has(l.trim()))) return false;
  const sep = text && !text.endsWith('\n') ? '\n' : '';
  await writeFileAtomic(path, `${text}${sep}${RUNS_IGNORE}\n`);
  return true;
}

export const initCommand: Command = {
  name: 'init',
  summary: 'set up Tollgate in a repository: caller workflow, policy, pre-commit hook config',
  help: `Usage: tollgate init [DIR] [--repository OWNER/REPO] [--force]

Writes into the git repository DIR (default: the current folder):
  .github/workflows/tollgate.yml   calls Tollgate's reusable workflows on push, pull
                                   request and merge to the default branch
  .github/tollgate.yml             the default policy, trusting only this repository's
                                   runs of Tollgate's workflows
  .pre-commit-config.yaml          the secret scan as a pre-commit framework hook
and adds .tollgate/ (local run folders) to .gitignore, once.

Existing files are left alone unless --force is given; nothing is written then.

Options:
  --repository OWNER/REPO   the GitHub repository (default: from the git remote "origin")
  --force                   replace files that already exist

Example:
  tollgate init && git add .github .pre-commit-config.yaml .gitignore
`,
  options: { repository: { type: 'string' }, force: { type: 'boolean' } },
  positionals: true,
  async run(values, positionals, io) {
    if (positionals.length > 1) {
      throw new TollgateError('USAGE', `expected at most one folder, got ${positionals.length}`, {
        hint: 'see `tollgate init --help`',
      });
    }
    const dir = resolve(io.cwd, positionals[0] ?? '.');
    const st = await stat(dir).catch(() => undefined);
    if (st && !st.isDirectory()) {
      throw new TollgateError('USAGE', `${dir} is a file, not the folder of a repository`, {
        hint: 'give the folder of the git repository to set up: tollgate init [DIR]',
      });
    }
    const given = optional(values, 'repository');
    const repository = given ?? repositoryName(dir);
    const origin = originUrl(dir);
    if (!given && origin && isLocalPath(origin)) {
      // The policy would trust a repository that does not exist on GitHub: nothing would pass.
      io.err(
        `tollgate init: warning: the remote "origin" of ${dir} is a local path (${forTerminal(origin)}), so the policy's repository "${forTerminal(repository)}" is a guess, not a GitHub repository\n` +
          '  hint: run again with --repository OWNER/REPO (the repository on GitHub), or point origin at it: git remote set-url origin https://github.com/OWNER/REPO\n',
      );
    }
    if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) {
      throw new TollgateError('USAGE', `cannot tell the GitHub repository of ${dir}`, {
        hint: 'pass --repository OWNER/REPO, or add the GitHub remote as "origin"',
      });
    }
    const files = initFiles(repository, defaultBranch(dir));
    if (!values.force) {
      for (const [path] of files) {
        if (await exists(join(dir, path))) {
          throw new TollgateError(
            'USAGE',
            `${join(dir, path)} already exists; not overwriting it`,
            {
              hint: 'pass --force to replace it',
            },
          );
        }
      }
    }
    for (const [path, text] of files) await writeFileAtomic(join(dir, path), text);
    const ignored = await ignoreRunFolders(dir);
    const shown = relative(io.cwd, dir) || '.';
    io.out(
      `wrote ${files.map(([p]) => p).join(', ')} in ${shown} for ${repository}\n` +
        (ignored ? `added ${RUNS_IGNORE} to .gitignore\n` : '') +
        'next: commit them, and make "<stage> / Gate" a required status check\n',
    );
    return 0;
  },
};
