import { stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { TollgateError } from '../../core/errors.js';
import { globMatch } from '../../core/glob.js';
import { readDeployment } from '../common/handoff.js';
import { listRepoFiles } from '../common/repo-files.js';
import type { StepContext } from '../types.js';

/** One file to check: where it is, how findings name it, and what it holds. */
export interface CloudFile {
  abs: string;
  display: string;
  kind: 'yaml' | 'terraform' | 'plan';
}

const kindOf = (name: string): CloudFile['kind'] | undefined =>
  /\.(ya?ml|json)$/i.test(name) ? 'yaml' : /\.tf$/i.test(name) ? 'terraform' : undefined;

/** Files of the rendered manifests of deploy-test: one file, or the YAML/JSON files of a folder. */
async function renderedFiles(ctx: StepContext, rendered: string): Promise<CloudFile[]> {
  const dir = ctx.reportsOf('deploy-test');
  const abs = isAbsolute(rendered) ? rendered : join(dir, rendered);
  const info = await stat(abs).catch((e: unknown) => {
    throw new TollgateError(
      'INPUT_UNREADABLE',
      `deploy-test names rendered manifests ${abs}, which do not exist`,
      { cause: e },
    );
  });
  const names = info.isDirectory() ? (await listRepoFiles(abs)).map((f) => join(abs, f)) : [abs];
  return names
    .filter((f) => kindOf(f) === 'yaml')
    .map((f) => ({
      abs: f,
      display: `deploy-test/${relative(dir, f).split(sep).join('/')}`,
      kind: 'yaml' as const,
    }));
}

/**
 * What cloud-scan reads: the files matching `paths` in the repository, else the manifests
 * deploy-test rendered (the objects as deployed); and the `terraform-plan` JSON when given.
 */
export async function cloudFiles(ctx: StepContext): Promise<CloudFile[]> {
  const files: CloudFile[] = [];
  const globs = (ctx.inputs.paths ?? '')
    .split(/[\n,]+/)
    .map((g) => g.trim())
    .filter(Boolean);
  const plan = ctx.inputs['terraform-plan']?.trim();
  if (globs.length) {
    for (const f of await listRepoFiles(ctx.repoDir)) {
      const kind = kindOf(f);
      if (kind && globs.some((g) => globMatch(g, f)))
        files.push({ abs: join(ctx.repoDir, f), display: f, kind });
    }
  } else {
    try {
      const deployment = await readDeployment(ctx);
      if (deployment.renderedManifests)
        files.push(...(await renderedFiles(ctx, deployment.renderedManifests)));
    } catch (e) {
      if (!plan) throw e; // nothing to scan at all: say that deploy-test's output is missing
    }
  }
  if (plan)
    files.push({
      abs: isAbsolute(plan) ? plan : join(ctx.repoDir, plan),
      display: plan,
      kind: 'plan',
    });
  if (!files.length)
    throw new TollgateError(
      'INPUT_INVALID',
      `cloud-scan found nothing to check${globs.length ? ` (paths: ${globs.join(', ')})` : ''}`,
      {
        hint: 'set paths to the Kubernetes and Terraform files, terraform-plan to a plan JSON, or let deploy-test write renderedManifests',
      },
    );
  return files;
}
