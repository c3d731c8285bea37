import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scriptOf } from '../common/npm-script.js';
import { JEST_REPORTER, MOCHA_REPORTER } from './reporter-sources.js';

export type Framework = 'jest' | 'vitest' | 'mocha' | 'node-test';

/** How a test command is run so that it also writes JUnit where Tollgate reads it. */
export interface AutoJUnit {
  /** The command to run: the given one, or with reporter options appended. */
  command: string;
  /** Environment to add (NODE_OPTIONS for node:test, where the reporters write). */
  env: Record<string, string>;
  /** The JUnit file the reporter writes (in the step's own folder). */
  out: string;
  /** The framework recognised (undefined: only node:test's reporter, through NODE_OPTIONS). */
  framework?: Framework;
  /** Removes the reporter modules written for the run. */
  cleanup: () => Promise<void>;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Which framework a command line runs, by its words (`npx jest --ci`, `vitest run`). */
export function frameworkOf(commandLine: string): Framework | undefined {
  if (/(^|[\s/])vitest(\s|$)/.test(commandLine)) return 'vitest';
  if (/(^|[\s/])jest(\s|$)/.test(commandLine)) return 'jest';
  if (/(^|[\s/])mocha(\s|$)/.test(commandLine)) return 'mocha';
  if (/(^|[\s/])node\s+(?:\S+\s+)*--test(\s|$)/.test(commandLine)) return 'node-test';
  return undefined;
}

/** One simple command: arguments appended to it reach the test runner, not a later command. */
const simple = (line: string) => !/[;&|<>()`$]|\n/.test(line);

/**
 * Options that make the repository's own test command also write a JUnit report to `out`,
 * without touching the repository: node:test gets its junit reporter through NODE_OPTIONS
 * (every `node --test` below the command sees it; other processes ignore it); Vitest its
 * built-in junit reporter, Jest and Mocha a reporter module of Tollgate's, through options
 * appended to the command (after `--` for an npm or pnpm script), when the command, or the
 * package script it runs, is one plain call of the runner. The runner's usual output is kept.
 */
export async function autoJUnit(repoDir: string, command: string, out: string): Promise<AutoJUnit> {
  const nodeOptions = [
    process.env.NODE_OPTIONS ?? '',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=junit',
    `--test-reporter-destination=${JSON.stringify(out)}`,
  ]
    .filter(Boolean)
    .join(' ');
  const env = { NODE_OPTIONS: nodeOptions };
  const none = { command, env, out, cleanup: () => Promise.resolve() };

  const script = scriptOf(command);
  let line = command;
  if (script) {
    const pkg = join(repoDir, 'package.json');
    if (!existsSync(pkg)) return none;
    try {
      const scripts = (
        JSON.parse(await readFile(pkg, 'utf8')) as { scripts?: Record<string, unknown> }
      ).scripts;
      const body = scripts?.[script];
      if (typeof body !== 'string') return none;
      line = body;
    } catch {
      return none;
    }
  }
  const framework = frameworkOf(line);
  if (!framework || framework === 'node-test' || !simple(line) || !simple(command))
    return { ...none, ...(framework ? { framework } : {}) };

  let args: string[];
  let dir: string | undefined;
  if (framework === 'vitest') {
    args = ['--reporter=default', '--reporter=junit', `--outputFile.junit=${out}`];
  } else {
    dir = await mkdtemp(join(tmpdir(), 'tollgate-reporters-'));
    const file = join(dir, `${framework}-junit.cjs`);
    await writeFile(file, framework === 'jest' ? JEST_REPORTER : MOCHA_REPORTER);
    args =
      framework === 'jest'
        ? ['--reporters=default', `--reporters=${file}`]
        : [`--reporter=${file}`];
  }
  await mkdir(join(out, '..'), { recursive: true });
  // npm and pnpm pass what follows `--` to the script; yarn passes its arguments as they are.
  const separator = script && !command.trim().startsWith('yarn') ? ' --' : '';
  return {
    command: `${command.trim()}${separator} ${args.map(quote).join(' ')}`,
    env: { ...env, TOLLGATE_JUNIT_OUT: out },
    out,
    framework,
    cleanup: () => (dir ? rm(dir, { recursive: true, force: true }) : Promise.resolve()),
  };
}
