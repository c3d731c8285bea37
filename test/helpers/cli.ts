import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line in-process (fast; the same code path as the binary after argv). */
export async function runCli(
  argv: string[],
  cwd = projectRoot,
  now = new Date(),
  env: NodeJS.ProcessEnv = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
    cwd,
    env,
    now: () => now,
  });
  return { code, stdout, stderr };
}

/** Runs the built binary as a user would (needs `npm run build`, which the test script does). */
export function runBin(argv: string[], cwd = projectRoot): CliResult {
  const r = spawnSync(process.execPath, [path.join(projectRoot, 'bin/tollgate.js'), ...argv], {
    cwd,
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
