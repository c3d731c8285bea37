import { checkEnvelopeSignatureAhead } from '../attest/dsse.js';
import type { TrustMaterial } from '../attest/verify/index.js';
import { MAX_BUNDLE_BYTES } from './gate.js';
import type { BundleSource } from './types.js';

/** What the gate's input turned out to need, found while preparing it. */
export interface PreparedBundles {
  /**
   * Whether a bundle is signed with something other than a key the bundle names (a
   * certificate: SPIFFE or Sigstore keyless), so that the certificate verifiers are needed.
   */
  certificates: boolean;
}

/**
 * Prepares the bundles for `runGate` without judging anything: each bundle's JSON is parsed
 * once (`json`, which the gate then uses instead of parsing again), and the envelope
 * signature of each bundle signed by a key the policy trusts is verified on the thread pool,
 * all of them at once, while the next bundles are parsed. The gate still verifies and judges
 * every bundle itself, one by one in the same order; it only finds those signature checks
 * already done (see `checkEnvelopeSignatureAhead`). So the verdict is the same, and the same
 * whatever order the checks finish in. A bundle that cannot be parsed or read is left as it
 * is, for the gate to report.
 */
export async function prepareBundles(
  bundles: BundleSource[],
  keys: TrustMaterial['keys'],
): Promise<PreparedBundles> {
  const pending: Promise<void>[] = [];
  let certificates = false;
  for (const src of bundles) {
    if (src.problem !== undefined || (src.size ?? src.bytes.length) > MAX_BUNDLE_BYTES) continue;
    let json: unknown;
    try {
      json = JSON.parse(src.bytes.toString('utf8'));
    } catch {
      continue;
    }
    src.json = json;
    const material = (json as { verificationMaterial?: unknown } | null)?.verificationMaterial;
    if (!material || typeof material !== 'object') continue;
    const hint = (material as { publicKey?: { hint?: unknown } }).publicKey?.hint;
    if ((material as { publicKey?: unknown }).publicKey === undefined) certificates = true;
    const key = typeof hint === 'string' ? keys.get(hint) : undefined;
    if (key) pending.push(checkEnvelopeSignatureAhead(json, key));
  }
  await Promise.all(pending);
  return { certificates };
}
