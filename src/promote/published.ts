import { join } from 'node:path';
import { TollgateError } from '../core/errors.js';
import { readInput } from '../core/fs.js';
import { parseImageRef, type ImageRef } from '../oci/refs.js';
import { openTarget } from '../oci/registry/open.js';
import type { OciTarget } from '../oci/registry/target.js';
import { IMAGE_FILE, localRef, type BuiltImage } from '../steps/common/handoff.js';
import { PUBLISH_FILE } from '../steps/publish-image/index.js';
import type { StepContext } from '../steps/types.js';

export interface PublishedImage {
  ref: ImageRef;
  target: OciTarget;
  digest: string;
  /** Repository name without tag (what the staging and production names are made from). */
  name: string;
  tag?: string;
  /** The reference as publish.json records it (a layout relative to publish-image's folder). */
  recorded: string;
}

async function readJson<T>(path: string, what: string, hint: string): Promise<T> {
  let text: string;
  try {
    text = (await readInput(path, what)).toString('utf8');
  } catch (e) {
    throw new TollgateError('INPUT_UNREADABLE', `${path}: no ${what}`, { cause: e, hint });
  }
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw new TollgateError('INPUT_INVALID', `${path}: not JSON`, { cause: e, hint });
  }
}

/** The tag of `name:tag` (a colon after the last slash). */
const tagOf = (ref: string) => {
  const colon = ref.lastIndexOf(':');
  return colon > ref.lastIndexOf('/') ? ref.slice(colon + 1) : undefined;
};

/**
 * The image the per-merge stage starts from: what publish-image of the latest per-commit run
 * published (publish.json: its reference by digest), opened where it was published (a
 * registry, or the embedded layout). The name comes from the container step's image.json.
 */
export async function publishedImage(ctx: StepContext): Promise<PublishedImage> {
  const hint = 'run the per-commit stage first (tollgate run --stage per-commit)';
  const dir = ctx.reportsOf('publish-image');
  const pub = await readJson<{ reference: string; tagged?: string; digest: string }>(
    join(dir, PUBLISH_FILE),
    "publish-image's publish.json",
    hint,
  );
  // A layout publish-image embedded is named relative to its folder (its artifact on GitHub).
  const ref = localRef(ctx, 'publish-image', parseImageRef(pub.reference));
  const built = await readJson<BuiltImage>(
    join(ctx.reportsOf('container'), IMAGE_FILE),
    "container's image.json",
    hint,
  ).catch(() => undefined);
  const name =
    ctx.inputs.image ||
    (ref.kind === 'registry' ? ref.repository.split('/').pop()! : (built?.name ?? 'image'));
  const tag =
    (pub.tagged ? tagOf(pub.tagged) : undefined) ?? (built ? tagOf(built.ref) : undefined);
  const target = openTarget(ref, {
    env: process.env,
    insecure: ctx.inputs.insecure === 'true',
    signal: ctx.signal,
  });
  return {
    ref,
    target,
    digest: pub.digest,
    name,
    ...(tag ? { tag } : {}),
    recorded: pub.reference,
  };
}
