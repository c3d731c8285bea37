import type { TrustMaterial } from '../attest/verify/index.js';
import { loadPolicy } from '../policy/load.js';
import { collectBundles } from './collect.js';
import { prepareBundles, type PreparedBundles } from './prepare.js';
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
  /**
   * Certificate verifiers (SPIFFE, Sigstore keyless); injected so tests can supply roots.
   * `prepare`, when given, is awaited once the bundles are read and before the gate runs, with
   * what they need (so that a verifier can load its code only then).
   */
  verifiers?: (policyTrustedRoot: string | undefined) => Pick<
    TrustMaterial,
    'verifySpiffe' | 'verifyKeyless'
  > & {
    prepare?: (needs: PreparedBundles) => Promise<void>;
  };
}

/** Loads the policy and the bundles, prepares them, then runs the gate: what `tollgate verify` and the gate action share. */
export async function verifyFromFiles(opts: VerifyOptions): Promise<Verdict> {
  const policy = await loadPolicy(opts.policyPath, opts.policyDisplay);
  const { prepare, ...verifiers } = opts.verifiers?.(policy.sigstoreTrustedRootPath) ?? {};
  const { trust, keyIds } = trustFromPolicy(policy, verifiers);
  const bundles = await collectBundles(opts.bundlesDir, opts.cwd);
  // Parsed once, and the key signatures checked on every core at once; the gate judges.
  const needs = await prepareBundles(bundles, trust.keys);
  await prepare?.(needs);
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
