import { accessSync, constants } from 'node:fs';
import { delimiter, join, relative, isAbsolute } from 'node:path';
import type { ProcessRunner } from '../core/process.js';
import { TollgateError } from '../core/errors.js';

export interface ContainerSettings {
  image: string;
  /** The repository: the one folder mounted (read-write, at the same path). */
  workspace: string;
  /** Extra writable folders outside the workspace (the run folder when --out is elsewhere). */
  writable: string[];
  podman?: string;
}

const inside = (dir: string, root: string) => {
  const r = relative(root, dir);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
};

/**
 * The podman command line for one tool invocation. Paths are mounted at the same place as on
 * the host, so the paths a step computes mean the same inside. The root file system is
 * read-only (podman adds tmpfs for /tmp, /var/tmp and /run), all capabilities are dropped,
 * and only the environment variables the step passes explicitly are forwarded, by name, so
 * their values never appear on a command line.
 */
export function podmanArgs(
  s: ContainerSettings,
  command: string,
  args: string[],
  cwd: string,
  envNames: string[],
): string[] {
  const mounts = [s.workspace, ...s.writable.filter((w) => !inside(w, s.workspace))];
  return [
    'run',
    '--rm',
    '--init',
    '--interactive',
    '--read-only',
    '--cap-drop=all',
    '--security-opt=no-new-privileges',
    '--userns=keep-id',
    ...mounts.map((m) => `--volume=${m}:${m}:rw`),
    `--workdir=${cwd}`,
    ...envNames.sort().map((n) => `--env=${n}`),
    s.image,
    command,
    ...args,
  ];
}

/** Wraps a process runner so every process a step starts runs in its own container. */
export function containerProcessRunner(s: ContainerSettings, base: ProcessRunner): ProcessRunner {
  return {
    run(command, args, options) {
      // What the step set or changed is forwarded; what it passed on unchanged from the host
      // (its PATH, HOME: every process gets the step's whole environment) stays outside.
      const given = options.env ?? {};
      const names = Object.keys(given).filter((n) => given[n] !== process.env[n]);
      const env = { ...process.env, ...given };
      return base.run(s.podman ?? 'podman', podmanArgs(s, command, args, options.cwd, names), {
        ...options,
        env,
      });
    },
  };
}

export function findExecutable(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Checks that container isolation can work before anything runs. */
export function requirePodman(env: NodeJS.ProcessEnv, image: string | undefined): string {
  const podman = findExecutable('podman', env);
  if (!podman) {
    throw new TollgateError('USAGE', '--isolation container needs podman, which is not installed', {
      hint: 'install podman (https://podman.io), or use --isolation process',
    });
  }
  if (!image) {
    throw new TollgateError('USAGE', '--isolation container needs an image to run the steps in', {
      hint: 'pass --image REF (best pinned by digest: name@sha256:...) or set TOLLGATE_IMAGE',
    });
  }
  return podman;
}

/** The digest of an image reference pinned by digest, for the step metadata. */
export function imageDigestOf(image: string): string | undefined {
  return /@(sha256:[0-9a-f]{64})$/.exec(image)?.[1];
}
