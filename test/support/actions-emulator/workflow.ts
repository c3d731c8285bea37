import type { WorkflowTemplate } from '@actions/workflow-parser';
import { parse } from 'yaml';
import { registerJsonHook } from './hooks.js';

/**
 * Workflows loaded with GitHub's own parser (@actions/workflow-parser): the same schema
 * checks and the same model (jobs, steps, `if:` with its implicit `success() &&`), with the
 * called workflows of `uses:` jobs fetched through `fetch`. The parser's model has no
 * `permissions`, so those are read from the YAML itself.
 */
export interface LoadedWorkflow {
  path: string;
  template: WorkflowTemplate;
  /** The YAML as data, for what the model leaves out (permissions, job env). */
  raw: Record<string, unknown>;
  /** Called workflows by their `uses:` text. */
  called: Map<string, { path: string; raw: Record<string, unknown> }>;
}

export type WorkflowFetch = (
  ref: { path: string } | { owner: string; repository: string; path: string; version: string },
) => { name: string; content: string };

export async function loadWorkflow(
  path: string,
  content: string,
  fetch: WorkflowFetch,
): Promise<LoadedWorkflow> {
  registerJsonHook();
  const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } =
    await import('@actions/workflow-parser');
  const { parseFileReference } = await import('@actions/workflow-parser/workflows/file-reference');
  const called = new Map<string, { path: string; raw: Record<string, unknown> }>();
  const parsed = parseWorkflow({ name: path, content }, new NoOperationTraceWriter());
  if (!parsed.value) {
    const errors = parsed.context.errors.getErrors().map((e) => e.message);
    throw new Error(`${path}: ${errors.join('; ')}`);
  }
  const template = await convertWorkflowTemplate(
    parsed.context,
    parsed.value,
    {
      getFileContent: (ref) => {
        const file = fetch(ref);
        return Promise.resolve(file);
      },
    },
    { fetchReusableWorkflowDepth: 1 },
  );
  if (template.errors?.length)
    throw new Error(`${path}: ${template.errors.map((e) => e.Message).join('; ')}`);
  for (const job of template.jobs) {
    if (job.type !== 'reusableWorkflowJob') continue;
    const file = fetch(parseFileReference(job.ref.value));
    called.set(job.ref.value, {
      path: file.name,
      raw: parse(file.content) as Record<string, unknown>,
    });
  }
  return { path, template, raw: parse(content) as Record<string, unknown>, called };
}
