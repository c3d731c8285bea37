import { createPublicKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createKeySigner, generateKeyPair, parsePrivateKey } from '../attest/signers/key.js';
import type { StatementSigner } from '../attest/signers/signer.js';
import { TollgateError } from '../core/errors.js';
import { writeFileAtomic } from '../core/fs.js';

export interface LocalKey {
  signer: StatementSigner;
  publicKeyPem: string;
  /** The private key file. */
  path: string;
  created: boolean;
}

/**
 * Where the local signing key lives: $TOLLGATE_KEY, else
 * $XDG_CONFIG_HOME/tollgate/local.key (~/.config when unset). Outside the repository on
 * purpose: a key inside the checkout would be one `git add .` away from being published.
 */
export function localKeyPath(env: NodeJS.ProcessEnv): { path: string; explicit: boolean } {
  if (env.TOLLGATE_KEY) return { path: env.TOLLGATE_KEY, explicit: true };
  const config = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config');
  return { path: join(config, 'tollgate', 'local.key'), explicit: false };
}

/**
 * Loads the local key, creating the default one on first use. A key named by TOLLGATE_KEY
 * must exist: creating one there would hide a typo behind a fresh, untrusted key.
 */
export async function loadLocalKey(env: NodeJS.ProcessEnv): Promise<LocalKey> {
  const { path, explicit } = localKeyPath(env);
  let pem: string | undefined;
  try {
    pem = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || explicit) {
      throw new TollgateError('SIGNER_UNAVAILABLE', `cannot read the local key ${path}`, {
        cause: e,
        hint: explicit ? 'TOLLGATE_KEY must name an existing private key (PEM)' : undefined,
      });
    }
  }
  let created = false;
  if (pem === undefined) {
    const pair = generateKeyPair();
    await writeFileAtomic(path.replace(/\.key$/, '') + '.pub', pair.publicKeyPem);
    await writeFileAtomic(path, pair.privateKeyPem, { mode: 0o600 });
    pem = pair.privateKeyPem;
    created = true;
  }
  const key = parsePrivateKey(pem, path);
  const publicKeyPem = createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString();
  return { signer: createKeySigner(key), publicKeyPem, path, created };
}
