import { readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { RUN_ID } from '../core/run-id.js';

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
