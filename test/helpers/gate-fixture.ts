import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SerializedBundle } from '@sigstore/bundle';
import { createAttestation } from '../../src/attest/create.js';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { createKeySigner, generateKeyPair, parsePrivateKey } from '../../src/attest/signers/key.js';
import type { StatementSigner } from '../../src/attest/signers/signer.js';
import type { Subject } from '../../src/attest/statement.js';
import type { TrustMaterial } from '../../src/attest/verify/index.js';
import { runGate } from '../../src/gate/gate.js';
import { trustFromPolicy } from '../../src/gate/trust.js';
import type { BundleSource, Verdict } from '../../src/gate/types.js';
import { parsePolicy } from '../../src/policy/load.js';

export const COMMIT = 'a'.repeat(40);
export const OTHER_COMMIT = 'b'.repeat(40);
export const NOW = new Date('2026-11-26T12:00:00Z');

export interface KeyPair {
  signer: StatementSigner;
  publicKeyPem: string;
  keyId: string;
}

export function makeKey(): KeyPair {
  const pair = generateKeyPair();
  return {
    signer: createKeySigner(parsePrivateKey(pair.privateKeyPem, 'test')),
    publicKeyPem: pair.publicKeyPem,
    keyId: pair.keyId,
  };
}

/** Predicates that pass by default, per predicate type. */
export const PASSING: Record<string, Record<string, unknown>> = {
  [PREDICATE.testResult]: {
    result: 'PASSED',
    passedTests: ['t1', 't2'],
    failedTests: [],
    warnedTests: [],
    configuration: [],
  },
  [PREDICATE.scanResult]: { scanner: { name: 'demo', version: '1' }, counts: {}, findings: [] },
  [PREDICATE.slsaProvenance]: {
    buildDefinition: {
      buildType: 'https://tollgate.dev/buildtypes/step/v1',
      externalParameters: {},
      resolvedDependencies: [],
    },
    runDetails: { builder: { id: 'local' } },
  },
  [PREDICATE.coverage]: {
    lines: { covered: 90, total: 100, pct: 90 },
    branches: { covered: 8, total: 10, pct: 80 },
  },
};

export interface SignOptions {
  step: string;
  predicateType?: string;
  predicate?: Record<string, unknown>;
  subjects?: Subject[];
  commit?: string;
  signer: StatementSigner;
  status?: 'passed' | 'failed' | 'not-applicable';
  failure?: 'findings' | 'tool';
  reason?: string;
}

export async function sign(o: SignOptions): Promise<SerializedBundle> {
  const type = o.predicateType ?? PREDICATE.testResult;
  return createAttestation(
    {
      meta: {
        step: o.step,
        status: o.status ?? 'passed',
        ...(o.failure ? { failure: o.failure } : {}),
        ...(o.reason ? { reason: o.reason } : {}),
      },
      predicateType: type,
      predicate: o.predicate ?? PASSING[type] ?? {},
      subjects: o.subjects ?? [],
      repository: 'acme/shop',
      commit: o.commit ?? COMMIT,
    },
    o.signer,
  );
}

export function asSource(name: string, bundle: unknown): BundleSource {
  return { name, bytes: Buffer.from(typeof bundle === 'string' ? bundle : JSON.stringify(bundle)) };
}

/** A temp folder holding the policy and the files it refers to. */
export class PolicyDir {
  readonly dir = mkdtempSync(join(tmpdir(), 'tollgate-policy-'));
  file(name: string, content: string): string {
    writeFileSync(join(this.dir, name), content);
    return name;
  }
  async gate(
    yaml: string,
    bundles: BundleSource[],
    options: {
      verifiers?: Pick<TrustMaterial, 'verifySpiffe' | 'verifyKeyless'>;
      now?: Date;
      commit?: string;
    } = {},
  ): Promise<Verdict> {
    const path = join(this.dir, 'policy.yml');
    writeFileSync(path, yaml);
    const policy = await parsePolicy(yaml, path);
    const { trust, keyIds } = trustFromPolicy(policy, options.verifiers ?? {});
    return runGate({
      policy,
      trust,
      keyIds,
      bundles,
      commit: options.commit ?? COMMIT,
      now: options.now ?? NOW,
    });
  }
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Re-encodes a bundle's DSSE payload after `edit` changed the statement, keeping the old signature. */
export function tamperPayload(
  bundle: SerializedBundle,
  edit: (statement: Record<string, unknown>) => void,
): SerializedBundle {
  const copy = structuredClone(bundle) as SerializedBundle & { dsseEnvelope: { payload: string } };
  const statement = JSON.parse(
    Buffer.from(copy.dsseEnvelope.payload, 'base64').toString('utf8'),
  ) as Record<string, unknown>;
  edit(statement);
  copy.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
  return copy;
}

export function statusOf(v: Verdict, step: string): string | undefined {
  return v.steps.find((s) => s.step === step)?.status;
}
