import { basename } from 'node:path';
import { stepMetaOf } from '../attest/predicates/step-meta.js';

/**
 * Which step a bundle that failed verification claims to be about. The claim is not
 * trusted (the signature failed); it only decides under which step the failure is shown.
 * Falls back to the file name (`<step>.sigstore.json`, as Tollgate names bundles).
 */
export function claimedStep(bundle: unknown, file: string): string | undefined {
  try {
    const env = (bundle as { dsseEnvelope?: { payload?: unknown } }).dsseEnvelope;
    if (typeof env?.payload === 'string') {
      const s = JSON.parse(Buffer.from(env.payload, 'base64').toString('utf8')) as {
        predicateType?: unknown;
        predicate?: unknown;
      };
      const step = stepMetaOf(String(s.predicateType), s.predicate)?.step;
      if (step) return step;
    }
  } catch {
    // fall through to the file name
  }
  const m = /^([a-z][a-z0-9-]*?)(?:\.|$)/.exec(basename(file));
  return m?.[1];
}
