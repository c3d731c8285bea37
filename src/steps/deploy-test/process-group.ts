import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { forRepositoryCode } from '../../core/child-env.js';
import type { ProcessRecord } from './teardown-record.js';

/**
 * Long-running processes of a deployment (the command target's service, kubectl
 * port-forward). Each runs detached in its own process group, so that teardown ends the
 * command and everything it started (npm → node) with one signal to the group, and outlives
 * the step: later steps test it, and the runner ends it when the run ends.
 */
export function startGroup(p: Omit<ProcessRecord, 'pid'>): {
  record: ProcessRecord;
  child: ChildProcess;
} {
  const out = openSync(p.log, 'a');
  try {
    const child = spawn('bash', ['-c', p.command], {
      cwd: p.cwd,
      // The service is the repository's code: it runs without the signing variables.
      env: forRepositoryCode({ ...process.env, ...p.env }),
      detached: true,
      stdio: ['ignore', out, out],
    });
    child.unref();
    if (child.pid === undefined) throw new Error(`could not start bash -c ${p.command}`);
    return { record: { ...p, pid: child.pid }, child };
  } finally {
    closeSync(out);
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the group, SIGKILL after `graceMs` if anything is left; resolves when it is gone. */
export async function killGroup(pid: number, graceMs = 5000): Promise<void> {
  const send = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig);
    } catch {
      // already gone
    }
  };
  send('SIGTERM');
  const until = Date.now() + graceMs;
  while (groupAlive(pid) && Date.now() < until) await sleep(50);
  if (groupAlive(pid)) {
    send('SIGKILL');
    for (let i = 0; i < 40 && groupAlive(pid); i++) await sleep(50);
  }
}
