import { mkdir, readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { TollgateError } from '../../core/errors.js';
import { writeFileAtomic } from '../../core/fs.js';
import { resolveImage } from '../../oci/layout.js';
import { readBuiltImage } from '../common/handoff.js';
import type { StepContext } from '../types.js';
import { freePort } from './free-port.js';
import { renderManifest } from './manifest.js';
import type { DeployOptions } from './options.js';
import { imageLink, makePodmanEnv, podman, type PodmanEnv } from './podman-cli.js';
import type { DeployTarget, Deployed } from './target.js';

export const RENDERED_FILE = 'rendered/manifest.yaml';

/** Ports the image declares (config.ExposedPorts `8080/tcp`), ascending. */
export function exposedPorts(config: Record<string, unknown>): number[] {
  const exposed = ((config.config as Record<string, unknown> | undefined)?.ExposedPorts ??
    {}) as Record<string, unknown>;
  return Object.keys(exposed)
    .filter((k) => !k.endsWith('/udp'))
    .map((k) => Number(k.split('/')[0]))
    .filter((n) => Number.isInteger(n) && n > 0)
    .sort((a, b) => a - b);
}

/** A name podman resolves locally without asking a registry (short names get `localhost/`). */
export function localName(name: string): string {
  const first = name.split('/')[0]!;
  return name.includes('/') && /[.:]|^localhost$/.test(first) ? name : `localhost/${name}`;
}

/**
 * podman: the image from the container step's OCI layout is loaded into a private storage,
 * then either run as one container publishing the port on 127.0.0.1 only, or, with a
 * manifest, `podman kube play` of the manifest rendered with the image digest and a hostPort
 * on 127.0.0.1. Bridge networking (CNI) works here; `podman rm` / `kube down` remove the
 * container's port-forwarding chains again (the shared cni-podman0 bridge stays).
 */
export const podmanTarget: DeployTarget = {
  async deploy(ctx: StepContext, o: DeployOptions, started): Promise<Deployed> {
    const image = o.image ?? (await readBuiltImage(ctx));
    const { config } = await resolveImage(image.layoutDir, image.ref);
    const declared = exposedPorts(config);
    const port = o.port ?? declared[0];
    if (port === undefined) {
      throw new TollgateError(
        'INPUT_INVALID',
        `deploy-test: the image ${image.ref} exposes no port`,
        {
          hint: 'set the port input to the port the service listens on in the container',
        },
      );
    }
    const pe = await makePodmanEnv();
    const record = { base: pe.base, flags: pe.flags, env: pe.env, containers: [] as string[] };
    // Registered before the first podman call: even a failed pull leaves storage to remove.
    await started({ target: 'podman', podman: record });
    // The layout is reached through a link in the base folder: podman names an `oci:` image
    // after its path, and a path with capitals (a runner's temp folder) is no valid name.
    await symlink(image.layoutDir, imageLink(pe.base));
    const id = await podman(
      ctx.exec,
      pe,
      ['pull', '-q', `oci:${imageLink(pe.base)}:${image.ref}`],
      ctx.signal,
    );
    const local = localName(image.name);
    await podman(ctx.exec, pe, ['tag', id, `${local}:tollgate-deploy`], ctx.signal);
    const hostPort = await freePort();
    // Scanners see the host side: the declared container port is reachable as hostPort.
    const reachable = (ports: number[]) => ports.map((p) => (p === port ? hostPort : p));
    const deployment = {
      baseUrl: `http://127.0.0.1:${hostPort}`,
      host: '127.0.0.1',
      ports: [hostPort],
      declaredPorts: reachable(declared),
      target: 'podman' as const,
      image: image.digest,
    };
    if (o.manifest) {
      const rendered = renderManifest(await readFile(o.manifest, 'utf8'), o.manifest, {
        imageName: image.name,
        image: `${local}@${image.digest}`,
        publish: { containerPort: port, hostPort },
      });
      const kubeFile = join(ctx.outDir, RENDERED_FILE);
      await mkdir(join(ctx.outDir, 'rendered'), { recursive: true });
      await writeFileAtomic(kubeFile, rendered.text);
      await started({ target: 'podman', podman: { ...record, kubeFile } });
      await podman(ctx.exec, pe, ['kube', 'play', kubeFile], ctx.signal);
      const names = (
        await podman(ctx.exec, pe, ['ps', '-a', '--format', '{{.Names}} {{.IsInfra}}'])
      )
        .split('\n')
        .filter((l) => l.endsWith(' false'))
        .map((l) => l.split(' ')[0]!);
      record.containers = names;
      await started({ target: 'podman', podman: { ...record, kubeFile } });
      return {
        deployment: {
          ...deployment,
          declaredPorts: reachable(rendered.declaredPorts),
          renderedManifests: RENDERED_FILE,
        },
        imageName: image.name,
        logTail: () => logs(ctx, pe, names),
      };
    }
    const name = `tollgate-${ctx.step.id}-${hostPort}`;
    record.containers = [name];
    await started({ target: 'podman', podman: record });
    const env = Object.entries(o.env).flatMap(([k, v]) => ['-e', `${k}=${v}`]);
    await podman(
      ctx.exec,
      pe,
      [
        'run',
        '-d',
        '--name',
        name,
        '--ulimit',
        'nofile=1024:1024',
        '--ulimit',
        'nproc=1000:1000',
        '-p',
        `127.0.0.1:${hostPort}:${port}`,
        ...env,
        id,
      ],
      ctx.signal,
    );
    return {
      deployment,
      imageName: image.name,
      gone: exitedContainer(ctx, pe, name),
      logTail: () => logs(ctx, pe, [name]),
    };
  },
};

/** How often a health wait asks podman whether the container still runs (each call costs). */
const STATE_EVERY_MS = 2000;

/** A container that exited will not become healthy: the wait ends with its exit code. */
function exitedContainer(ctx: StepContext, pe: Parameters<typeof podman>[1], name: string) {
  let last = 0;
  return async (): Promise<string | undefined> => {
    if (Date.now() - last < STATE_EVERY_MS) return undefined;
    last = Date.now();
    const state = await podman(ctx.exec, pe, [
      'inspect',
      '--format',
      '{{.State.Status}} {{.State.ExitCode}}',
      name,
    ]).catch(() => '');
    const [status, code] = state.split(' ');
    return status === 'exited' ? `the container exited with code ${code}` : undefined;
  };
}

async function logs(ctx: StepContext, pe: PodmanEnv, names: string[]) {
  const parts: string[] = [];
  for (const n of names) {
    // The service's stdout and stderr come back on podman's own two streams: keep both.
    const res = await ctx.exec
      .run('podman', [...pe.flags, 'logs', '--tail', '10', n], {
        cwd: pe.base,
        env: { ...process.env, ...pe.env },
      })
      .catch((e: Error) => ({ stdout: '', stderr: e.message }));
    const out = `${res.stdout}\n${res.stderr}`.trim();
    const state = await podman(ctx.exec, pe, [
      'inspect',
      '--format',
      '{{.State.Status}} exit {{.State.ExitCode}}',
      n,
    ]).catch(() => '');
    parts.push(`${n} (${state}): ${out.split('\n').slice(-5).join(' | ')}`);
  }
  return parts.join('; ');
}
