import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';

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
