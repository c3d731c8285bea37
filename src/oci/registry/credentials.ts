import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { TollgateError } from '../../core/errors.js';

export interface Credentials {
  username: string;
  password: string;
  /** Where they came from, for messages (never the secret itself). */
  source: string;
}

/** Environment variables that carry registry credentials (CI secrets map onto them). */
export const ENV_USERNAME = 'TOLLGATE_REGISTRY_USERNAME';
export const ENV_PASSWORD = 'TOLLGATE_REGISTRY_PASSWORD';

/**
 * The auth files tried in order: `REGISTRY_AUTH_FILE` (podman, skopeo, buildah), then
 * `$DOCKER_CONFIG/config.json` or `~/.docker/config.json` (docker login).
 */
export function authFiles(env: NodeJS.ProcessEnv): string[] {
  const files: string[] = [];
  if (env.REGISTRY_AUTH_FILE) files.push(env.REGISTRY_AUTH_FILE);
  files.push(join(env.DOCKER_CONFIG ?? join(env.HOME ?? homedir(), '.docker'), 'config.json'));
  return files;
}

interface AuthEntry {
  auth?: string;
  username?: string;
  password?: string;
}

function fromAuthFile(file: string, registry: string): Credentials | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined; // no such file: the next source is tried
  }
  let auths: Record<string, AuthEntry>;
  try {
    auths = (JSON.parse(text) as { auths?: Record<string, AuthEntry> }).auths ?? {};
  } catch (e) {
    throw new TollgateError('INPUT_INVALID', `${file}: not JSON`, {
      cause: e,
      hint: 'fix or remove the auth file, or log in again (docker login / podman login)',
    });
  }
  // docker writes `host`, older clients `https://host/v1/` or `http://host`.
  const entry = Object.entries(auths).find(
    ([key]) => key.replace(/^https?:\/\//, '').replace(/\/.*$/, '') === registry,
  )?.[1];
  if (!entry) return undefined;
  if (entry.username && entry.password) {
    return { username: entry.username, password: entry.password, source: file };
  }
  if (entry.auth) {
    const plain = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = plain.indexOf(':');
    if (colon > 0) {
      return { username: plain.slice(0, colon), password: plain.slice(colon + 1), source: file };
    }
  }
  throw new TollgateError(
    'INPUT_INVALID',
    `${file}: the entry for ${registry} has no usable auth`,
    {
      hint: 'credential helpers are not supported; log in with a stored password or set TOLLGATE_REGISTRY_USERNAME/TOLLGATE_REGISTRY_PASSWORD',
    },
  );
}

/**
 * Credentials for a registry: given ones (step inputs, CLI flags) first, then the
 * environment, then an auth file. Undefined means anonymous access.
 */
export function credentialsFor(
  registry: string,
  env: NodeJS.ProcessEnv,
  given?: { username?: string; password?: string },
): Credentials | undefined {
  if (given?.username && given.password) {
    return { username: given.username, password: given.password, source: 'the given credentials' };
  }
  const user = env[ENV_USERNAME];
  const pass = env[ENV_PASSWORD];
  if (user && pass)
    return { username: user, password: pass, source: `${ENV_USERNAME}/${ENV_PASSWORD}` };
  for (const file of authFiles(env)) {
    const found = fromAuthFile(file, registry);
    if (found) return found;
  }
  return undefined;
}
