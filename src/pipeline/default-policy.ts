import { PREDICATE } from '../attest/predicates/types.js';
import { STAGES, STEPS, stepsOfStage } from './graph.js';
import { TOLLGATE_REF, TOLLGATE_REPO } from './pins.js';
import { yamlText } from './render/yaml-text.js';

/**
 * The default policy, derived from the graph: every step marked `required` is required in its
 * stage, with thresholds that fail on anything serious. Signers are the caller's: `tollgate
 * init` passes a GitHub signer for the user's repository, the local runner a key signer.
 */

/** One signer entry of the policy (exactly one kind, as the schema requires). */
export type SignerSpec =
  | { github: { repository: string; workflow?: string | string[]; ref?: string | string[] } }
  | { key: string }
  | { spiffe: { id: string | string[]; trustBundle: string } };

export interface DefaultPolicyOptions {
  /** Signers by name; every step may be signed by any of them (`defaults.signers`). */
  signers: Record<string, SignerSpec>;
  /** Extra header lines (e.g. what generated the file). */
  header?: string[];
}

/**
 * A GitHub signer for `repository` whose jobs run in Tollgate's reusable workflows: the
 * certificate names the reusable workflow at its release ref, not the caller.
 */
export function githubSigner(repository: string): SignerSpec {
  const workflows = `${TOLLGATE_REPO}/.github/workflows/*.yml`;
  return {
    github: {
      repository,
      workflow: [
        `${workflows}@refs/tags/${TOLLGATE_REF}`,
        `${workflows}@refs/tags/${TOLLGATE_REF}.*`,
      ],
    },
  };
}

/** Thresholds by predicate type; a step gets those of the types it attests. */
function thresholdsFor(attests: readonly string[]): Record<string, unknown> | undefined {
  const t: Record<string, unknown> = {};
  if (attests.includes(PREDICATE.scanResult) || attests.includes(PREDICATE.vulns))
    t.failOn = 'high';
  if (attests.includes(PREDICATE.testResult)) t.maxFailedTests = 0;
  if (attests.includes(PREDICATE.review)) t.minApprovals = 1;
  return Object.keys(t).length ? t : undefined;
}

export function defaultPolicy(opts: DefaultPolicyOptions): Record<string, unknown> {
  const stages = Object.fromEntries(
    STAGES.map((stage) => [
      stage,
      {
        require: stepsOfStage(stage)
          .filter((s) => s.required)
          .map((s) => s.id),
      },
    ]),
  );
  const steps = Object.fromEntries(
    STEPS.filter((s) => s.required).flatMap((s) => {
      const thresholds = thresholdsFor(s.attests);
      return thresholds ? [[s.id, { thresholds }]] : [];
    }),
  );
  return {
    version: 1,
    signers: opts.signers,
    defaults: { signers: Object.keys(opts.signers) },
    stages,
    steps,
    // The build output in the image must be exactly what the tested build produced. Other
    // files the image takes from the repository (package.json, dependencies) are not build
    // products; a project whose build writes elsewhere than dist/ changes the glob.
    chains: [{ step: 'container', materialsFrom: 'compile', match: 'dist/**' }],
  };
}

export function defaultPolicyYaml(opts: DefaultPolicyOptions): string {
  return yamlText(defaultPolicy(opts), {
    header: [
      ...(opts.header ?? []),
      'Tollgate policy: which attestations each stage requires, who may sign them and which',
      `results pass. Format: https://github.com/${TOLLGATE_REPO}/blob/main/docs/policy.md`,
    ],
    spacedKeys: ['signers', 'defaults', 'stages', 'steps', 'chains'],
  });
}
