import type { ImplementationLookup } from '../../steps/registry.js';
import type { StatementSigner } from '../../attest/signers/signer.js';
import type { SignerSettings } from '../../cli/signer-options.js';
import type { ProcessRunner } from '../../core/process.js';

/** The part of @actions/core the step runtime uses, so tests can stand in for GitHub. */
export interface ActionCore {
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  info(line: string): void;
  warning(line: string): void;
  /** Appends Markdown to the job summary. */
  summary(markdown: string): Promise<void>;
}

/** Where a step's bundles and reports are kept for later jobs (a workflow artifact on GitHub). */
export interface ArtifactStore {
  upload(name: string, files: string[], rootDir: string): Promise<void>;
}

export interface StepActionDeps {
  core: ActionCore;
  /** Created only when there is something to upload: the client is large to load. */
  artifacts: () => Promise<ArtifactStore>;
  signer: (s: SignerSettings, env: NodeJS.ProcessEnv, cwd: string) => Promise<StatementSigner>;
  implementationOf: ImplementationLookup;
  exec: ProcessRunner;
  env: NodeJS.ProcessEnv;
  cwd: string;
  signal: AbortSignal;
  now: () => Date;
}
