import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TollgateError } from '../../../core/errors.js';
import type { ImageConfig } from '../../../oci/types.js';
import { APP_DIR } from './app.js';
import { APP_UID } from './runtime.js';

/** Docker counts healthcheck durations in nanoseconds. */
const SECOND = 1_000_000_000;
const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** A command input: a JSON array as is, else split on white space (no shell quoting). */
export function commandOf(value: string): string[] {
  const v = value.trim();
  if (v.startsWith('[')) {
    const parsed: unknown = JSON.parse(v);
    if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string') && parsed.length) {
      return parsed as string[];
    }
    throw new TollgateError('INPUT_INVALID', `"${v}" is not a JSON array of strings`);
  }
  return v.split(/\s+/);
}

/**
 * What the image runs: the `command` input, else `scripts.start` of package.json when it is
 * `node <file>` (how the project says it starts), else its `main`.
 */
export async function defaultCommand(projectDir: string): Promise<string[]> {
  const path = join(projectDir, 'package.json');
  let pkg: { main?: unknown; scripts?: { start?: unknown } };
  try {
    pkg = JSON.parse(await readFile(path, 'utf8')) as typeof pkg;
  } catch (e) {
    throw new TollgateError('INPUT_INVALID', `${path}: cannot read the entry point`, {
      cause: e,
      hint: 'set the command input, e.g. node /app/dist/main.js',
    });
  }
  const start = typeof pkg.scripts?.start === 'string' ? pkg.scripts.start : '';
  const m = /^node\s+(\S+\.[cm]?js)$/.exec(start.trim());
  const main = m?.[1] ?? (typeof pkg.main === 'string' ? pkg.main : undefined);
  if (!main) {
    throw new TollgateError('INPUT_INVALID', `${path}: no "main" and no "start": "node <file>"`, {
      hint: 'set the command input, e.g. node /app/dist/main.js',
    });
  }
  return ['node', `${APP_DIR}/${main.replace(/^\.\//, '')}`];
}

export interface ConfigInput {
  created: string;
  diffIds: string[];
  history: string[];
  cmd: string[];
  port: number;
  healthcheck?: string[];
  labels: Record<string, string>;
}

const ARCH: Record<string, string> = {
  x64: 'amd64',
  arm64: 'arm64',
  arm: 'arm',
  ppc64: 'ppc64le',
  s390x: 's390x',
};

export function imageConfig(input: ConfigInput): ImageConfig {
  return {
    created: input.created,
    architecture: ARCH[process.arch] ?? process.arch,
    os: 'linux',
    config: {
      User: `${APP_UID}:${APP_UID}`,
      Env: [PATH_ENV, 'NODE_ENV=production', `PORT=${input.port}`],
      Cmd: input.cmd,
      WorkingDir: APP_DIR,
      ExposedPorts: { [`${input.port}/tcp`]: {} },
      Labels: input.labels,
      StopSignal: 'SIGTERM',
      ...(input.healthcheck
        ? {
            Healthcheck: {
              Test: ['CMD', ...input.healthcheck],
              Interval: 30 * SECOND,
              Timeout: 3 * SECOND,
              StartPeriod: 5 * SECOND,
              Retries: 3,
            },
          }
        : {}),
    },
    rootfs: { type: 'layers', diff_ids: input.diffIds },
    history: input.history.map((h) => ({ created: input.created, created_by: h })),
  };
}
