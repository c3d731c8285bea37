import { readdir, readFile, rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { nodeProcessRunner, type ProcessRunner } from '../../core/process.js';
import { killGroup } from './process-group.js';
import { PODMAN_BASE_PREFIX, podman, podmanTmpRoot } from './podman-cli.js';
import { readTeardown, TEARDOWN_FILE, type TeardownRecord } from './teardown-record.js';

/**
 * Stops everything a deployment started and removes what it left: processes (by process
 * group), podman containers or pods and the private podman storage, Kubernetes objects.
 * Every part is tried even when an earlier one fails; the problems are returned, not
 * thrown, because teardown runs while a run is ending (after a failure, on Ctrl-C).
 */
export async function tearDown(
  record: TeardownRecord,
  exec: ProcessRunner = nodeProcessRunner,
): Promise<string[]> {
  const problems: string[] = [];
  const attempt = async (what: string, f: () => Promise<unknown>) => {
    try {
      await f();
    } catch (e) {
      problems.push(`${what}: ${(e as Error).message}`);
    }
  };
  for (const p of record.processes ?? [])
    await attempt(`process group ${p.pid}`, () => killGroup(p.pid));
  const pm = record.podman;
  if (pm) {
    if (pm.kubeFile)
      await attempt('podman kube down', () => podman(exec, pm, ['kube', 'down', pm.kubeFile!]));
    if (pm.containers.length) {
      await attempt('podman rm', () =>
        podman(exec, pm, ['rm', '-f', '-t', '0', '--ignore', ...pm.containers]),
      );
    }
    // Only a folder the deploy step made in the temp folder: a corrupted record must not
    // turn teardown into the removal of an arbitrary path.
    if (pm.base.startsWith(join(podmanTmpRoot(), PODMAN_BASE_PREFIX))) {
      await attempt('podman storage', async () => {
        // conmon ends a removed container with `podman --root <base>/root container cleanup`,
        // which may start after `podman rm` returned and would make the storage again.
        await untilNoProcessUses(pm.base);
        await rm(pm.base, { recursive: true, force: true });
      });
    }
  }
  const k = record.kubernetes;
  if (k) {
    await attempt('kubectl delete', async () => {
      const res = await exec.run(
        'kubectl',
        [
          '--kubeconfig',
          k.kubeconfig,
          'delete',
          '--ignore-not-found',
          '--wait=false',
          '-f',
          k.manifest,
        ],
        { cwd: tmpdir() },
      );
      if (res.code !== 0) throw new Error(res.stderr.trim());
    });
  }
  return problems;
}

/** Processes whose command line names `path` (podman, conmon and its cleanup of that storage). */
async function processesUsing(path: string): Promise<number> {
  const pids = (await readdir('/proc').catch(() => [])).filter((n) => /^\d+$/.test(n));
  let n = 0;
  for (const pid of pids) {
    const cmd = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (cmd.includes(path)) n++;
  }
  return n;
}

/** Waits (at most `maxMs`) until no process names the podman folder any more. */
async function untilNoProcessUses(path: string, maxMs = 10_000): Promise<void> {
  const until = Date.now() + maxMs;
  while ((await processesUsing(path)) > 0 && Date.now() < until) await sleep(50);
}

/** Tears down the deployment recorded in one step folder, then forgets it (idempotent). */
export async function tearDownDeploymentIn(dir: string, log: (l: string) => void = () => {}) {
  const record = await readTeardown(dir);
  if (!record) return;
  const problems = await tearDown(record);
  for (const p of problems) log(`teardown ${dir}: ${p}`);
  await rm(join(dir, TEARDOWN_FILE), { force: true });
}

/**
 * What the local runner calls when a run ends, however it ends: every step folder given that
 * holds a teardown.json is torn down (folders without one are skipped).
 */
export async function tearDownDeployments(
  dirs: string[],
  log: (l: string) => void = () => {},
): Promise<void> {
  for (const dir of dirs) await tearDownDeploymentIn(dir, log);
}
