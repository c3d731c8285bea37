import { join } from 'node:path';
import type { Subject } from '../../attest/statement.js';
import { sha256Hex } from '../../core/digest.js';
import { writeFileAtomic } from '../../core/fs.js';
import { isBuildRun, provenanceOf, runBuild } from '../compile/build.js';
import type { StepImplementation, StepResult } from '../types.js';
import { coverageEnv, METHODS } from './convention.js';

export const MANIFEST = 'instrumentation.json';

/** How many of compile's products came out byte for byte the same: a free reproducibility check. */
function compareWith(compile: Subject[] | undefined, ours: Subject[]): string {
  if (!compile?.length) return 'no compile products to compare with';
  const theirs = new Map(compile.map((s) => [s.name, s.digest.sha256]));
  const same = ours.filter((s) => theirs.get(s.name) === s.digest.sha256).length;
  return `${same} of ${ours.length} artefact(s) identical to compile's`;
}

/**
 * `instrument`: the build the tests run against, with coverage collection. For Node, Go
 * with -cover aside, no toolchain needs a separately instrumented artefact: V8 counts
 * coverage at run time. So the step rebuilds (in CI it runs in its own job, on a fresh
 * checkout), attests the build with compile's products among the materials, and writes a
 * manifest of the coverage convention the test steps apply (see convention.ts).
 */
export const instrumentStep: StepImplementation = {
  id: 'instrument',
  async run(ctx): Promise<StepResult> {
    const run = await runBuild(ctx, { goCover: true });
    if (!isBuildRun(run)) return run;
    const method =
      METHODS[run.language ?? ''] ??
      'none known for this project: coverage comes only from reports the test commands write';
    const manifest = {
      language: run.language ?? 'unknown',
      method,
      // Relative to each test step's reports folder.
      environment: coverageEnv('.'),
    };
    const text = JSON.stringify(manifest, null, 2) + '\n';
    await writeFileAtomic(join(ctx.outDir, MANIFEST), text);
    const manifestSubject: Subject = {
      name: `${ctx.step.id}/${MANIFEST}`,
      digest: { sha256: sha256Hex(text) },
    };
    const compiled = ctx.upstream.compile;
    const materials = [...run.materials, ...(compiled ?? [])];
    const comparison = compareWith(compiled, run.products);
    ctx.log(comparison);
    const reason = `instrumented build: ${run.products.length} artefact(s) from ${run.from}; ${comparison}`;
    return {
      status: 'passed',
      reason,
      attestations: [provenanceOf(ctx, run, { instrumentation: method }, materials)],
      products: [...run.products, manifestSubject],
      materials,
      reports: [MANIFEST],
      summary: `**instrument** \`${run.command}\`: ${reason}. Coverage method: ${method}.`,
      metrics: { artefacts: run.products.length },
    };
  },
};
