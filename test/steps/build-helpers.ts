import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Subject } from '../../src/attest/statement.js';
import { nodeProcessRunner } from '../../src/core/process.js';
import { findStep } from '../../src/pipeline/graph.js';
import { implementationOf } from '../../src/steps/registry.js';
import type { StepContext, StepResult } from '../../src/steps/types.js';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'build');

/** A scratch copy of a fixture project plus a reports root, removed by `cleanup`. */
export function scratch(fixture?: string): { repo: string; reports: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'tollgate-build-'));
  const repo = join(root, 'repo');
  if (fixture) cpSync(join(FIXTURES, fixture), repo, { recursive: true });
  return {
    repo,
    reports: join(root, 'reports'),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Runs a registered step for real, as the runner would: its own folder under the reports root. */
export async function runStep(
  id: string,
  repo: string,
  reports: string,
  inputs: Record<string, string> = {},
  upstream: Record<string, Subject[]> = {},
): Promise<StepResult & { log: string[] }> {
  const step = findStep(id)!;
  const impl = (await implementationOf(id))!;
  const log: string[] = [];
  const ctx: StepContext = {
    step,
    repoDir: repo,
    outDir: join(reports, id),
    reportsOf: (s) => join(reports, s),
    inputs,
    commit: 'a'.repeat(40),
    repository: 'example/app',
    upstream,
    log: (l) => log.push(l),
    exec: nodeProcessRunner,
    signal: new AbortController().signal,
  };
  return { ...(await impl.run(ctx)), log };
}

export const UNIT = { 'test-command': 'npm test', 'junit-path': 'junit.xml' };
export const INTEGRATION = {
  'test-command': 'npm run test:integration',
  'junit-path': 'junit-integration.xml',
};
