import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Subject } from '../../src/attest/statement.js';
import { nodeProcessRunner } from '../../src/core/process.js';
import { STEPS } from '../../src/pipeline/graph.js';
import type { StepContext } from '../../src/steps/types.js';

export const LINT_FIXTURES = resolve(import.meta.dirname, '../fixtures/lint');

/** A step context over a fixture folder with the real process runner and a fresh outDir. */
export async function lintContext(
  stepId: string,
  fixture: string,
  inputs: Record<string, string> = {},
  upstream: Record<string, Subject[]> = {},
): Promise<StepContext & { lines: string[] }> {
  const step = STEPS.find((s) => s.id === stepId);
  if (!step) throw new Error(`no step ${stepId}`);
  const lines: string[] = [];
  const outDir = await mkdtemp(join(tmpdir(), `tollgate-${stepId}-`));
  return {
    step,
    repoDir: join(LINT_FIXTURES, fixture),
    outDir,
    reportsOf: (s) => join(dirname(outDir), s),
    inputs,
    commit: '0'.repeat(40),
    repository: 'example/lint',
    upstream,
    log: (l) => lines.push(l),
    exec: nodeProcessRunner,
    signal: new AbortController().signal,
    lines,
  };
}
