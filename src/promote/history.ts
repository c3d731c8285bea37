import { TollgateError } from '../core/errors.js';
import { sha256Digest } from '../oci/layout.js';
import type { OciTarget } from '../oci/registry/target.js';
import { EMPTY_CONFIG, MEDIA, type ImageManifest } from '../oci/types.js';

/**
 * The promotion history of a production repository, kept in the repository itself (so a
 * rollback needs nothing but the registry): an OCI artifact under the tag below whose one
 * layer is this JSON. Each promotion or rollback writes a new artifact and moves the tag.
 */
export const HISTORY_TAG = 'tollgate-promotions';
export const HISTORY_TYPE = 'application/vnd.tollgate.promotions.v1+json';

export interface PromotionEntry {
  digest: string;
  /** The tag the promotion pointed at the digest. */
  tag: string;
  commit: string;
  at: string;
  action: 'promote' | 'rollback';
  /** The staging reference it was copied from (promote only). */
  from?: string;
}

export interface PromotionHistory {
  entries: PromotionEntry[];
}

export async function readHistory(target: OciTarget): Promise<PromotionHistory> {
  const m = await target.getManifest(HISTORY_TAG);
  if (!m) return { entries: [] };
  try {
    const manifest = JSON.parse(m.bytes.toString('utf8')) as ImageManifest;
    const layer = manifest.layers[0];
    if (manifest.artifactType !== HISTORY_TYPE || !layer) throw new Error('not a history');
    const h = JSON.parse((await target.getBlob(layer)).toString('utf8')) as PromotionHistory;
    if (!Array.isArray(h.entries)) throw new Error('no entries');
    return h;
  } catch (e) {
    throw new TollgateError(
      'INPUT_INVALID',
      `${target.name}:${HISTORY_TAG} is not a promotion history`,
      { cause: e, hint: `the tag ${HISTORY_TAG} is Tollgate's; do not reuse it` },
    );
  }
}

export async function appendHistory(target: OciTarget, entry: PromotionEntry): Promise<void> {
  const history = await readHistory(target);
  history.entries.push(entry);
  const content = Buffer.from(`${JSON.stringify(history, null, 2)}\n`);
  const layer = { mediaType: HISTORY_TYPE, digest: sha256Digest(content), size: content.length };
  if (!(await target.hasBlob(EMPTY_CONFIG.digest))) {
    await target.putBlob(Buffer.from('{}'), { ...EMPTY_CONFIG });
  }
  await target.putBlob(content, layer);
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA.manifest,
    artifactType: HISTORY_TYPE,
    config: { ...EMPTY_CONFIG },
    layers: [layer],
  };
  const bytes = Buffer.from(JSON.stringify(manifest));
  await target.putManifest(
    { bytes, mediaType: MEDIA.manifest, digest: sha256Digest(bytes) },
    HISTORY_TAG,
  );
}

/**
 * The digest a rollback returns to: the one promoted before the digest now current (distinct
 * promoted digests, newest first). After a rollback the current digest is the older one, so
 * a second rollback walks one promotion further back.
 */
export function previousDigest(h: PromotionHistory, current: string): string | undefined {
  const promoted = h.entries.filter((e) => e.action === 'promote').map((e) => e.digest);
  const order = [...new Set(promoted.reverse())];
  const idx = order.indexOf(current);
  return idx < 0 ? undefined : order[idx + 1];
}
