import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { StepContext } from '../steps/types.js';

/** A run folder's name as src/runner/run-folder.ts makes it: `20261126-120102-ab12`. */
const RUN_ID = /^\d{8}-\d{6}-[0-9a-f]+$/;

const isDir = (p: string) =>
  stat(p).then(
    (s) => s.isDirectory(),
    () => false,
  );

/**
 * Where a step's outputs are, for the per-merge steps. `ctx.reportsOf` names this run's
 * folder or the latest earlier run's; the per-merge stage also needs per-commit outputs
 * (publish-image) when per-commit and per-pr ran as two runs, so when the named folder is
 * missing and it lies in a run folder (`<runs>/<id>/reports/<step>`), the newest run folder
 * that has the step is taken instead.
 */
export async function stepDir(ctx: StepContext, step: string): Promise<string> {
  const named = ctx.reportsOf(step);
  if (await isDir(named)) return named;
  for (const run of await runFolders(named)) {
    const candidate = join(run, 'reports', step);
    if (await isDir(candidate)) return candidate;
  }
  return named;
}

/**
 * The run folders beside the one `reportsDir` lies in (`<runs>/<id>/reports/<step>`), newest
 * first; none when it is not in a run folder (a GitHub job's downloaded artifacts).
 */
export async function runFolders(reportsDir: string): Promise<string[]> {
  const runDir = dirname(dirname(reportsDir));
  if (basename(dirname(reportsDir)) !== 'reports' || !RUN_ID.test(basename(runDir))) return [];
  const runs = dirname(runDir);
  const ids = (await readdir(runs).catch(() => [] as string[])).filter((n) => RUN_ID.test(n));
  return ids
    .sort()
    .reverse()
    .map((id) => join(runs, id));
}

/**
 * Where a step's signed bundles are: beside its folder (a downloaded GitHub artifact) or in
 * the `attestations/` folder of the run the folder belongs to (see src/runner/run-folder.ts).
 */
export function bundleDirsOf(reportsDir: string): string[] {
  const parent = dirname(reportsDir);
  return [parent, join(dirname(parent), 'attestations')];
}
