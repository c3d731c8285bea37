import { TollgateError } from '../core/errors.js';

/**
 * Image references as Tollgate accepts them: `host[:port]/name[:tag][@sha256:<hex>]` for a
 * registry and `oci:DIR[:tag|@sha256:<hex>]` for a local OCI image layout (the same prefix
 * skopeo uses). A digest always wins over a tag: copying and verifying go by digest.
 */
export type ImageRef =
  | { kind: 'registry'; registry: string; repository: string; tag?: string; digest?: string }
  | { kind: 'layout'; dir: string; tag?: string; digest?: string };

export const DIGEST_RE = /^sha256:[0-9a-f]{64}$/;
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const REPO_RE =
  /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
/** Docker Hub's name when a reference has no registry host. */
export const DEFAULT_REGISTRY = 'docker.io';

function bad(ref: string, why: string): TollgateError {
  return new TollgateError('USAGE', `"${ref}" is not an image reference: ${why}`, {
    hint: 'write host[:port]/name[:tag][@sha256:<hex>], or oci:DIR[:tag|@sha256:<hex>] for a local OCI layout',
  });
}

/** Splits `…@sha256:<hex>` off the end. */
function splitDigest(ref: string, s: string): { rest: string; digest?: string } {
  const at = s.lastIndexOf('@');
  if (at < 0) return { rest: s };
  const digest = s.slice(at + 1);
  if (!DIGEST_RE.test(digest)) throw bad(ref, `"${digest}" is not a sha256 digest`);
  return { rest: s.slice(0, at), digest };
}

function parseLayout(ref: string): ImageRef {
  const { rest, digest } = splitDigest(ref, ref.slice('oci:'.length));
  // As skopeo does: the folder ends at the first colon, the rest is the reference name, which
  // may itself hold colons (the container step names images `name:tag` inside its layout).
  const colon = rest.indexOf(':');
  const dir = colon < 0 ? rest : rest.slice(0, colon);
  const name = colon < 0 ? undefined : rest.slice(colon + 1);
  if (!dir) throw bad(ref, 'the layout folder is missing');
  if (name !== undefined && DIGEST_RE.test(name)) {
    if (digest) throw bad(ref, 'two digests');
    return { kind: 'layout', dir, digest: name };
  }
  if (name === '') throw bad(ref, 'the reference name after the colon is empty');
  return { kind: 'layout', dir, ...(name ? { tag: name } : {}), ...(digest ? { digest } : {}) };
}

export function parseImageRef(ref: string): ImageRef {
  if (ref.startsWith('oci:')) return parseLayout(ref);
  const { rest, digest } = splitDigest(ref, ref);
  const slash = rest.indexOf('/');
  const first = slash < 0 ? '' : rest.slice(0, slash);
  const hasHost = first.includes('.') || first.includes(':') || first === 'localhost';
  const registry = hasHost ? first : DEFAULT_REGISTRY;
  let path = hasHost ? rest.slice(slash + 1) : rest;
  let tag: string | undefined;
  const colon = path.lastIndexOf(':');
  if (colon >= 0) {
    tag = path.slice(colon + 1);
    path = path.slice(0, colon);
    if (!TAG_RE.test(tag)) throw bad(ref, `"${tag}" is not a valid tag`);
  }
  if (!REPO_RE.test(path)) throw bad(ref, `"${path}" is not a valid repository name`);
  const repository =
    registry === DEFAULT_REGISTRY && !path.includes('/') ? `library/${path}` : path;
  return {
    kind: 'registry',
    registry,
    repository,
    ...(tag ? { tag } : {}),
    ...(digest ? { digest } : {}),
  };
}

/** The reference back as text; `at` replaces the tag/digest part (e.g. to name a pushed digest). */
export function formatImageRef(r: ImageRef, at?: { tag?: string; digest?: string }): string {
  const tag = at ? at.tag : r.tag;
  const digest = at ? at.digest : r.digest;
  const base = r.kind === 'layout' ? `oci:${r.dir}` : `${r.registry}/${r.repository}`;
  return `${base}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
}

/** Hosts that may be spoken to over plain http without `insecure`: only this machine. */
export function isLoopbackHost(registry: string): boolean {
  const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
