import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { StepImplementation, StepResult } from '../types.js';
import { subjectsOf } from './artifacts.js';
import { isBuildRun, provenanceOf, runBuild } from './build.js';

/**
 * `compile`: runs the project's build, attests SLSA provenance whose subjects are the built
 * files and whose materials are the commit and the lockfiles, and makes the OpenAPI spec a
 * product so that `lint-openapi` finds it among its upstream products.
 */
export const compileStep: StepImplementation = {
  id: 'compile',
  async run(ctx): Promise<StepResult> {
    const run = await runBuild(ctx);
    if (!isBuildRun(run)) return run;
    const products = [...run.products];
    const openapi = (ctx.inputs['openapi-path'] ?? '').trim().replace(/^\.\//, '');
    let openapiNote = 'no OpenAPI spec configured';
    if (openapi) {
      if (existsSync(join(ctx.repoDir, openapi))) {
        if (!products.some((p) => p.name === openapi))
          products.push(...(await subjectsOf(ctx.repoDir, [openapi])));
        openapiNote = `OpenAPI spec: ${openapi}`;
      } else {
        // Not every project serves an API; the missing spec is reported, lint-openapi decides.
        openapiNote = `no OpenAPI spec at ${openapi}`;
        ctx.log(openapiNote);
      }
    }
    const reason = `built ${run.products.length} artefact(s) from ${run.from}; ${openapiNote}`;
    return {
      status: 'passed',
      reason,
      attestations: [provenanceOf(ctx, run, openapi ? { openapiPath: openapi } : {})],
      products,
      materials: run.materials,
      reports: [],
      summary: `**compile** \`${run.command}\`: ${reason}`,
      metrics: { artefacts: run.products.length },
    };
  },
};
