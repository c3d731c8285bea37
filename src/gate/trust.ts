import type { KeyObject, X509Certificate } from 'node:crypto';
import { loadTrustBundle } from '../attest/verify/spiffe.js';
import { keyIdOf, parsePublicKey } from '../attest/keys.js';
import type { TrustMaterial } from '../attest/verify/index.js';
import { TollgateError } from '../core/errors.js';
import type { Policy } from '../policy/types.js';

/** Parses a trust bundle named by the policy; bad PEM is a policy error naming the file. */
function trustBundleFrom(pem: string, source: string): X509Certificate[] {
  try {
    return loadTrustBundle(pem);
  } catch (e) {
    throw new TollgateError(
      'POLICY_INVALID',
      `trust bundle ${source} holds a certificate that cannot be parsed`,
      { cause: e },
    );
  }
}

export interface PolicyTrust {
  trust: TrustMaterial;
  /** Key id of each `key` signer, by signer name. */
  keyIds: Map<string, string>;
}

/**
 * Builds the trust material once per gate run: keys by id, SPIFFE trust bundles by trust
 * domain. Certificate verifiers are supplied by the caller so that this module stays free
 * of the Sigstore and SPIFFE verification code paths it does not need.
 */
export function trustFromPolicy(
  policy: Policy,
  verifiers: Pick<TrustMaterial, 'verifySpiffe' | 'verifyKeyless'> = {},
): PolicyTrust {
  const keys = new Map<string, KeyObject>();
  const keyIds = new Map<string, string>();
  const spiffeBundles = new Map<string, X509Certificate[]>();
  for (const spec of policy.signers.values()) {
    if (spec.kind === 'key') {
      const key = parsePublicKey(spec.publicKeyPem, spec.publicKeyPath ?? `signer ${spec.name}`);
      const id = keyIdOf(key);
      keys.set(id, key);
      keyIds.set(spec.name, id);
    } else if (spec.kind === 'spiffe') {
      const certs = trustBundleFrom(spec.trustBundlePem, spec.trustBundlePath);
      for (const id of spec.ids) {
        const domain = /^spiffe:\/\/([^/]+)/.exec(id)?.[1];
        if (domain) spiffeBundles.set(domain, [...(spiffeBundles.get(domain) ?? []), ...certs]);
      }
    }
  }
  return { trust: { keys, spiffeBundles, ...verifiers }, keyIds };
}
