/**
 * The GITHUB_TOKEN's permissions as GitHub works them out: the job's `permissions`, else the
 * workflow's, and in a called workflow never more than the calling job was granted.
 */
export type Level = 'none' | 'read' | 'write';
export type Grant = Record<string, Level>;

export const SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
];

const rank: Record<Level, number> = { none: 0, read: 1, write: 2 };

/** `read-all`, `write-all`, `{}` or a mapping, as written in a workflow. */
export function normalise(value: unknown): Grant | undefined {
  if (value === undefined || value === null) return undefined;
  if (value === 'read-all' || value === 'write-all') {
    const level: Level = value === 'read-all' ? 'read' : 'write';
    return Object.fromEntries(
      SCOPES.map((s) => [s, s === 'id-token' && level === 'read' ? 'none' : level]),
    );
  }
  if (typeof value !== 'object')
    throw new Error(
      `permissions must be a mapping, read-all or write-all, not ${JSON.stringify(value)}`,
    );
  return Object.fromEntries(
    Object.entries(value as Record<string, string>).map(([k, v]) => [k, v as Level]),
  );
}

/** What the job's token gets: declared (or the workflow's) and capped by the caller's grant. */
export function effective(declared: Grant | undefined, cap: Grant | undefined): Grant | undefined {
  if (!cap) return declared;
  const wanted = declared ?? cap;
  const out: Grant = {};
  for (const [scope, level] of Object.entries(wanted)) {
    const limit = cap[scope] ?? 'none';
    out[scope] = rank[level] <= rank[limit] ? level : limit;
  }
  return out;
}
