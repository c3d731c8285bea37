/**
 * Shared plumbing of the gate's property tests: one trusted key, policies written as YAML with
 * the key inline, statements signed exactly as given (so the step metadata can be hostile too),
 * and a gate run that reports a throw instead of raising it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SerializedBundle } from '@sigstore/bundle';
import { STATEMENT_TYPE } from '../../../src/attest/statement.js';
import { runGate } from '../../../src/gate/gate.js';
import { trustFromPolicy } from '../../../src/gate/trust.js';
import type { BundleSource, Verdict } from '../../../src/gate/types.js';
import { parsePolicy } from '../../../src/policy/load.js';
import { COMMIT, makeKey, NOW, type KeyPair } from '../../helpers/gate-fixture.js';

export { COMMIT, NOW };

/**
 * One seed for every property, printed by fast-check with the shrunk counterexample when a
 * property fails; set TOLLGATE_PROPERTY_SEED to explore other inputs, or to replay a run.
 */
export const SEED = Number(process.env.TOLLGATE_PROPERTY_SEED ?? 20261126);

/**
 * Scales every property's number of runs. Mutation testing (scripts/mutation.mjs) sets it
 * below 1: each mutant of gate.ts runs every gate test, and the hand-written tests do most
 * of the killing, so a tenth of the generated inputs keeps a run within the hour.
 */
const RUNS_SCALE = Number(process.env.TOLLGATE_PROPERTY_RUNS_SCALE ?? 1);
const scaled = (n: number): number =>
  Number.isFinite(RUNS_SCALE) && RUNS_SCALE > 0 ? Math.max(1, Math.round(n * RUNS_SCALE)) : n;

export const fcOptions = (numRuns: number) => ({ seed: SEED, numRuns: scaled(numRuns) });

let trusted: KeyPair | undefined;
let stranger: KeyPair | undefined;
/** The key the generated policies trust (made once per file: key generation is slow). */
export const trustedKey = (): KeyPair => (trusted ??= makeKey());
/** A key no policy trusts. */
export const strangerKey = (): KeyPair => (stranger ??= makeKey());

let keyFolder: string | undefined;
/**
 * A folder holding `ci.pub`, the trusted key, for policies to name: loading a policy with
 * the key inline costs several times more, and the properties load thousands of policies.
 */
export function policyFolder(): string {
  if (keyFolder) return keyFolder;
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-property-'));
  writeKeyInto(dir);
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return (keyFolder = dir);
}
/** Writes `ci.pub` into a folder that will hold a policy. */
export const writeKeyInto = (dir: string): void =>
  writeFileSync(join(dir, 'ci.pub'), trustedKey().publicKeyPem);

/** The `signers:` block trusting `trustedKey()` (as `ci.pub`, next to the policy). */
export const signersYaml = (): string => 'signers:\n  ci: { key: ci.pub }\n';

export interface Subject {
  name: string;
  digest: Record<string, string>;
}

/** Signs the statement as given: no step metadata is added or merged. */
export async function signRaw(
  predicateType: string,
  predicate: unknown,
  products: Subject[] = [],
  opts: { commit?: string; key?: KeyPair } = {},
): Promise<SerializedBundle> {
  const statement = {
    _type: STATEMENT_TYPE,
    subject: [{ name: 'acme/shop', digest: { gitCommit: opts.commit ?? COMMIT } }, ...products],
    predicateType,
    predicate,
  };
  return (opts.key ?? trustedKey()).signer.signStatement(
    Buffer.from(JSON.stringify(statement), 'utf8'),
  );
}

export const source = (name: string, bundle: unknown): BundleSource => ({
  name,
  bytes: Buffer.from(typeof bundle === 'string' ? bundle : JSON.stringify(bundle)),
});

export type GateOutcome =
  | { kind: 'verdict'; verdict: Verdict }
  | { kind: 'policy-error'; error: unknown }
  | { kind: 'threw'; error: unknown };

/**
 * Loads the policy and runs the gate. A throw while loading the policy or building trust is a
 * `policy-error` (exit code 2 for `tollgate verify`); a throw from the gate itself is `threw`.
 */
export async function gate(yaml: string, bundles: BundleSource[]): Promise<GateOutcome> {
  let input: Omit<Parameters<typeof runGate>[0], 'bundles'>;
  try {
    const policy = await parsePolicy(yaml, 'policy.yml', policyFolder());
    const { trust, keyIds } = trustFromPolicy(policy);
    input = { policy, trust, keyIds, commit: COMMIT, now: NOW };
  } catch (error) {
    return { kind: 'policy-error', error };
  }
  try {
    return { kind: 'verdict', verdict: runGate({ ...input, bundles }) };
  } catch (error) {
    return { kind: 'threw', error };
  }
}

/** The verdict, or a failure that names what the gate threw (so the counterexample says it). */
export function verdictOf(outcome: GateOutcome): Verdict {
  if (outcome.kind === 'verdict') return outcome.verdict;
  const e = outcome.error as { code?: unknown; message?: unknown; stack?: unknown };
  throw new Error(
    `${outcome.kind === 'policy-error' ? 'the policy was rejected' : 'the gate threw'}: ${String(e?.code ?? '')} ${String(e?.message ?? e)}`,
  );
}

export function stepStatus(v: Verdict, step: string): string | undefined {
  return v.steps.find((s) => s.step === step)?.status;
}

/** Indents a JSON-able value as a YAML flow value (JSON is valid YAML). */
export const y = (v: unknown): string => JSON.stringify(v);

export interface PolicySpec {
  /** Required steps (all in one stage). */
  require: string[];
  steps?: Record<string, { predicateType?: string; thresholds?: object }>;
  exceptions?: object[];
  chains?: { step: string; materialsFrom: string; match?: string }[];
}

/** A policy trusting `trustedKey()` for every step. */
export function policyYaml(spec: PolicySpec): string {
  const lines = ['version: 1', signersYaml().trimEnd(), 'stages:', '  per-commit:'];
  lines.push(`    require: ${y(spec.require)}`);
  const steps = Object.entries(spec.steps ?? {});
  if (steps.length) {
    lines.push('steps:');
    for (const [id, s] of steps) {
      lines.push(`  ${id}:`);
      if (s.predicateType) lines.push(`    predicateType: ${y(s.predicateType)}`);
      if (s.thresholds && Object.keys(s.thresholds).length)
        lines.push(`    thresholds: ${y(s.thresholds)}`);
      if (!s.predicateType && !(s.thresholds && Object.keys(s.thresholds).length))
        lines.push('    signers: [ci]');
    }
  }
  if (spec.chains?.length) {
    lines.push('chains:');
    for (const c of spec.chains) lines.push(`  - ${y(c)}`);
  }
  if (spec.exceptions?.length) {
    lines.push('exceptions:');
    for (const e of spec.exceptions) lines.push(`  - ${y(e)}`);
  }
  return lines.join('\n') + '\n';
}
