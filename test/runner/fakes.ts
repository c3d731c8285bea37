import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKeySigner, generateKeyPair, parsePrivateKey } from '../../src/attest/signers/key.js';
import { nodeProcessRunner } from '../../src/core/process.js';
import { findStep } from '../../src/pipeline/graph.js';
import type { Progress } from '../../src/runner/progress.js';
import type { RunnerDeps, RunOptions } from '../../src/runner/runner.js';
import type { StepImplementation, StepResult } from '../../src/steps/types.js';
import { PASSING } from '../helpers/gate-fixture.js';

export const COMMIT = 'c'.repeat(40);

/** Start and end of every fake step, in the order they happened. */
export interface Timeline {
  events: { step: string; at: number; kind: 'start' | 'end' }[];
}

export interface FakeSpec {
  ms?: number;
  status?: 'passed' | 'failed';
  crash?: string;
  /** Runs this before returning (e.g. a real child process). */
  body?: (ctx: Parameters<StepImplementation['run']>[0]) => Promise<void>;
}

/** A step implementation that waits, then attests a passing (or failing) result of its step's types. */
export function fakeStep(id: string, spec: FakeSpec, timeline?: Timeline): StepImplementation {
  const def = findStep(id)!;
  return {
    id,
    async run(ctx) {
      timeline?.events.push({ step: id, at: performance.now(), kind: 'start' });
      try {
        if (spec.ms) await new Promise((r) => setTimeout(r, spec.ms));
        if (spec.body) await spec.body(ctx);
        if (spec.crash) throw new Error(spec.crash);
        const status = spec.status ?? 'passed';
        const result: StepResult = {
          status,
          ...(status === 'failed' ? { reason: `${id} found a problem` } : {}),
          attestations: def.attests.map((t) => ({ predicateType: t, predicate: PASSING[t] ?? {} })),
          products: [{ name: `${id}.out`, digest: { sha256: 'd'.repeat(64) } }],
          reports: [],
          metrics: { findings: status === 'failed' ? 1 : 0 },
        };
        return result;
      } finally {
        timeline?.events.push({ step: id, at: performance.now(), kind: 'end' });
      }
    },
  };
}

export function registryOf(impls: StepImplementation[]) {
  const map = new Map(impls.map((i) => [i.id, i]));
  return (id: string) => map.get(id);
}

export const quietProgress: Progress = { started() {}, finished() {}, close() {} };

export class TempDir {
  readonly dir = mkdtempSync(join(tmpdir(), 'tollgate-runner-'));
  remove() {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A repository with one commit, as `tollgate run` expects. */
export function gitRepo(dir: string): string {
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      stdio: 'ignore',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.org',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.org',
      },
    });
  git('init', '-q');
  git('commit', '-q', '--allow-empty', '-m', 'first');
  return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
}

export function runnerDeps(
  impls: StepImplementation[],
  signal = new AbortController().signal,
): RunnerDeps {
  const pair = generateKeyPair();
  return {
    implementationOf: registryOf(impls),
    exec: nodeProcessRunner,
    signer: createKeySigner(parsePrivateKey(pair.privateKeyPem, 'test key')),
    publicKeyPem: pair.publicKeyPem,
    env: {},
    now: () => new Date(),
    progress: quietProgress,
    signal,
  };
}

export function runOptions(dir: string, o: Partial<RunOptions> = {}): RunOptions {
  return {
    repoDir: dir,
    outDir: join(dir, '.tollgate/runs'),
    stages: [],
    only: [],
    jobs: 4,
    commit: COMMIT,
    repository: 'example/repo',
    ...o,
  };
}
