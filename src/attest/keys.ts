import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { TollgateError } from '../core/errors.js';

/** The key id Tollgate uses as the bundle's public key hint: sha256 of the SPKI DER, in hex. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

export function parsePublicKey(pem: string, source: string): KeyObject {
  try {
    return createPublicKey(pem);
  } catch (e) {
    throw new TollgateError('INPUT_INVALID', `${source} is not a PEM public key`, {
      cause: e,
      hint: 'use the .pub file that `tollgate keygen` wrote',
    });
  }
}
