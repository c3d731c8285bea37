import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProcessRunner } from '../../core/process.js';
import { installTools } from '../../tools/install.js';
import type { ToolsFolder } from '../../tools/resolve.js';

/**
 * The step tools of an action run: GitHub gives an action its committed files only, so the
 * npm tools the steps run are installed on first use from the lock shipped next to the
 * runtime bundle (actions/_runtime/tools, written by scripts/tools-lock.mjs) into the
 * runner's tool cache, where later jobs with the same lock find them. Undefined where no
 * lock is shipped (the runtime run from a checkout): the steps then use Tollgate's own
 * node_modules.
 */
export function stepToolsFolder(o: {
  /** The folder of the runtime bundle (actions/_runtime/dist). */
  runtimeDir: string;
  env: NodeJS.ProcessEnv;
  exec: ProcessRunner;
  log: (line: string) => void;
  signal?: AbortSignal;
}): ToolsFolder | undefined {
  const lockDir = join(o.runtimeDir, '..', 'tools');
  if (!existsSync(join(lockDir, 'package-lock.json'))) return undefined;
  const cacheDir = o.env.RUNNER_TOOL_CACHE || o.env.RUNNER_TEMP || tmpdir();
  return (pkg) =>
    installTools({
      lockDir,
      cacheDir,
      pkg,
      exec: o.exec,
      env: o.env,
      log: o.log,
      ...(o.signal ? { signal: o.signal } : {}),
    });
}
