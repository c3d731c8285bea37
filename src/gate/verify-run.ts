import type { TrustMaterial } from '../attest/verify/index.js';
import { loadPolicy } from '../policy/load.js';
import { collectBundles } from './collect.js';
import { runGate } from './gate.js';
import { trustFromPolicy } from './trust.js';
import type { Verdict } from './types.js';

export interface VerifyOptions {
  policyPath: string;
  /** Folder that bundle names in messages are relative to (default: the process's). */
  cwd?: string;
  /** How messages name the policy file; defaults to policyPath. */
  policyDisplay?: string;
  bundlesDir: string;
  commit: string;
  stages?: string[];
  now: Date;
  /** Certificate verifiers (SPIFFE, Sigstore keyless); injected so tests can supply roots. */
  verifiers?: (
    policyTrustedRoot: string | undefined,
  ) => Pick<TrustMaterial, 'verifySpiffe' | 'verifyKeyless'>;
}

/** Loads the policy and the bundles, then runs the gate: what `tollgate verify` and the gate action share. */
export async function verifyFromFiles(opts: VerifyOptions): Promise<Verdict> {
  const policy = await loadPolicy(opts.policyPath, opts.policyDisplay);
  const { trust, keyIds } = trustFromPolicy(
    policy,
    opts.verifiers?.(policy.sigstoreTrustedRootPath) ?? {},
  );
  const bundles = await collectBundles(opts.bundlesDir, opts.cwd);
  return runGate({
    policy,
    trust,
    keyIds,
    bundles,
    commit: opts.commit,
    now: opts.now,
    ...(opts.stages ? { stages: opts.stages } : {}),
  });
}
