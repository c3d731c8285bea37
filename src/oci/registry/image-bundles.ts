import { isTollgateError } from '../../core/errors.js';
import type { BundleSource } from '../../gate/types.js';
import type { ImageManifest } from '../types.js';
import { bundleScope } from './bundle-scope.js';
import { BUNDLE_ARTIFACT_TYPE } from './image-steps.js';
import { listReferrers } from './referrers.js';
import type { OciTarget } from './target.js';

/** What became of one referrer of the image. */
export interface AttachedBundle {
  /** The referrer manifest's digest. */
  referrer: string;
  /** The step its annotation names (a claim until the gate verified the bundle). */
  step?: string;
  status: 'used' | 'ignored' | 'altered';
  reason?: string;
}

export interface ImageBundles {
  bundles: BundleSource[];
  attached: AttachedBundle[];
  /** Commits the used bundles name (unverified; the gate checks them). */
  commits: string[];
}

/**
 * The Sigstore bundles attached to an image (referrers API or `sha256-<hex>` tag), each
 * manifest and blob checked against its digest. A referrer whose content was altered is
 * `altered` (and fails the image); one about another image, or whose statement does not name
 * this digest (see bundle-scope.ts), is `ignored`: it cannot vouch for this image.
 */
export async function fetchImageBundles(target: OciTarget, digest: string): Promise<ImageBundles> {
  const out: ImageBundles = { bundles: [], attached: [], commits: [] };
  const commits = new Set<string>();
  for (const r of await listReferrers(target, digest)) {
    if (r.artifactType !== BUNDLE_ARTIFACT_TYPE) continue;
    const step = r.annotations?.['dev.tollgate.step'];
    const record: AttachedBundle = {
      referrer: r.digest,
      ...(step ? { step } : {}),
      status: 'used',
    };
    out.attached.push(record);
    let bytes: Buffer;
    try {
      const m = await target.getManifest(r.digest);
      if (!m) throw new Error(`referrer manifest ${r.digest} is listed but missing`);
      const manifest = JSON.parse(m.bytes.toString('utf8')) as ImageManifest;
      if (manifest.subject?.digest !== digest) {
        Object.assign(record, { status: 'ignored', reason: 'its subject is another manifest' });
        continue;
      }
      const layer = manifest.layers?.[0];
      if (!layer) throw new Error(`referrer ${r.digest} has no layer`);
      bytes = await target.getBlob(layer);
    } catch (e) {
      const why = isTollgateError(e) || e instanceof Error ? e.message : String(e);
      Object.assign(record, { status: 'altered', reason: why });
      continue;
    }
    const scope = bundleScope(bytes, digest);
    // Unreadable bundles go to the gate, which reports them as malformed under their step.
    if (scope.commits.length > 0 && !scope.usable) {
      Object.assign(record, { status: 'ignored', reason: `its statement does not name ${digest}` });
      continue;
    }
    for (const c of scope.commits) commits.add(c);
    out.bundles.push({ name: `${step ?? 'unknown'}.sigstore.json@${r.digest}`, bytes });
  }
  out.commits = [...commits];
  return out;
}
