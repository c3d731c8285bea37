/**
 * Errors of the GitHub adapter. They carry the HTTP status so that callers can tell "not
 * permitted" (fall back, or report and go on) from "GitHub is down" (already retried), and a
 * stable code for messages and tests.
 */
export type GitHubErrorCode =
  | 'GITHUB_FORBIDDEN'
  | 'GITHUB_NOT_FOUND'
  | 'GITHUB_INVALID'
  | 'GITHUB_UNAVAILABLE'
  | 'GITHUB_CONTEXT';

export class GitHubError extends Error {
  readonly code: GitHubErrorCode;
  readonly status: number | undefined;

  constructor(
    code: GitHubErrorCode,
    message: string,
    options: { status?: number; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'GitHubError';
    this.code = code;
    this.status = options.status;
  }
}

/** Octokit's RequestError (and anything shaped like it) as a GitHubError naming what was attempted. */
export function toGitHubError(e: unknown, what: string): GitHubError {
  if (e instanceof GitHubError) return e;
  const status = (e as { status?: unknown } | null)?.status;
  const s = typeof status === 'number' ? status : undefined;
  const detail = e instanceof Error ? e.message : String(e);
  const code =
    s === 403 || s === 401
      ? 'GITHUB_FORBIDDEN'
      : s === 404
        ? 'GITHUB_NOT_FOUND'
        : s === 400 || s === 422
          ? 'GITHUB_INVALID'
          : 'GITHUB_UNAVAILABLE';
  return new GitHubError(code, `${what} failed${s ? ` (HTTP ${s})` : ''}: ${detail}`, {
    ...(s !== undefined ? { status: s } : {}),
    cause: e,
  });
}
