import { isTollgateError } from '../../core/errors.js';
import type { BundleSource } from '../../gate/types.js';
import type { ImageManifest } from '../types.js';
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

function statementOf(bytes: Buffer): { subject?: { digest?: Record<string, string> }[] } {
  try {
    const b = JSON.parse(bytes.toString('utf8')) as { dsseEnvelope?: { payload?: string } };
    return JSON.parse(Buffer.from(b.dsseEnvelope?.payload ?? '', 'base64').toString('utf8')) as {
      subject?: { digest?: Record<string, string> }[];
    };
  } catch {
    return {}; // unreadable: handed to the gate, which reports it as malformed
  }
}

/**
 * The Sigstore bundles attached to an image (referrers API or `sha256-<hex>` tag), each
 * manifest and blob checked against its digest. A referrer whose content was altered is
 * `altered` (and fails the image); one about another image, or whose statement does not name
 * this digest, is `ignored`: it cannot vouch for this image.
 */
export async function fetchImageBundles(target: OciTarget, digest: string): Promise<ImageBundles> {
  const hex = digest.replace(/^sha256:/, '');
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
    const statement = statementOf(bytes);
    if (statement.subject && !statement.subject.some((s) => s.digest?.sha256 === hex)) {
      Object.assign(record, { status: 'ignored', reason: `its statement does not name ${digest}` });
      continue;
    }
    for (const s of statement.subject ?? [])
      if (s.digest?.gitCommit) commits.add(s.digest.gitCommit);
    out.bundles.push({ name: `${step ?? 'unknown'}.sigstore.json@${r.digest}`, bytes });
  }
  out.commits = [...commits];
  return out;
}
