// The shared runtime of the step actions, bundled once into actions/_runtime/dist/; each
// step's action is a stub that imports it and calls runStepAction('<step>').
import '../../core/cjs-globals.js';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeError, isTollgateError } from '../../core/errors.js';
import { nodeProcessRunner } from '../../core/process.js';
import { implementationOf } from '../../steps/registry.js';
import { useToolsFolder } from '../../tools/resolve.js';
import type { ArtifactStore } from './ports.js';
import { runnerCore } from './runner-core.js';
import { runStep } from './run.js';
import { stepToolsFolder } from './tools.js';

const actionCore = runnerCore(process.env, (text) => process.stdout.write(text));

// The artifact client and the signers are loaded on demand: a step with nothing to sign or
// upload should not pay for loading them.
async function artifactStore(): Promise<ArtifactStore> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  return {
    upload: async (name, files, rootDir) =>
      void (await client.uploadArtifact(name, files, rootDir)),
  };
}

export async function runStepAction(stepId: string): Promise<void> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  // GitHub cancels a job with SIGINT, then SIGTERM: stop the step's tools either way.
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // The npm tools the steps run come from the runner's tool cache, installed on first use.
  useToolsFolder(
    stepToolsFolder({
      runtimeDir: dirname(fileURLToPath(import.meta.url)),
      env: process.env,
      exec: nodeProcessRunner,
      log: (line) => actionCore.info(line),
      signal: controller.signal,
    }),
  );
  try {
    await runStep(stepId, {
      core: actionCore,
      artifacts: artifactStore,
      signer: async (s, env, cwd) =>
        (await import('../../cli/signer-options.js')).createSigner(s, env, cwd),
      implementationOf,
      exec: nodeProcessRunner,
      env: process.env,
      cwd: process.cwd(),
      signal: controller.signal,
      now: () => new Date(),
    });
  } catch (e) {
    // As the command line reports it: the message, then the hint on its own line.
    const hint = isTollgateError(e) && e.hint ? `\n  hint: ${e.hint}` : '';
    actionCore.setFailed(`tollgate ${stepId}: ${describeError(e)}${hint}`);
  } finally {
    process.removeListener('SIGINT', stop);
    process.removeListener('SIGTERM', stop);
  }
}
