import { readFile } from 'node:fs/promises';
import { makeVsa } from '../attest/predicates/vsa.js';
import { sha256Hex } from '../core/digest.js';
import { VERSION } from '../core/version.js';
import type { BundleSource, Verdict } from '../gate/types.js';
import { attachArtifact } from '../oci/registry/referrers.js';
import type { OciTarget } from '../oci/registry/target.js';
import type { Descriptor } from '../oci/types.js';

/**
 * The SLSA verification summary of a promotion: the resource is the image by digest, the
 * inputs every attestation the gate judged, the levels the stages that passed.
 */
export async function promotionVsa(o: {
  resourceUri: string;
  policyPath: string;
  policyDisplay: string;
  bundles: BundleSource[];
  verdict: Verdict;
}): Promise<Record<string, unknown>> {
  const stages = [...new Set(o.verdict.steps.map((s) => s.stage))];
  return makeVsa({
    verifierVersion: VERSION,
    resourceUri: o.resourceUri,
    policy: { uri: o.policyDisplay, sha256: sha256Hex(await readFile(o.policyPath)) },
    inputs: o.bundles.map((b) => ({ uri: b.name, sha256: sha256Hex(b.bytes) })),
    passed: o.verdict.verdict === 'pass',
    passedStages: stages.filter((st) =>
      o.verdict.steps
        .filter((s) => s.stage === st)
        .every((s) => s.status === 'passed' || s.status === 'not-applicable'),
    ),
    timeVerified: new Date(o.verdict.evaluatedAt),
  });
}

/** Attaches a signed VSA bundle to the image it is about, as verify-image finds bundles. */
export async function attachVsa(
  target: OciTarget,
  subject: Descriptor,
  bundle: Buffer,
  step: string,
): Promise<Descriptor> {
  return attachArtifact(target, {
    subject,
    artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    content: bundle,
    annotations: {
      'dev.sigstore.bundle.content': 'dsse-envelope',
      'dev.sigstore.bundle.predicateType': 'https://slsa.dev/verification_summary/v1',
      'dev.tollgate.step': step,
    },
  });
}
