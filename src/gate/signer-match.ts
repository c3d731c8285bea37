import { globMatch } from '../core/glob.js';
import { describeIdentity, type SignerIdentity } from '../attest/verify/types.js';
import type { SignerSpec } from '../policy/types.js';

/**
 * Whether a proven identity is the functionary a policy entry describes. For GitHub, the
 * repository is the one whose run signed (the certificate's source repository), so a
 * workflow in another repository cannot sign for this one even with the same file name.
 */
export function matchesSigner(
  spec: SignerSpec,
  id: SignerIdentity,
  keyIds: ReadonlyMap<string, string>,
): boolean {
  switch (spec.kind) {
    case 'key':
      return id.kind === 'key' && keyIds.get(spec.name) === id.keyId;
    case 'spiffe':
      return id.kind === 'spiffe' && spec.ids.some((g) => globMatch(g, id.spiffeId));
    case 'github': {
      if (id.kind !== 'sigstore' || id.issuer !== spec.issuer) return false;
      const ext = id.extensions;
      const repoUri =
        ext.sourceRepositoryURI ??
        (ext.githubWorkflowRepository
          ? `https://github.com/${ext.githubWorkflowRepository}`
          : undefined);
      if (repoUri?.toLowerCase() !== `https://github.com/${spec.repository}`.toLowerCase())
        return false;
      const workflow = id.san.replace(/^https:\/\/github\.com\//, '');
      if (spec.workflows.length && !spec.workflows.some((g) => globMatch(g, workflow)))
        return false;
      const ref = ext.sourceRepositoryRef ?? ext.githubWorkflowRef;
      if (spec.refs.length && !(ref !== undefined && spec.refs.some((g) => globMatch(g, ref))))
        return false;
      return true;
    }
  }
}

export function allowedSigner(
  specs: SignerSpec[],
  id: SignerIdentity,
  keyIds: ReadonlyMap<string, string>,
): { ok: true; name: string } | { ok: false; reason: string } {
  const hit = specs.find((s) => matchesSigner(s, id, keyIds));
  if (hit) return { ok: true, name: hit.name };
  return {
    ok: false,
    reason: `signed by ${describeIdentity(id)}, which is not among the signers allowed for this step (${specs.map((s) => s.name).join(', ') || 'none'})`,
  };
}
