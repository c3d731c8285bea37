import { TollgateError } from '../../../core/errors.js';
import { initLayout, writeImage } from '../../../oci/layout.js';
import { writeLayer } from '../../../oci/layer.js';
import type { StepContext } from '../../types.js';
import { createdTime, sourceLabels, type ImageSettings } from '../settings.js';
import type { ImageBuild } from '../types.js';
import { appLayer } from './app.js';
import { commandOf, defaultCommand, imageConfig } from './config.js';
import { runtimeLayer } from './runtime.js';

/**
 * The buildpack-like path for a Node project without a usable Containerfile: the OCI layout is
 * written directly, two layers (runtime, app) and a config, with no base image to pull. The
 * same node binary, libraries and build output give the same digest.
 */
export async function buildNodeImage(
  ctx: StepContext,
  settings: ImageSettings,
  layoutDir: string,
): Promise<ImageBuild> {
  const projectDir = settings.context;
  // Checked first: a missing build output is the likely mistake, and cheap to find.
  const app = await appLayer(ctx, projectDir);
  const cmd = (ctx.inputs.command ?? '').trim()
    ? commandOf(ctx.inputs.command!)
    : await defaultCommand(projectDir);
  const portText = (ctx.inputs.port ?? '').trim() || '8080';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new TollgateError('INPUT_INVALID', `container: port "${portText}" is not a port number`);
  }
  const healthcheck = (ctx.inputs.healthcheck ?? '').trim();
  const runtime = await runtimeLayer(ctx);
  const created = await createdTime(ctx);

  await initLayout(layoutDir);
  const started = Date.now();
  const levelText = (ctx.inputs['compression-level'] ?? '').trim() || '6';
  const level = Number(levelText);
  if (!Number.isInteger(level) || level < 1 || level > 9) {
    throw new TollgateError(
      'INPUT_INVALID',
      `container: compression-level "${levelText}" is not 1 to 9`,
    );
  }
  const runtimeBlob = await writeLayer(layoutDir, runtime.entries, { level });
  const appBlob = await writeLayer(layoutDir, app.entries, { level });
  const layerMs = Date.now() - started;
  ctx.log(`container: layers written in ${layerMs} ms (gzip level ${level})`);

  const nodeVersion = await ctx.exec
    .run(runtime.nodeBinary, ['--version'], { cwd: projectDir, signal: ctx.signal })
    .then((r) => r.stdout.trim())
    .catch(() => 'unknown');
  const config = imageConfig({
    created,
    diffIds: [runtimeBlob.diffId, appBlob.diffId],
    history: [
      `tollgate container (node): runtime: node ${nodeVersion}, ${runtime.libraries.length} shared libraries, ${runtime.packages.length} dpkg records`,
      `tollgate container (node): app: ${app.paths.join(', ')} in /app`,
    ],
    cmd,
    port,
    ...(healthcheck ? { healthcheck: commandOf(healthcheck) } : {}),
    labels: sourceLabels(ctx, created),
  });
  const desc = await writeImage(
    layoutDir,
    config,
    [runtimeBlob.descriptor, appBlob.descriptor],
    settings.ref,
  );
  return {
    builder: 'node',
    digest: desc.digest,
    materials: app.files,
    parameters: {
      nodeVersion,
      appPaths: app.paths,
      cmd,
      port,
      ...(healthcheck ? { healthcheck } : {}),
      osPackages: runtime.packages,
    },
    notes: [
      `node ${nodeVersion} with ${runtime.libraries.length} shared libraries; OS packages: ${runtime.packages.join(', ') || 'none recorded'}`,
      `app: ${app.files.length} file(s) from ${app.paths.join(', ')}; command: ${cmd.join(' ')}`,
      `layers: runtime ${(runtimeBlob.descriptor.size / 1e6).toFixed(1)} MB, app ${(appBlob.descriptor.size / 1e6).toFixed(2)} MB (gzip level ${level}, ${layerMs} ms)`,
    ],
    metrics: {
      appFiles: app.files.length,
      layerBytes: runtimeBlob.descriptor.size + appBlob.descriptor.size,
      layerMs,
    },
  };
}
