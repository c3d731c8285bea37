import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { Subject } from '../../attest/statement.js';
import { sha256File } from '../../core/digest.js';
import { resolveImage } from '../../oci/layout.js';
import { buildOutputs } from '../compile/artifacts.js';
import type { StepContext } from '../types.js';
import { baseImages, placeholderBases } from './from-lines.js';
import { sourceLabels, type ImageSettings } from './settings.js';
import type { BuildFailure, ImageBuild } from './types.js';

/**
 * The first error line of a buildah or buildx failure (`Error: …`, `ERROR: …`), without the
 * prefix, else the last line.
 */
export function buildahError(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const err = lines.find((l) => /^error:/i.test(l)) ?? lines.at(-1) ?? 'no output';
  // imagebuilder appends a Go struct dump to syntax errors; it only repeats the line.
  return err.replace(/\s*&imagebuilder\.Step\{.*$/, '').replace(/^error:\s*/i, '');
}

/** The base image buildah could not pull, from its error, when that is what failed. */
export function unpullableBase(error: string): string | undefined {
  const m =
    /initializing source docker:\/\/(\S+?): /.exec(error) ??
    /short-name "([^"]+)" did not resolve/.exec(error) ??
    /(?:pulling image|Trying to pull)\s+"?([^\s"]+?)"?(?:\.\.\.|\s|$)/.exec(error);
  if (m) return m[1];
  return undefined;
}

interface StoredImage {
  names?: string[];
  digest?: string;
  id?: string;
}

const toPosix = (p: string) => p.split(sep).join('/');

/**
 * buildah in a throw-away storage (vfs under the temp folder, removed afterwards): `bud` with
 * timestamps at the epoch and no layer cache, then `push` into the OCI layout. Base images it
 * pulled are the only other images in that storage, so listing them gives their digests.
 */
export async function buildWithBuildah(
  ctx: StepContext,
  settings: ImageSettings,
  containerfile: string,
  layoutDir: string,
): Promise<ImageBuild | BuildFailure> {
  const store = await mkdtemp(join(tmpdir(), 'tollgate-buildah-'));
  const base = [
    '--root',
    join(store, 'root'),
    '--runroot',
    join(store, 'run'),
    '--storage-driver',
    'vfs',
  ];
  const run = (args: string[]) =>
    ctx.exec.run('buildah', [...base, ...args], {
      cwd: ctx.repoDir,
      signal: ctx.signal,
      onOutput: (c) => {
        for (const l of c.split('\n')) if (l.trim()) ctx.log(l);
      },
    });
  try {
    const file = toPosix(relative(ctx.repoDir, containerfile));
    const from = baseImages(await readFile(containerfile, 'utf8'), settings.buildArgs);
    const placeholders = placeholderBases(from);
    if (placeholders.length) {
      return {
        failed: `${file} names the base image ${placeholders.join(', ')}, whose all-zero digest is a placeholder that no registry serves (pass the real digest with build-args, or use builder: node for a Node.js project)`,
      };
    }
    const labels = sourceLabels(ctx, new Date(0).toISOString());
    delete labels['org.opencontainers.image.created'];
    const bud = await run([
      'bud',
      '--isolation',
      'chroot',
      '--timestamp',
      '0',
      '--layers=false',
      '-f',
      containerfile,
      '-t',
      settings.ref,
      ...Object.entries(settings.buildArgs).flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]),
      ...Object.entries(labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]),
      settings.context,
    ]);
    if (bud.code !== 0) {
      const error = buildahError(bud.stderr);
      const baseImage = unpullableBase(error);
      return {
        failed: baseImage
          ? `buildah cannot pull the base image ${baseImage} of ${file}: ${error} (use builder: node for a Node.js project, or a base image from a registry this machine can reach)`
          : `buildah bud ${file} failed: ${error}`,
      };
    }
    const push = await run(['push', settings.ref, `oci:${layoutDir}:${settings.ref}`]);
    if (push.code !== 0) return { failed: `buildah push failed: ${buildahError(push.stderr)}` };
    const { descriptor } = await resolveImage(layoutDir, settings.ref);

    const listed = await run(['images', '--json']);
    const stored = JSON.parse(listed.stdout || '[]') as StoredImage[];
    const bases: Subject[] = stored
      .filter(
        (i) => !(i.names ?? []).some((n) => n.endsWith(`/${settings.ref}`) || n === settings.ref),
      )
      .filter((i) => i.digest?.startsWith('sha256:'))
      .map((i) => ({
        name: i.names?.[0] ?? i.id ?? 'base',
        digest: { sha256: i.digest!.slice(7) },
      }));
    const outputs = await buildOutputs(ctx.repoDir, undefined);
    const containerfileSubject = {
      name: file,
      digest: { sha256: await sha256File(containerfile) },
    };
    return {
      builder: 'buildah',
      digest: descriptor.digest,
      materials: [containerfileSubject, ...outputs.products, ...bases],
      parameters: {
        containerfile: file,
        context: toPosix(relative(ctx.repoDir, settings.context)) || '.',
        buildArgs: settings.buildArgs,
        from,
      },
      notes: [
        `buildah ${file}; base images: ${bases.map((b) => `${b.name}@sha256:${b.digest.sha256!.slice(0, 12)}`).join(', ') || 'none (FROM scratch)'}`,
        `build output in the context: ${outputs.products.length} file(s) from ${outputs.from}`,
      ],
      metrics: { baseImages: bases.length },
    };
  } finally {
    await rm(store, { recursive: true, force: true }).catch(() => undefined);
  }
}
