import type { StepDef } from '../graph.js';

export type Permissions = Record<string, 'read' | 'write' | 'none'>;

/**
 * Least privilege per job: read the code, mint an OIDC token for keyless signing (the only
 * use of `id-token: write`), plus what the step itself needs (graph.ts). Jobs that sign
 * nothing get no id-token. Keys are sorted so the generated text is stable.
 */
export function stepPermissions(step: StepDef): Permissions {
  return sorted({ contents: 'read', 'id-token': 'write', ...(step.permissions ?? {}) });
}

/** The gate reads the policy and the downloaded bundles; it signs nothing. */
export const GATE_PERMISSIONS: Permissions = { contents: 'read' };

/** What a caller must grant a reusable workflow: the union of its jobs' permissions. */
export function unionPermissions(all: Permissions[]): Permissions {
  const rank = { none: 0, read: 1, write: 2 } as const;
  const out: Permissions = {};
  for (const p of all) {
    for (const [k, v] of Object.entries(p)) {
      const cur = out[k];
      if (cur === undefined || rank[v] > rank[cur]) out[k] = v;
    }
  }
  return sorted(out);
}

function sorted(p: Permissions): Permissions {
  return Object.fromEntries(Object.entries(p).sort(([a], [b]) => a.localeCompare(b)));
}
