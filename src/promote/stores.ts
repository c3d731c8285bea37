import { join, resolve } from 'node:path';
import { TollgateError } from '../core/errors.js';
import { parseImageRef, type ImageRef } from '../oci/refs.js';
import { openTarget } from '../oci/registry/open.js';
import type { OciTarget } from '../oci/registry/target.js';
import { destinationOf } from '../steps/publish-image/destination.js';

/** The staging registry when the publish-staging input is empty (how a local run names one). */
export const STAGING_ENV = 'TOLLGATE_STAGING_REGISTRY';
/** The production registry when the promote-production input is empty. */
export const PRODUCTION_ENV = 'TOLLGATE_PRODUCTION_REGISTRY';
/** Embedded default of staging: a layout in publish-staging's folder, one per run. */
export const STAGING_DIR = 'staging';
/**
 * Embedded default of production: one layout for the repository, outside the run folders,
 * because rollback needs the promotions of earlier runs.
 */
export const PRODUCTION_DIR = '.tollgate/production';

export interface Store {
  ref: ImageRef;
  target: OciTarget;
}

export interface StoreOptions {
  insecure?: boolean;
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

/**
 * Opens where an image goes: `registry` is `host[:port][/namespace]` (the image name is put
 * under it, as publish-image does) or `oci:DIR` for a local layout; empty means `fallbackDir`.
 */
export function openStore(
  registry: string,
  imageName: string,
  fallbackDir: string,
  o: StoreOptions = {},
): Store {
  const r = registry.trim();
  let ref: ImageRef;
  if (r === '') ref = { kind: 'layout', dir: fallbackDir };
  else if (r.startsWith('oci:')) {
    const parsed = parseImageRef(r);
    if (parsed.kind !== 'layout' || parsed.tag || parsed.digest) {
      throw new TollgateError('INPUT_INVALID', `"${r}" names an image, not a layout folder`, {
        hint: 'write oci:DIR for a local layout',
      });
    }
    ref = { kind: 'layout', dir: resolve(o.cwd ?? '.', parsed.dir) };
  } else ref = destinationOf(r, imageName);
  const target = openTarget(ref, {
    env: o.env ?? process.env,
    ...(o.insecure ? { insecure: true } : {}),
    ...(o.signal ? { signal: o.signal } : {}),
  });
  return { ref, target };
}

export const stagingLayout = (outDir: string) => join(outDir, STAGING_DIR);
export const productionLayout = (repoDir: string) => join(repoDir, PRODUCTION_DIR);
