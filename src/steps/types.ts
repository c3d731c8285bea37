import type { Subject } from '../attest/statement.js';
import type { ProcessRunner } from '../core/process.js';
import type { StepDef } from '../pipeline/graph.js';

/**
 * What a step implementation receives. The same implementation runs inside its GitHub
 * Action and under `tollgate run`; only the context differs.
 */
export interface StepContext {
  step: StepDef;
  /** The repository under test (the checkout on GitHub). */
  repoDir: string;
  /** Where the step writes its raw reports (SARIF, JUnit, lcov, ...). */
  outDir: string;
  /**
   * Where another step's outDir is readable: how a step finds what an earlier one left there
   * (the image layout of `container`, the URL of `deploy-test`). Locally it is that step's
   * folder in this run, or in the latest earlier run when this run does not include the step;
   * on GitHub it is where the job downloaded the step's artifact.
   */
  reportsOf: (step: string) => string;
  /** The step's inputs by kebab-case name (action inputs, or the local configuration). */
  inputs: Readonly<Record<string, string>>;
  commit: string;
  repository: string;
  /** Products of the steps this one needs, by step id (for materials and chaining). */
  upstream: Readonly<Record<string, Subject[]>>;
  log: (line: string) => void;
  /**
   * Starts the step's processes. Under executeStep every process it starts gets the
   * environment without the signing variables (core/child-env.ts), whatever it is given.
   */
  exec: ProcessRunner;
  /**
   * The environment for the processes the step starts: the runner's, without what signs or
   * publishes (OIDC request, runtime and results tokens, GitHub tokens, the signer's
   * variables). executeStep sets it; steps read it through `stepEnv`, never process.env.
   */
  env?: NodeJS.ProcessEnv;
  signal: AbortSignal;
  /**
   * Where the step finds native tools (gitleaks, zizmor, checkov, hadolint, njsscan). The
   * runner and the step actions set it from their environment (executeStep fills it in when
   * absent); without it a step runs its fallback.
   */
  tools?: ToolLocator;
}

/** Finds a native tool's executable by its command name; undefined when it is not installed. */
export interface ToolLocator {
  find(name: string): Promise<string | undefined>;
}

/** One attestation a step asks to be signed (most steps have one; `sca` has two). */
export interface StepAttestation {
  predicateType: string;
  predicate: Record<string, unknown>;
}

export interface StepResult {
  /**
   * `not-applicable`: the repository has nothing for this step to check (no integration test
   * script, no OpenAPI spec). It is attested like any result, with `reason` saying why
   * (required), and the policy judges it (`allowNotApplicable`).
   */
  status: 'passed' | 'failed' | 'not-applicable';
  /** Why it failed or did not apply, in one line (taken into the attestation and the verdict). */
  reason?: string;
  /** Set to `findings` when the step failed only because of what it found (see StepMeta). */
  failure?: 'findings' | 'tool';
  attestations: StepAttestation[];
  /** Artefacts the step produced (name + sha256). */
  products: Subject[];
  /** Artefacts the step consumed, for chain rules. */
  materials?: Subject[];
  /** Report files written under outDir. */
  reports: string[];
  /** Markdown for the job summary. */
  summary?: string;
  /** Figures worth showing (counts, timings). */
  metrics?: Record<string, number>;
}

export interface StepImplementation {
  id: string;
  run(ctx: StepContext): Promise<StepResult>;
  /**
   * Checks inputs that can be judged without running (an enumeration, a number): the runner
   * calls it first, so a typo is bad usage (exit 2), not a failed step. Returns the problem.
   */
  checkInputs?(inputs: Readonly<Record<string, string>>): string | undefined;
}
