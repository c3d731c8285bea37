import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { sha256File } from '../../core/digest.js';
import { extractLayoutTar, keepSingleImage } from '../../oci/archive.js';
import { buildOutputs } from '../compile/artifacts.js';
import { stepEnv } from '../common/step-env.js';
import type { StepContext } from '../types.js';
import { buildahError } from './buildah.js';
import { sourceLabels, type ImageSettings } from './settings.js';
import type { BuildFailure, ImageBuild } from './types.js';

const toPosix = (p: string) => p.split(sep).join('/');

/**
 * Docker buildx, for runners that have Docker and not buildah. The OCI exporter writes a
 * layout tar; SOURCE_DATE_EPOCH=0 with rewrite-timestamp makes the layers reproducible
 * (BuildKit ≥ 0.13). Provenance and SBOM attestations of BuildKit are off: Tollgate attests
 * the image itself, and they would add manifests to the layout.
 */
export async function buildWithDocker(
  ctx: StepContext,
  settings: ImageSettings,
  containerfile: string,
  layoutDir: string,
): Promise<ImageBuild | BuildFailure> {
  const tmp = await mkdtemp(join(tmpdir(), 'tollgate-buildx-'));
  const opts = {
    cwd: ctx.repoDir,
    signal: ctx.signal,
    env: { ...stepEnv(ctx), SOURCE_DATE_EPOCH: '0' },
    onOutput: (c: string) => {
      for (const l of c.split('\n')) if (l.trim()) ctx.log(l);
    },
  };
  try {
    const version = await ctx.exec.run('docker', ['buildx', 'version'], opts);
    if (version.code !== 0) {
      return {
        failed: `docker buildx is not available: ${buildahError(version.stderr)} (install the buildx plugin, or use builder: buildah)`,
      };
    }
    const tar = join(tmp, 'image.tar');
    const labels = sourceLabels(ctx, new Date(0).toISOString());
    delete labels['org.opencontainers.image.created'];
    const res = await ctx.exec.run(
      'docker',
      [
        'buildx',
        'build',
        '-f',
        containerfile,
        '--provenance=false',
        '--sbom=false',
        '--output',
        `type=oci,dest=${tar},name=${settings.ref},rewrite-timestamp=true`,
        '--build-arg',
        'SOURCE_DATE_EPOCH=0',
        ...Object.entries(settings.buildArgs).flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]),
        ...Object.entries(labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]),
        settings.context,
      ],
      opts,
    );
    const file = toPosix(relative(ctx.repoDir, containerfile));
    if (res.code !== 0) {
      return {
        failed: `docker buildx build ${file} failed: ${buildahError(res.stderr)} (the OCI exporter needs a docker-container builder: docker buildx create --use)`,
      };
    }
    await extractLayoutTar(tar, layoutDir);
    const desc = await keepSingleImage(layoutDir, settings.ref);
    const outputs = await buildOutputs(ctx.repoDir, undefined);
    return {
      builder: 'docker',
      digest: desc.digest,
      materials: [
        { name: file, digest: { sha256: await sha256File(containerfile) } },
        ...outputs.products,
      ],
      parameters: {
        containerfile: file,
        buildArgs: settings.buildArgs,
        buildx: version.stdout.trim(),
      },
      notes: [
        `docker buildx ${file}; build output in the context: ${outputs.products.length} file(s)`,
      ],
      metrics: {},
    };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
