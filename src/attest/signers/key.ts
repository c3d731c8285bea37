import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign as cryptoSign,
  type KeyObject,
} from 'node:crypto';
import type { Signer } from '@sigstore/sign';
import { buildDsseBundle } from '../bundle.js';
import { keyIdOf } from '../keys.js';
import type { StatementSigner } from './signer.js';
import { TollgateError } from '../../core/errors.js';

/** A fresh ECDSA P-256 key pair in PEM (PKCS#8 private, SPKI public), as `tollgate keygen` writes. */
export function generateKeyPair(): { privateKeyPem: string; publicKeyPem: string; keyId: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    keyId: keyIdOf(publicKey),
  };
}

export function parsePrivateKey(pem: string, source: string): KeyObject {
  try {
    const key = createPrivateKey(pem);
    const type = key.asymmetricKeyType;
    if (type !== 'ec' && type !== 'ed25519' && type !== 'rsa') {
      throw new Error(`unsupported key type ${type}`);
    }
    return key;
  } catch (e) {
    throw new TollgateError('INPUT_INVALID', `${source} is not a usable private key (PEM)`, {
      cause: e,
      hint: 'create one with `tollgate keygen --out <prefix>`',
    });
  }
}

/**
 * Signs with a local key. The bundle names the key only by its hint (the key id), never by
 * the key itself: the verifier must already trust the public key, otherwise anyone could
 * sign with a key of their own and ship it in the bundle.
 */
export function createKeySigner(privateKey: KeyObject): StatementSigner {
  const publicKey = createPublicKey(privateKey);
  const keyId = keyIdOf(publicKey);
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const algorithm = privateKey.asymmetricKeyType === 'ed25519' ? null : 'sha256';
  const signer: Signer = {
    sign: async (data: Buffer) => ({
      signature: cryptoSign(algorithm, data, privateKey),
      key: { $case: 'publicKey', publicKey: publicKeyPem, hint: keyId },
    }),
  };
  return {
    kind: 'key',
    describe: () => `key ${keyId.slice(0, 16)}`,
    signStatement: (payload) => buildDsseBundle(signer, payload),
  };
}
