import { resolve } from 'node:path';
import type { ImageRef } from '../refs.js';
import { RegistryRepository } from './client.js';
import { credentialsFor } from './credentials.js';
import { LayoutTarget } from './layout-target.js';
import type { OciTarget } from './target.js';

export interface OpenOptions {
  env: NodeJS.ProcessEnv;
  /** Explicit credentials (inputs, flags); otherwise the environment and auth files are used. */
  credentials?: { username?: string; password?: string };
  insecure?: boolean;
  signal?: AbortSignal;
  /** Folder that a relative `oci:DIR` is resolved against. */
  cwd?: string;
}

/** The store an image reference names: a registry repository or a local OCI layout. */
export function openTarget(ref: ImageRef, o: OpenOptions): OciTarget {
  if (ref.kind === 'layout') {
    return new LayoutTarget(o.cwd ? resolve(o.cwd, ref.dir) : ref.dir);
  }
  return new RegistryRepository(
    {
      registry: ref.registry,
      credentials: credentialsFor(ref.registry, o.env, o.credentials),
      ...(o.insecure ? { insecure: true } : {}),
      ...(o.signal ? { signal: o.signal } : {}),
    },
    ref.repository,
  );
}
