import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { keyIdOf, parsePublicKey } from '../../attest/keys.js';
import { TollgateError } from '../../core/errors.js';
import { localKeyPath } from '../../runner/local-key.js';

/**
 * The keys whose approval records count: the files the `approver-keys` input names, else this
 * machine's local key (the identity `tollgate approve` signs with by default).
 */
export async function approverKeys(
  input: string | undefined,
  repoDir: string,
  env: NodeJS.ProcessEnv,
): Promise<Map<string, KeyObject>> {
  const files = (input ?? '')
    .split(/[,\n]/)
    .map((f) => f.trim())
    .filter(Boolean);
  const keys = new Map<string, KeyObject>();
  if (files.length) {
    for (const f of files) {
      const path = resolve(repoDir, f);
      const pem = await readFile(path, 'utf8').catch((e: unknown) => {
        throw new TollgateError('INPUT_UNREADABLE', `cannot read approver key ${path}`, {
          cause: e,
          hint: 'approver-keys lists PEM public keys, comma separated',
        });
      });
      const key = parsePublicKey(pem, path);
      keys.set(keyIdOf(key), key);
    }
    return keys;
  }
  const { path } = localKeyPath(env);
  const pub = await readFile(path.replace(/\.key$/, '') + '.pub', 'utf8').catch(() => undefined);
  const key = pub
    ? parsePublicKey(pub, path)
    : await readFile(path, 'utf8').then(
        (pem) => createPublicKey(pem),
        () => undefined,
      );
  if (!key) {
    throw new TollgateError('INPUT_UNREADABLE', 'no approver keys: the local key does not exist', {
      hint: 'run tollgate approve (it creates the local key), or set the approver-keys input',
    });
  }
  keys.set(keyIdOf(key), key);
  return keys;
}
