import { randomBytes } from 'node:crypto';
import { mkdir, readdir, realpath, rename, rm, symlink } from 'node:fs/promises';
import { RUN_ID } from '../core/run-id.js';
import { basename, join } from 'node:path';

export interface RunFolder {
  id: string;
  dir: string;
  attestations: string;
  logs: string;
  reports: string;
  logOf(step: string): string;
  reportsOf(step: string): string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `20261126-120102-ab12`: UTC time first, so names sort by time; a random tail keeps them unique. */
export function runId(now: Date, random = randomBytes(2).toString('hex')): string {
  const d = `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}`;
  const t = `${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}`;
  return `${d}-${t}-${random}`;
}

export async function createRunFolder(outDir: string, id: string): Promise<RunFolder> {
  const dir = join(outDir, id);
  const f: RunFolder = {
    id,
    dir,
    attestations: join(dir, 'attestations'),
    logs: join(dir, 'logs'),
    reports: join(dir, 'reports'),
    logOf: (step) => join(dir, 'logs', `${step}.log`),
    reportsOf: (step) => join(dir, 'reports', step),
  };
  await mkdir(f.attestations, { recursive: true });
  await mkdir(f.logs, { recursive: true });
  await mkdir(f.reports, { recursive: true });
  return f;
}

/**
 * Points `<out>/latest` at the run. The link is made under a temporary name and renamed
 * over the old one, so `latest` always names a whole run, never nothing.
 */
export async function linkLatest(outDir: string, id: string): Promise<void> {
  const tmp = join(outDir, `.latest.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await symlink(id, tmp);
    await rename(tmp, join(outDir, 'latest'));
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/**
 * For each step, its folder in the newest earlier run that has one: a run of the per-merge
 * stage reads publish-image's output even when per-commit and per-PR ran as two runs. Run
 * names start with their UTC second; within one second, the run `latest` names is the newest.
 */
export async function earlierStepFolders(
  outDir: string,
  thisRun: string,
): Promise<Map<string, string>> {
  const latest = basename(await realpath(join(outDir, 'latest')).catch(() => ''));
  const second = (id: string) => id.slice(0, 15);
  const ids = (await readdir(outDir).catch(() => [] as string[]))
    .filter((n) => RUN_ID.test(n) && n !== thisRun)
    .sort(
      (a, b) => second(b).localeCompare(second(a)) || Number(b === latest) - Number(a === latest),
    );
  const found = new Map<string, string>();
  for (const id of ids) {
    for (const step of await readdir(join(outDir, id, 'reports')).catch(() => [] as string[])) {
      if (!found.has(step)) found.set(step, join(outDir, id, 'reports', step));
    }
  }
  return found;
}
