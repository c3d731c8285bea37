import { parseJsonUntrusted, readUntrustedSync } from '../core/untrusted.js';
import { GitHubError } from './errors.js';
import type { RepoRef } from './port.js';

/** What the reporting needs to know about the run it is part of, read from the runner's environment. */
export interface GitHubContext {
  repo: RepoRef;
  apiUrl: string;
  /** Link to the workflow run, whose page lists its artifacts. */
  runUrl?: string;
  /** The pull request the run is about, if any. */
  pullNumber?: number;
  /** Base branch name of the pull request. */
  baseRef?: string;
  /** The ref code scanning files results under (refs/pull/<n>/head for a PR). */
  ref?: string;
  /** The caller workflow's file name (tollgate.yml): whose base-branch runs hold the base report. */
  workflow?: string | number;
}

/** `tollgate.yml` of GITHUB_WORKFLOW_REF (owner/repo/.github/workflows/tollgate.yml@ref). */
export function workflowFileOf(ref: string | undefined): string | undefined {
  const m = /\/\.github\/workflows\/([^@/]+)@/.exec(ref ?? '');
  return m?.[1];
}

export function parseRepo(s: string): RepoRef {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(s);
  if (!m) throw new GitHubError('GITHUB_CONTEXT', `"${s}" is not an owner/name repository`);
  return { owner: m[1]!, repo: m[2]! };
}

export function runUrlOf(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
  return server && repo && id
    ? `${server.replace(/\/+$/, '')}/${repo}/actions/runs/${id}`
    : undefined;
}

/** GitHub caps webhook payloads at 25 MB; anything larger is not an event file. */
const MAX_EVENT_BYTES = 32 << 20;

/** Reads GITHUB_* variables and the event payload (for the pull request number and base). */
export function readGitHubContext(env: NodeJS.ProcessEnv): GitHubContext {
  if (!env.GITHUB_REPOSITORY)
    throw new GitHubError(
      'GITHUB_CONTEXT',
      'GITHUB_REPOSITORY is not set (not running on GitHub?)',
    );
  let event: { pull_request?: { number?: number; base?: { ref?: string } } } = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      const path = env.GITHUB_EVENT_PATH;
      const bytes = readUntrustedSync(path, 'event payload', { maxBytes: MAX_EVENT_BYTES });
      event = (parseJsonUntrusted(bytes, 'event payload', path) ?? {}) as typeof event;
    } catch {
      // no readable event: reported as "no pull request", which only disables the comment
    }
  }
  const pr = event.pull_request?.number;
  const runUrl = runUrlOf(env);
  const ref = pr ? `refs/pull/${pr}/head` : env.GITHUB_REF;
  const baseRef = event.pull_request?.base?.ref ?? env.GITHUB_BASE_REF;
  // In a reusable workflow GITHUB_WORKFLOW_REF still names the caller, which is what runs on push.
  const workflow = workflowFileOf(env.GITHUB_WORKFLOW_REF);
  return {
    repo: parseRepo(env.GITHUB_REPOSITORY),
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    ...(runUrl ? { runUrl } : {}),
    ...(typeof pr === 'number' ? { pullNumber: pr } : {}),
    ...(baseRef ? { baseRef } : {}),
    ...(ref ? { ref } : {}),
    ...(workflow ? { workflow } : {}),
  };
}
