/**
 * Builds the benchmark's inputs (not timed): a policy, its trust material and one real bundle
 * file per required step, written to a folder the gate reads like any pipeline run's output.
 * Each workload also keeps, in memory, exactly what the bare-crypto baseline needs.
 */
import { Buffer } from 'node:buffer';
import { createPublicKey, X509Certificate } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createAttestation } from '../dist/attest/create.js';
import { pae } from '../dist/attest/dsse.js';
import { PREDICATE } from '../dist/attest/predicates/types.js';
import { createKeySigner, generateKeyPair, parsePrivateKey } from '../dist/attest/signers/key.js';
import { createSpiffeSigner } from '../dist/attest/signers/spiffe/index.js';
import { createTrustDomain } from './trust-domain.mjs';

export const COMMIT = '5e'.repeat(20);
const REPOSITORY = 'acme/bench';
const TRUST_DOMAIN = 'bench.example';

// What a passing test step attests; the gate's test-result evaluator accepts it.
const PASSING_TESTS = {
  result: 'PASSED',
  passedTests: ['unit', 'integration'],
  failedTests: [],
  warnedTests: [],
  configuration: [],
};

const stepId = (i) => `bench-${String(i + 1).padStart(4, '0')}`;

/**
 * The policy: every step is a custom one (hence declared with its predicate type) required
 * in the per-commit stage and signed by `signer`, the only signer the policy defines.
 */
function policyYaml(signerYaml, steps) {
  const lines = ['version: 1', 'signers:', ...signerYaml.map((l) => `  ${l}`)];
  lines.push('stages:', '  per-commit:', '    require:');
  for (const s of steps) lines.push(`      - ${s}`);
  lines.push('steps:');
  for (const s of steps) lines.push(`  ${s}:`, `    predicateType: ${PREDICATE.testResult}`);
  return lines.join('\n') + '\n';
}

async function attest(step, signer) {
  return createAttestation(
    {
      meta: { step, status: 'passed' },
      predicateType: PREDICATE.testResult,
      predicate: PASSING_TESTS,
      subjects: [],
      repository: REPOSITORY,
      commit: COMMIT,
    },
    signer,
  );
}

/** The PAE bytes and raw signature of a bundle, computed as the gate computes them. */
function signedBytes(bundle) {
  const env = bundle.dsseEnvelope;
  return {
    data: pae(env.payloadType, Buffer.from(env.payload, 'base64')),
    signature: Buffer.from(env.signatures[0].sig, 'base64'),
  };
}

async function writeWorkload(dir, policy, extraFiles, bundles) {
  const bundlesDir = join(dir, 'bundles');
  await mkdir(bundlesDir, { recursive: true });
  const policyPath = join(dir, 'tollgate.policy.yml');
  await writeFile(policyPath, policy);
  for (const [name, content] of Object.entries(extraFiles))
    await writeFile(join(dir, name), content);
  for (const [step, bundle] of bundles) {
    await writeFile(join(bundlesDir, `${step}.sigstore.json`), JSON.stringify(bundle));
  }
  return { policyPath, bundlesDir };
}

/** `count` steps, each attested once by the same ECDSA P-256 key. */
export async function keyWorkload(dir, count) {
  const pair = generateKeyPair();
  const signer = createKeySigner(parsePrivateKey(pair.privateKeyPem, 'bench key'));
  const steps = Array.from({ length: count }, (_, i) => stepId(i));
  const bundles = [];
  for (const step of steps) bundles.push([step, await attest(step, signer)]);
  const files = await writeWorkload(
    dir,
    policyYaml(['bench-key:', '  key: bench-key.pub'], steps),
    { 'bench-key.pub': pair.publicKeyPem },
    bundles,
  );
  const publicKey = createPublicKey(pair.publicKeyPem);
  return {
    name: `${count} key-signed bundles`,
    steps: count,
    ...files,
    baseline: bundles.map(([, b]) => ({ ...signedBytes(b), publicKey })),
  };
}

/**
 * `count` steps, each attested by its own SVID (one workload per step, as in a real
 * pipeline), all issued by the same intermediate CA under the trust domain's root.
 */
export async function spiffeWorkload(dir, count) {
  const domain = await createTrustDomain(TRUST_DOMAIN);
  const steps = Array.from({ length: count }, (_, i) => stepId(i));
  const bundles = [];
  let rootKey;
  for (const step of steps) {
    const svid = await domain.issueSvid(`/ci/${step}`);
    rootKey ??= svid.trustBundle[0].publicKey;
    const source = { description: `bench SVID ${svid.spiffeId}`, fetchSvid: async () => svid };
    bundles.push([step, await attest(step, await createSpiffeSigner(source))]);
  }
  const files = await writeWorkload(
    dir,
    policyYaml(
      [
        'bench-spiffe:',
        '  spiffe:',
        `    id: spiffe://${TRUST_DOMAIN}/ci/*`,
        '    trustBundle: bundle.pem',
      ],
      steps,
    ),
    { 'bundle.pem': domain.bundlePem },
    bundles,
  );
  // The baseline gets every certificate and key already parsed: only the three signature
  // checks the job cannot avoid are left (envelope, leaf by intermediate, intermediate by root).
  const baseline = bundles.map(([, b]) => {
    const [leaf, intermediate] = b.verificationMaterial.x509CertificateChain.certificates.map(
      (c) => new X509Certificate(Buffer.from(c.rawBytes, 'base64')),
    );
    return {
      ...signedBytes(b),
      publicKey: leaf.publicKey,
      leaf,
      intermediate,
      intermediateKey: intermediate.publicKey,
      rootKey,
    };
  });
  return { name: `${count} SPIFFE-signed bundles`, steps: count, ...files, baseline };
}
