import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { TollgateError } from '../../core/errors.js';
import { writeFileAtomic } from '../../core/fs.js';
import type { Command } from '../command.js';

/** Marks a hook this command wrote, so it may be replaced without --force. */
const MARKER = '# tollgate pre-commit hook';

export const HOOK_SCRIPT = `#!/bin/sh
${MARKER} (written by \`tollgate hook install\`; remove this file to disable it)
# Scans what is about to be committed for secrets and signs the result.
if command -v tollgate >/dev/null 2>&1; then
  exec tollgate run --stage pre-commit
fi
exec npx --no-install tollgate run --stage pre-commit
`;

/** The hooks folder git uses for `dir` (respects core.hooksPath and worktrees). */
function hooksDir(dir: string): string {
  try {
    const path = execFileSync('git', ['rev-parse', '--git-path', 'hooks'], {
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

export const hookCommand: Command = {
  name: 'hook',
  summary: 'install a plain git pre-commit hook that runs the pre-commit stage',
  help: `Usage: tollgate hook install [DIR] [--force]

Writes the git pre-commit hook of the repository DIR (default: the current folder), which
runs \`tollgate run --stage pre-commit\` before every commit. For the pre-commit framework,
use the hook in .pre-commit-config.yaml that \`tollgate init\` writes instead.

A hook that Tollgate did not write is left alone unless --force is given.

Options:
  --force   replace an existing pre-commit hook

Example:
  tollgate hook install
`,
  options: { force: { type: 'boolean' } },
  positionals: true,
  async run(values, positionals, io) {
    const [action, folder, ...extra] = positionals;
    if (action !== 'install' || extra.length > 0) {
      throw new TollgateError('USAGE', 'expected `tollgate hook install [DIR]`', {
        hint: 'see `tollgate hook --help`',
      });
    }
    const dir = resolve(io.cwd, folder ?? '.');
    const path = join(hooksDir(dir), 'pre-commit');
    const current = await readFile(path, 'utf8').catch(() => undefined);
    if (current !== undefined && !current.includes(MARKER) && !values.force) {
      throw new TollgateError('USAGE', `${path} already exists and was not written by Tollgate`, {
        hint: 'pass --force to replace it, or call `tollgate run --stage pre-commit` from it',
      });
    }
    await writeFileAtomic(path, HOOK_SCRIPT, { mode: 0o755 });
    io.out(`wrote ${path}\n`);
    return 0;
  },
};
