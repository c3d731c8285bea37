import { TollgateError } from '../../core/errors.js';
import { MEDIA, type Descriptor, type ImageIndex, type ImageManifest } from '../types.js';
import { RegistryRepository } from './client.js';
import { listReferrers, pushReferrer } from './referrers.js';
import type { OciTarget, StoredManifest } from './target.js';

export interface CopyOptions {
  /** Also tag the copy (the digest is what counts; the tag is for people). */
  tag?: string;
  /** Copy the referrers (signatures, SBOMs, attestations) too; default true. */
  referrers?: boolean;
  log?: (line: string) => void;
}

export interface CopyResult {
  digest: string;
  mediaType: string;
  size: number;
  blobsCopied: number;
  referrersCopied: number;
}

interface Stats {
  blobsCopied: number;
  referrersCopied: number;
}

/** Referrers of referrers (a signature on an SBOM) are followed this deep, no further. */
const MAX_REFERRER_DEPTH = 3;

/**
 * Copies an image by digest from one store to another (layout → registry, registry →
 * registry, registry → layout), with its referrers: what publishing and later promotion to
 * staging and production do. Every manifest and blob is checked against its digest on the way,
 * so the copy is the same image or the copy fails.
 */
export async function copyImage(
  src: OciTarget,
  dst: OciTarget,
  digest: string,
  options: CopyOptions = {},
): Promise<CopyResult> {
  const stats: Stats = { blobsCopied: 0, referrersCopied: 0 };
  const top = await copyManifest(src, dst, digest, stats, options.tag);
  if (options.referrers !== false) await copyReferrers(src, dst, digest, stats, 1, options);
  options.log?.(
    `copied ${src.name}@${digest} to ${dst.name} (${stats.blobsCopied} blob(s), ${stats.referrersCopied} referrer(s))`,
  );
  return { digest, mediaType: top.mediaType, size: top.bytes.length, ...stats };
}

async function fetchManifest(src: OciTarget, digest: string): Promise<StoredManifest> {
  const m = await src.getManifest(digest);
  if (!m) {
    throw new TollgateError('INPUT_UNREADABLE', `${src.name}: no manifest ${digest}`, {
      hint: 'check the reference; images are copied by digest',
    });
  }
  return m;
}

async function copyBlob(src: OciTarget, dst: OciTarget, d: Descriptor, stats: Stats) {
  if (await dst.hasBlob(d.digest)) return;
  // Within one registry a mount saves the transfer.
  if (
    src instanceof RegistryRepository &&
    dst instanceof RegistryRepository &&
    src.name.split('/')[0] === dst.name.split('/')[0] &&
    (await dst.mountBlob(d.digest, src.repository))
  ) {
    return;
  }
  await dst.putBlob(await src.getBlob(d), d);
  stats.blobsCopied++;
}

async function copyManifest(
  src: OciTarget,
  dst: OciTarget,
  digest: string,
  stats: Stats,
  tag?: string,
): Promise<StoredManifest> {
  const m = await fetchManifest(src, digest);
  const parsed = JSON.parse(m.bytes.toString('utf8')) as Partial<ImageManifest & ImageIndex>;
  // Already there (a second publish, a promotion repeated): a registry only stores a manifest
  // whose blobs it has, so only the tag may be missing.
  if (!parsed.subject && (await dst.hasManifest(digest))) {
    if (tag) await dst.putManifest(m, tag);
    return m;
  }
  if (m.mediaType === MEDIA.index || m.mediaType === MEDIA.dockerManifestList) {
    for (const child of parsed.manifests ?? []) await copyManifest(src, dst, child.digest, stats);
  } else {
    for (const d of [parsed.config, ...(parsed.layers ?? [])]) {
      if (d) await copyBlob(src, dst, d, stats);
    }
  }
  if (parsed.subject) await pushReferrer(dst, parsed.subject.digest, m);
  else await dst.putManifest(m, tag);
  return m;
}

async function copyReferrers(
  src: OciTarget,
  dst: OciTarget,
  digest: string,
  stats: Stats,
  depth: number,
  options: CopyOptions,
): Promise<void> {
  if (depth > MAX_REFERRER_DEPTH) return;
  const have = new Set((await listReferrers(dst, digest)).map((d) => d.digest));
  for (const r of await listReferrers(src, digest)) {
    if (!have.has(r.digest)) {
      await copyManifest(src, dst, r.digest, stats);
      stats.referrersCopied++;
    }
    await copyReferrers(src, dst, r.digest, stats, depth + 1, options);
  }
}
