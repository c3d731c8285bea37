import { platform, release } from 'node:os';

/**
 * Where a step ran, recorded in its attestation's metadata so a reviewer can tell a laptop
 * run from a pinned CI container. Only facts the process can see: nothing is guessed.
 */
export function stepEnvironment(
  env: NodeJS.ProcessEnv,
  tools: Readonly<Record<string, string>> | undefined,
): Record<string, unknown> {
  const out: Record<string, unknown> = {
    // RUNNER_OS is what GitHub calls the machine; elsewhere the kernel's name is the honest answer.
    runnerOs: env.RUNNER_OS ?? `${platform()} ${release()}`,
    node: process.version,
  };
  // Set by the workflow (or the container isolation) when the step runs in an image pinned by digest.
  const digest = env.TOLLGATE_IMAGE_DIGEST;
  if (digest) out.imageDigest = digest;
  if (env.GITHUB_ACTIONS === 'true') out.ci = 'github-actions';
  if (tools && Object.keys(tools).length > 0) out.tools = { ...tools };
  return out;
}
