import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../../core/fs.js';

/**
 * `teardown.json` in deploy-test's folder: everything needed to stop what the step started,
 * without the step's memory (the local runner tears down at the end of the run, and chaos
 * restarts the service through it). Written as soon as something runs, updated on restart.
 */
export const TEARDOWN_FILE = 'teardown.json';

/** A process group started by the step (the command target, kubectl port-forward). */
export interface ProcessRecord {
  pid: number;
  command: string;
  cwd: string;
  /** Only the variables the step added (PORT, BASE_URL, the env input), not the whole environment. */
  env: Record<string, string>;
  log: string;
}

export interface PodmanRecord {
  /** Per-deployment folder holding the storage root, run root and containers.conf; removed at teardown. */
  base: string;
  /** Global flags of every podman call (root, runroot, storage driver, runtime...). */
  flags: string[];
  /** Environment of every podman call (CONTAINERS_CONF with the ulimits that work here). */
  env: Record<string, string>;
  /** Containers of the service (without pod infra containers): what a restart kills. */
  containers: string[];
  /** The rendered manifest that `podman kube play` ran, for `podman kube down`. */
  kubeFile?: string;
}

export interface TeardownRecord {
  target: 'podman' | 'kubernetes' | 'command';
  podman?: PodmanRecord;
  processes?: ProcessRecord[];
  kubernetes?: { kubeconfig: string; manifest: string };
}

export async function writeTeardown(dir: string, record: TeardownRecord): Promise<void> {
  await writeFileAtomic(join(dir, TEARDOWN_FILE), `${JSON.stringify(record, null, 2)}\n`);
}

/** The record in a folder, or undefined when there is none (nothing deployed, or torn down). */
export async function readTeardown(dir: string): Promise<TeardownRecord | undefined> {
  const text = await readFile(join(dir, TEARDOWN_FILE), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as TeardownRecord;
  } catch {
    return undefined;
  }
}
