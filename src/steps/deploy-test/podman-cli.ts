import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TollgateError } from '../../core/errors.js';
import { writeFileAtomic } from '../../core/fs.js';
import type { ProcessRunner } from '../../core/process.js';

/**
 * podman as it works on these machines and on GitHub's Ubuntu runners without a daemon:
 * a private storage root per deployment (vfs: no overlay mounts to leak; large, so it lives
 * in the temp folder, not in the reports that become an artifact, and is removed at
 * teardown), runc (crun fails here), cgroupfs and file events (no systemd). The ulimits go
 * into a containers.conf because `podman kube play` has no --ulimit flag and the default
 * nofile limit is refused inside containers here ("error setting rlimit type 7").
 */
export interface PodmanEnv {
  base: string;
  flags: string[];
  env: Record<string, string>;
}

const CONTAINERS_CONF = `[containers]
default_ulimits = ["nofile=1024:1024", "nproc=1000:1000"]
`;

/** Where the image layout is linked into the base folder, for a lowercase `oci:` path. */
export const imageLink = (base: string) => join(base, 'image');

/** The prefix of every podman base folder; teardown removes only folders that carry it. */
export const PODMAN_BASE_PREFIX = 'tollgate-podman-';

/**
 * Where the podman base folders go. conmon's attach socket lives under the runroot, and a
 * Unix socket path is limited to 108 bytes: a long temp folder (a CI's TMPDIR, a test's
 * mkdtemp) breaks it. `podman pull oci:<path>` also names the image after the path, and
 * image names must be lowercase. So a temp folder that is long or has capitals is replaced
 * by /tmp, which is short, lowercase, and writable on every Linux that runs podman.
 */
export function podmanTmpRoot(): string {
  const t = tmpdir();
  return t.length <= 14 && t === t.toLowerCase() ? t : '/tmp';
}

export async function makePodmanEnv(): Promise<PodmanEnv> {
  // Lowercase hex, not mkdtemp's mixed case: `podman pull oci:<path>` names the image after the
  // path, and image names must be lowercase (see imagePath).
  const base = join(podmanTmpRoot(), `${PODMAN_BASE_PREFIX}${randomBytes(6).toString('hex')}`);
  await mkdir(join(base, 'root'), { recursive: true });
  await mkdir(join(base, 'runroot'));
  await writeFileAtomic(join(base, 'containers.conf'), CONTAINERS_CONF);
  return {
    base,
    flags: [
      '--root',
      join(base, 'root'),
      '--runroot',
      join(base, 'runroot'),
      '--storage-driver',
      'vfs',
      '--runtime',
      'runc',
      '--cgroup-manager',
      'cgroupfs',
      '--events-backend',
      'file',
    ],
    // podman and conmon put their own sockets and scratch files under TMPDIR too.
    env: { CONTAINERS_CONF: join(base, 'containers.conf'), TMPDIR: podmanTmpRoot() },
  };
}

/** Runs one podman command; a non-zero exit is an error carrying podman's own message. */
export async function podman(
  exec: ProcessRunner,
  pe: Pick<PodmanEnv, 'flags' | 'env'>,
  args: string[],
  signal?: AbortSignal,
): Promise<string> {
  let res;
  try {
    res = await exec.run('podman', [...pe.flags, ...args], {
      cwd: tmpdir(),
      env: { ...process.env, ...pe.env },
      ...(signal ? { signal } : {}),
    });
  } catch (e) {
    throw new TollgateError('INPUT_INVALID', 'podman could not be started', {
      cause: e,
      hint: 'install podman (apt-get install podman runc catatonit containernetworking-plugins)',
    });
  }
  if (res.code !== 0) {
    const msg = (res.stderr.trim() || res.stdout.trim()).split('\n').slice(-3).join(' | ');
    throw new TollgateError('INPUT_INVALID', `podman ${args[0]} failed (exit ${res.code}): ${msg}`);
  }
  return res.stdout.trim();
}
