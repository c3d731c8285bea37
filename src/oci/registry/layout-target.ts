import { stat } from 'node:fs/promises';
import {
  REF_NAME,
  addToIndex,
  blobPath,
  initLayout,
  readBlob,
  readIndex,
  writeBlob,
} from '../layout.js';
import { MEDIA, type Descriptor } from '../types.js';
import { checkedManifest, isDigest, type OciTarget, type StoredManifest } from './target.js';

/**
 * A local OCI image layout as a store: the "embedded registry" `publish-image` uses when no
 * registry is configured, and the build's layout that images are copied from. Tags are
 * `org.opencontainers.image.ref.name` entries of index.json. There is no referrers API:
 * referrers are found through the `sha256-<hex>` tag index, as on a registry without one.
 * Referrer manifests themselves are not listed in index.json, so the layout keeps one image
 * at top level and tools that expect that (skopeo, umoci) still read it.
 */
export class LayoutTarget implements OciTarget {
  readonly name: string;

  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
    this.name = `oci:${dir}`;
  }

  async hasBlob(digest: string): Promise<boolean> {
    return stat(blobPath(this.dir, digest)).then(
      () => true,
      () => false,
    );
  }

  async getBlob(desc: Descriptor): Promise<Buffer> {
    return readBlob(this.dir, desc);
  }

  async putBlob(data: Buffer, desc: Descriptor): Promise<void> {
    await initLayout(this.dir);
    await writeBlob(this.dir, data, desc.mediaType);
  }

  /** Listed in index.json (tagged or not) and stored: a referrer held only by its tag index is not. */
  async hasManifest(digest: string): Promise<boolean> {
    const index = await readIndex(this.dir).catch(() => undefined);
    return Boolean(index?.manifests.some((m) => m.digest === digest)) && this.hasBlob(digest);
  }

  async getManifest(ref: string): Promise<StoredManifest | undefined> {
    let digest = ref;
    if (!isDigest(ref)) {
      const index = await readIndex(this.dir).catch(() => undefined);
      const entry = index?.manifests.find((m) => m.annotations?.[REF_NAME] === ref);
      if (!entry) return undefined;
      digest = entry.digest;
    } else if (!(await this.hasBlob(ref))) {
      return undefined;
    }
    const bytes = await readBlob(this.dir, digest);
    return checkedManifest(`${this.name}@${digest}`, bytes, digest);
  }

  async putManifest(m: StoredManifest, tag?: string): Promise<{ subjectIndexed: boolean }> {
    await initLayout(this.dir);
    await writeBlob(this.dir, m.bytes, m.mediaType);
    const desc: Descriptor = { mediaType: m.mediaType, digest: m.digest, size: m.bytes.length };
    const isReferrer = m.mediaType === MEDIA.manifest && hasSubject(m.bytes);
    if (tag) await addToIndex(this.dir, desc, tag);
    else if (!isReferrer) await addToIndex(this.dir, desc);
    return { subjectIndexed: false };
  }

  async referrersApi(): Promise<Descriptor[] | undefined> {
    return undefined;
  }
}

function hasSubject(bytes: Buffer): boolean {
  try {
    return (JSON.parse(bytes.toString('utf8')) as { subject?: unknown }).subject !== undefined;
  } catch {
    return false;
  }
}
