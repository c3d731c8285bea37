import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';
import { TollgateError } from '../core/errors.js';
import { readIndex, readJsonBlob, writeIndex, REF_NAME } from './layout.js';
import { MEDIA, type Descriptor, type ImageIndex } from './types.js';

/**
 * OCI layouts that arrive as a tar (`docker buildx build --output type=oci`): unpacked into a
 * folder, then reduced to the one image the build made, named with the step's reference.
 */

/** Unpacks regular files and folders only; a path that would leave `dir` is an error. */
export async function extractLayoutTar(file: string, dir: string): Promise<void> {
  const extract = tar.extract();
  const done = pipeline(createReadStream(file), extract);
  // An entry refused below ends the loop early; the read side then closes prematurely.
  done.catch(() => undefined);
  for await (const entry of extract) {
    const name = posix.normalize(entry.header.name);
    if (name.startsWith('../') || name.startsWith('/') || name === '..') {
      entry.resume();
      throw new TollgateError(
        'INPUT_INVALID',
        `${file}: entry ${entry.header.name} leaves the layout`,
      );
    }
    const target = join(dir, name);
    if (entry.header.type === 'directory') {
      await mkdir(target, { recursive: true });
      entry.resume();
    } else if (entry.header.type === 'file') {
      await mkdir(dirname(target), { recursive: true });
      await pipeline(entry, createWriteStream(target));
    } else {
      entry.resume();
    }
  }
  await done;
}

const HOST_ARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64' };

/** The image manifests an index names, nested indexes included (buildx may wrap one). */
async function imageManifests(dir: string, index: ImageIndex): Promise<Descriptor[]> {
  const out: Descriptor[] = [];
  for (const d of index.manifests) {
    if (d.mediaType === MEDIA.manifest || d.mediaType === MEDIA.dockerManifest) out.push(d);
    else if (d.mediaType === MEDIA.index || d.mediaType === MEDIA.dockerManifestList) {
      out.push(...(await imageManifests(dir, await readJsonBlob<ImageIndex>(dir, d))));
    }
  }
  return out;
}

/**
 * Makes `index.json` name exactly one image manifest under `refName`: the only one, or the
 * one for this machine's platform. Attestation manifests (platform unknown/unknown) are dropped.
 */
export async function keepSingleImage(dir: string, refName: string): Promise<Descriptor> {
  const all = (await imageManifests(dir, await readIndex(dir))).filter(
    (d) => d.platform?.os !== 'unknown',
  );
  const arch = HOST_ARCH[process.arch] ?? process.arch;
  const chosen =
    all.length === 1
      ? all
      : all.filter((d) => d.platform?.architecture === arch && d.platform.os === 'linux');
  if (chosen.length !== 1) {
    throw new TollgateError(
      'INPUT_INVALID',
      `${dir}: ${all.length} images in the build output, expected one`,
      {
        hint: 'build for one platform',
      },
    );
  }
  const desc: Descriptor = { ...chosen[0]!, annotations: { [REF_NAME]: refName } };
  await writeIndex(dir, { schemaVersion: 2, mediaType: MEDIA.index, manifests: [desc] });
  await writeFile(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  return desc;
}
