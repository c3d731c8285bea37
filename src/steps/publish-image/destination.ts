import { TollgateError } from '../../core/errors.js';
import { parseImageRef, type ImageRef } from '../../oci/refs.js';

/**
 * Where `publish-image` pushes: `registry` is `host[:port][/namespace]`, the image name's own
 * host (if any) is replaced by it, and the namespace is put in front unless the name already
 * starts with it. `127.0.0.1:5000` + `sample-service` → `127.0.0.1:5000/sample-service`;
 * `ghcr.io/acme` + `ghcr.io/acme/app` → `ghcr.io/acme/app`.
 */
export function destinationOf(
  registry: string,
  imageName: string,
): ImageRef & { kind: 'registry' } {
  const trimmed = registry
    .trim()
    .replace(/^(https?|docker):\/\//, '')
    .replace(/\/+$/, '');
  const slash = trimmed.indexOf('/');
  const host = slash < 0 ? trimmed : trimmed.slice(0, slash);
  const prefix = slash < 0 ? '' : trimmed.slice(slash + 1);
  const parts = imageName.split('/');
  const first = parts[0] ?? '';
  const hasHost =
    parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const path = (hasHost ? parts.slice(1) : parts).join('/');
  const repository = prefix && !path.startsWith(`${prefix}/`) ? `${prefix}/${path}` : path;
  const ref = parseImageRef(`${host}/${repository}`);
  if (ref.kind !== 'registry' || ref.registry !== host) {
    throw new TollgateError('INPUT_INVALID', `registry "${registry}" has no host name`, {
      hint: 'set the publish-image input registry to host[:port][/namespace], e.g. ghcr.io/acme',
    });
  }
  return ref;
}

/** The tag part of `name:tag` (a colon after the last slash), if any. */
export function tagOf(ref: string): string | undefined {
  const colon = ref.lastIndexOf(':');
  return colon > ref.lastIndexOf('/') ? ref.slice(colon + 1) : undefined;
}
