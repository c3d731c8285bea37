import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { nodeProcessRunner } from '../../src/core/process.js';
import { STEPS } from '../../src/pipeline/graph.js';
import type { StepContext } from '../../src/steps/types.js';

/** A temp folder per test, removed by the returned cleanup. */
export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `tollgate-test-${prefix}-`));
}

export const removeDir = (dir: string) => rm(dir, { recursive: true, force: true });

/** git in a fixture repository, with an identity and no user configuration leaking in. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    },
  });
}

export async function gitRepo(prefix: string): Promise<string> {
  const dir = await tempDir(prefix);
  git(dir, 'init', '-q', '-b', 'main');
  return dir;
}

/** A real step context: the real process runner, logs collected for assertions. */
export function stepContext(
  stepId: string,
  repoDir: string,
  outDir: string,
  inputs: Record<string, string> = {},
): StepContext & { lines: string[] } {
  const step = STEPS.find((s) => s.id === stepId);
  if (!step) throw new Error(`no step ${stepId}`);
  const lines: string[] = [];
  return {
    step,
    repoDir,
    outDir,
    reportsOf: (s) => join(dirname(outDir), s),
    inputs,
    commit: '0'.repeat(40),
    repository: 'example/fixture',
    upstream: {},
    log: (l) => lines.push(l),
    exec: nodeProcessRunner,
    signal: new AbortController().signal,
    lines,
  };
}

/** Every file a step wrote, as text, to check that a secret appears in none of them. */
export async function allOutput(outDir: string): Promise<string> {
  const names = await readdir(outDir, { recursive: true, withFileTypes: true });
  const texts = await Promise.all(
    names.filter((d) => d.isFile()).map((d) => readFile(join(d.parentPath, d.name), 'utf8')),
  );
  return texts.join('\n');
}
