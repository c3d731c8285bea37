import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SerializedBundle } from '@sigstore/bundle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { staticTokenSource } from '../../src/attest/signers/oidc.js';
import { createSigstoreSigner } from '../../src/attest/signers/sigstore.js';
import { defaultVerifiers } from '../../src/cli/verifiers.js';
import { onDemandVerifiers } from '../../src/cli/verifiers-core.js';
import { runGate } from '../../src/gate/gate.js';
import { prepareBundles } from '../../src/gate/prepare.js';
import { trustFromPolicy } from '../../src/gate/trust.js';
import type { BundleSource } from '../../src/gate/types.js';
import { verifyFromFiles } from '../../src/gate/verify-run.js';
import { parsePolicy } from '../../src/policy/load.js';
import {
  asSource,
  COMMIT,
  makeKey,
  NOW,
  OTHER_COMMIT,
  PolicyDir,
  sign,
  tamperPayload,
  type KeyPair,
} from '../helpers/gate-fixture.js';
import { startSigstoreMock, type SigstoreMock } from '../helpers/sigstore-mock.js';

// `tollgate verify` prepares the bundles before the gate: each is parsed once and its key
// signature checked on the thread pool, all at once. The gate must say exactly what it says
// without that, and a signature checked ahead must never stand in for another.
let dir: PolicyDir;
let ci: KeyPair;
let stranger: KeyPair;

const policy = `version: 1
signers:
  ci: { key: ci.pub }
stages:
  per-commit:
    require: [unit-tests, lint-language, sast, build, e2e, extra]
steps:
  extra: { predicateType: ${PREDICATE.testResult} }
  e2e: { predicateType: ${PREDICATE.testResult} }
  build: { predicateType: ${PREDICATE.testResult} }
`;

beforeAll(() => {
  dir = new PolicyDir();
  ci = makeKey();
  stranger = makeKey();
  dir.file('ci.pub', ci.publicKeyPem);
});
afterAll(() => dir.remove());

async function judge(sources: BundleSource[], prepare: boolean) {
  const p = await parsePolicy(policy, join(dir.dir, 'policy.yml'));
  const { trust, keyIds } = trustFromPolicy(p);
  const needs = prepare ? await prepareBundles(sources, trust.keys) : undefined;
  const verdict = runGate({ policy: p, trust, keyIds, bundles: sources, commit: COMMIT, now: NOW });
  return { verdict, needs };
}

const flipSignature = (b: SerializedBundle): SerializedBundle => {
  const copy = structuredClone(b);
  const sig = Buffer.from(copy.dsseEnvelope!.signatures[0]!.sig, 'base64');
  sig[sig.length - 1]! ^= 1;
  copy.dsseEnvelope!.signatures[0]!.sig = sig.toString('base64');
  return copy;
};

/** One bundle of each kind the gate tells apart, as fresh sources every time. */
async function mixedBundles(): Promise<() => BundleSource[]> {
  const good = await sign({ step: 'unit-tests', signer: ci.signer });
  const lint = await sign({
    step: 'lint-language',
    predicateType: PREDICATE.scanResult,
    signer: ci.signer,
  });
  const altered = tamperPayload(
    await sign({ step: 'sast', predicateType: PREDICATE.scanResult, signer: ci.signer }),
    (s) => ((s.predicate as { counts: object }).counts = { high: 0 }),
  );
  const badSig = flipSignature(await sign({ step: 'build', signer: ci.signer }));
  const foreign = await sign({ step: 'e2e', signer: stranger.signer });
  const replay = await sign({ step: 'extra', signer: ci.signer, commit: OTHER_COMMIT });
  return () => [
    asSource('unit-tests.sigstore.json', good),
    asSource('lint-language.sigstore.json', lint),
    asSource('sast.sigstore.json', altered),
    asSource('build.sigstore.json', badSig),
    asSource('e2e.sigstore.json', foreign),
    asSource('extra.sigstore.json', replay),
    asSource('truncated.sigstore.json', JSON.stringify(good).slice(0, 100)),
    asSource('null.sigstore.json', 'null'),
    { name: 'fifo.sigstore.json', bytes: Buffer.alloc(0), size: 0, problem: 'a FIFO' },
  ];
}

describe('bundles prepared before the gate', () => {
  it('change nothing in the verdict, whatever the bundles say', async () => {
    const sources = await mixedBundles();
    const plain = await judge(sources(), false);
    const prepared = await judge(sources(), true);
    expect(prepared.verdict).toEqual(plain.verdict);
    expect(plain.verdict.steps.map((s) => s.status)).toEqual([
      'passed',
      'passed',
      'invalid-signature',
      'invalid-signature',
      'untrusted-signer',
      'wrong-subject',
    ]);
    expect(prepared.needs).toEqual({ certificates: false });
  });

  it('a signature checked ahead counts only for the very bytes it was checked on', async () => {
    const good = await sign({ step: 'unit-tests', signer: ci.signer });
    const altered = tamperPayload(good, (s) => (s.subject = []));
    const [src] = [asSource('unit-tests.sigstore.json', good)];
    await judge([src!], true);
    // The same envelope object, its payload changed after the check: verified again, refused.
    const json = src!.json as SerializedBundle;
    json.dsseEnvelope!.payload = altered.dsseEnvelope!.payload;
    const again = await judge([src!], false);
    expect(again.verdict.steps[0]!.status).toBe('invalid-signature');

    // The same for the signature, and for the payload type the signature also covers.
    const other = asSource('unit-tests.sigstore.json', good);
    await judge([other], true);
    const otherJson = other.json as SerializedBundle;
    otherJson.dsseEnvelope!.signatures[0]!.sig =
      flipSignature(good).dsseEnvelope!.signatures[0]!.sig;
    expect((await judge([other], false)).verdict.steps[0]!.status).toBe('invalid-signature');
    const typed = asSource('unit-tests.sigstore.json', good);
    await judge([typed], true);
    (typed.json as SerializedBundle).dsseEnvelope!.payloadType = 'application/json';
    expect((await judge([typed], false)).verdict.steps[0]!.status).toBe('invalid-signature');
  });

  it('parse each bundle once: the gate reads the prepared JSON', async () => {
    const src = asSource(
      'unit-tests.sigstore.json',
      await sign({ step: 'unit-tests', signer: ci.signer }),
    );
    const p = await parsePolicy(policy, join(dir.dir, 'policy.yml'));
    await prepareBundles([src], trustFromPolicy(p).trust.keys);
    src.bytes = Buffer.from('not json any more');
    const { verdict } = await judge([src], false);
    expect(verdict.steps[0]!.status).toBe('passed');
  });

  it('say when a bundle carries a certificate instead of a key', async () => {
    const keyed = asSource(
      'a.sigstore.json',
      await sign({ step: 'unit-tests', signer: ci.signer }),
    );
    const cert = asSource(
      'b.sigstore.json',
      JSON.stringify({ verificationMaterial: { certificate: { rawBytes: 'AA==' } } }),
    );
    expect(await prepareBundles([keyed], new Map())).toEqual({ certificates: false });
    expect(await prepareBundles([keyed, cert], new Map())).toEqual({ certificates: true });
  });
});

describe('the Sigstore verifier loaded on demand', () => {
  let sig: SigstoreMock;
  beforeAll(async () => {
    sig = await startSigstoreMock({ identity: { repository: 'acme/shop' } });
  });
  afterAll(async () => sig.stop());

  it('judges keyless bundles exactly as the verifier loaded up front', async () => {
    const folder = join(dir.dir, 'keyless');
    mkdirSync(join(folder, 'bundles'), { recursive: true });
    writeFileSync(join(folder, 'trusted_root.json'), JSON.stringify(sig.trustedRoot));
    writeFileSync(
      join(folder, 'policy.yml'),
      `version: 1
sigstore:
  trustedRoot: trusted_root.json
signers:
  ci:
    github:
      repository: acme/shop
      workflow: "acme/shop/.github/workflows/*.yml@refs/heads/main"
      ref: refs/heads/main
stages:
  per-commit:
    require: [sast, unit-tests]
`,
    );
    const signer = createSigstoreSigner({
      ...sig.signerOptions(),
      tokenSource: staticTokenSource(sig.token()),
    });
    const bundle = await sign({ step: 'sast', predicateType: PREDICATE.scanResult, signer });
    writeFileSync(join(folder, 'bundles/sast.sigstore.json'), JSON.stringify(bundle));
    const run = (verifiers: typeof onDemandVerifiers) =>
      verifyFromFiles({
        policyPath: join(folder, 'policy.yml'),
        bundlesDir: join(folder, 'bundles'),
        cwd: folder,
        commit: COMMIT,
        now: NOW,
        verifiers,
      });
    const onDemand = await run(onDemandVerifiers);
    expect(onDemand).toEqual(await run(defaultVerifiers as typeof onDemandVerifiers));
    expect(onDemand.steps.map((s) => s.status)).toEqual(['passed', 'missing']);
  });
});
