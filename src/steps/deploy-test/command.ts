import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StepContext } from '../types.js';
import { freePort } from './free-port.js';
import type { DeployOptions } from './options.js';
import { startGroup } from './process-group.js';
import type { DeployTarget, Deployed } from './target.js';

export const COMMAND_LOG = 'service.log';

/**
 * command: the user's own start command (a script, `node dist/main.js`, `docker compose
 * up`...), run detached in its own process group in the repository with PORT and BASE_URL
 * set; its output goes to service.log in the step's folder. Nothing is built here, so the
 * attestation's subject is the commit alone.
 */
export const commandTarget: DeployTarget = {
  async deploy(ctx: StepContext, o: DeployOptions, started): Promise<Deployed> {
    const port = o.port ?? (await freePort());
    const baseUrl = o.baseUrl ?? `http://127.0.0.1:${port}`;
    const log = join(ctx.outDir, COMMAND_LOG);
    const { record, child } = startGroup({
      command: o.command!,
      cwd: ctx.repoDir,
      env: { ...o.env, PORT: String(port), BASE_URL: baseUrl },
      log,
    });
    // Listened to before anything else is awaited: a command that fails at once may exit
    // while the teardown record is written, and a missed exit would wait out the timeout.
    let exited: string | undefined;
    child.once('exit', (code, sig) => {
      exited = `the command exited with ${sig ?? `code ${code}`}`;
    });
    await started({ target: 'command', processes: [record] });
    ctx.log(`started \`${o.command}\` as process group ${record.pid}, PORT=${port}`);
    const url = new URL(baseUrl);
    return {
      deployment: {
        baseUrl,
        host: url.hostname,
        ports: [Number(url.port) || port],
        declaredPorts: [port],
        target: 'command',
      },
      gone: () => exited,
      logTail: async () =>
        (await readFile(log, 'utf8').catch(() => '')).trim().split('\n').slice(-5).join(' | '),
    };
  },
};
