import { setTimeout as sleep } from 'node:timers/promises';
import { nodeProcessRunner, type ProcessRunner } from '../../core/process.js';
import { podman } from './podman-cli.js';
import { killGroup, startGroup } from './process-group.js';
import { readTeardown, writeTeardown } from './teardown-record.js';
import { TollgateError } from '../../core/errors.js';

/**
 * The restart fault: kill the service hard (SIGKILL, no graceful shutdown), then start it
 * again the way deploy-test did. podman keeps the container (`kill` + `start`); the command
 * target's process group is started anew and teardown.json updated with its new PID, so the
 * run's teardown ends the new process and not the dead one. Returns what was restarted.
 */
export async function restartDeployment(
  deployDir: string,
  exec: ProcessRunner = nodeProcessRunner,
): Promise<string> {
  const record = await readTeardown(deployDir);
  if (!record) {
    throw new TollgateError(
      'INPUT_UNREADABLE',
      `${deployDir}: no teardown.json, nothing to restart`,
      {
        hint: 'the restart fault needs deploy-test of the same run (podman or command target)',
      },
    );
  }
  if (record.podman?.containers.length) {
    const names = record.podman.containers;
    await podman(exec, record.podman, ['kill', ...names]);
    await podman(exec, record.podman, ['start', ...names]);
    return `container ${names.join(', ')}`;
  }
  const [proc, ...rest] = record.processes ?? [];
  if (record.target === 'command' && proc) {
    await killGroup(proc.pid, 0);
    await sleep(20);
    const { record: next } = startGroup({
      command: proc.command,
      cwd: proc.cwd,
      env: proc.env,
      log: proc.log,
    });
    await writeTeardown(deployDir, { ...record, processes: [next, ...rest] });
    return `process group ${proc.pid} → ${next.pid}`;
  }
  throw new TollgateError(
    'INPUT_INVALID',
    `the ${record.target} target cannot be restarted by chaos`,
    {
      hint: 'leave restart out of the faults input for this target',
    },
  );
}
