import { copyImage, type CopyResult } from '../oci/registry/copy.js';
import { appendHistory, type PromotionEntry } from './history.js';
import type { Store } from './stores.js';

/**
 * Copies the verified digest (with its referrers) from staging to production, points the
 * production tag at it and records the promotion in the repository's history. Never rebuilds:
 * the copy checks each manifest and blob against its digest.
 */
export async function copyToProduction(o: {
  staging: Store;
  production: Store;
  digest: string;
  tag: string;
  commit: string;
  from: string;
  now: Date;
  log: (line: string) => void;
}): Promise<{ copied: CopyResult; entry: PromotionEntry }> {
  const copied = await copyImage(o.staging.target, o.production.target, o.digest, {
    tag: o.tag,
    log: o.log,
  });
  const entry: PromotionEntry = {
    digest: o.digest,
    tag: o.tag,
    commit: o.commit,
    at: o.now.toISOString(),
    action: 'promote',
    from: o.from,
  };
  await appendHistory(o.production.target, entry);
  return { copied, entry };
}
