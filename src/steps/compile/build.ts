import { makeProvenance } from '../../attest/predicates/builders.js';
import { PREDICATE } from '../../attest/predicates/types.js';
import type { Subject } from '../../attest/statement.js';
import { commitSubject } from '../../attest/statement.js';
import { defaultBuildCommand, detectLanguage, type Language } from '../common/detect-language.js';
import { runShell, tailReason } from '../common/shell.js';
import type { StepContext, StepResult } from '../types.js';
import { buildOutputs, lockfileMaterials } from './artifacts.js';

export interface BuildRun {
  language: Language | undefined;
  command: string;
  /** Where the products were taken from (output folder or globs). */
  from: string;
  products: Subject[];
  materials: Subject[];
  startedOn: Date;
  finishedOn: Date;
}

/**
 * Runs the build command of `compile` and `instrument` and collects what it produced. A
 * failed or impossible build comes back as a failed StepResult (the caller returns it as is).
 */
export async function runBuild(
  ctx: StepContext,
  options: { goCover?: boolean } = {},
): Promise<BuildRun | StepResult> {
  const language = detectLanguage(ctx.repoDir);
  const input = (ctx.inputs['build-command'] ?? 'auto').trim() || 'auto';
  const command =
    input === 'auto' ? await defaultBuildCommand(ctx.repoDir, language, options) : input;
  if (!command) {
    return failed(
      'cannot tell how to build this project (no package.json, go.mod or Python project file); set the build-command input',
    );
  }
  ctx.log(`language: ${language ?? 'unknown'}; build command: ${command}`);
  const startedOn = new Date();
  const res = await runShell(ctx, command);
  const finishedOn = new Date();
  if (res.code !== 0) {
    return failed(tailReason(`build command exited with code ${res.code}`, res));
  }
  const { from, products } = await buildOutputs(ctx.repoDir, ctx.inputs.artifacts);
  const materials = [
    commitSubject(ctx.repository, ctx.commit),
    ...(await lockfileMaterials(ctx.repoDir)),
  ];
  return { language, command, from, products, materials, startedOn, finishedOn };
}

export function isBuildRun(r: BuildRun | StepResult): r is BuildRun {
  return 'command' in r;
}

export function failed(reason: string): StepResult {
  return { status: 'failed', reason, attestations: [], products: [], reports: [] };
}

/** SLSA provenance v1 of a build step; the materials become resolvedDependencies. */
export function provenanceOf(
  ctx: StepContext,
  run: BuildRun,
  extra: Record<string, unknown> = {},
  materials: Subject[] = run.materials,
): StepResult['attestations'][number] {
  return {
    predicateType: PREDICATE.slsaProvenance,
    predicate: makeProvenance({
      builderId: `https://tollgate.dev/steps/${ctx.step.id}`,
      externalParameters: {
        repository: ctx.repository,
        command: run.command,
        language: run.language ?? 'unknown',
        artefacts: run.from,
        ...extra,
      },
      materials: materials.map((m) => ({ name: m.name, digest: m.digest })),
      startedOn: run.startedOn,
      finishedOn: run.finishedOn,
    }),
  };
}
