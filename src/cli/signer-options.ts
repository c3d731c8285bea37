import { resolve } from 'node:path';
import { createKeySigner, parsePrivateKey } from '../attest/signers/key.js';
import type { StatementSigner } from '../attest/signers/signer.js';
import { TollgateError } from '../core/errors.js';
import { readInput } from '../core/fs.js';
import { optional, type Io, type Options, type Values } from './command.js';
import { DEFAULT_KEY_PREFIX } from './commands/keygen.js';

/** Options shared by every command that signs. */
export const SIGNER_OPTIONS: Options = {
  signer: { type: 'string' },
  key: { type: 'string' },
};

export const SIGNER_HELP = `Signing:
  --signer KIND      key (default), sigstore or spiffe
  --key FILE         private key for --signer key (default: ${DEFAULT_KEY_PREFIX}.key)`;

export async function signerFromOptions(values: Values, io: Io): Promise<StatementSigner> {
  const kind = optional(values, 'signer') ?? 'key';
  switch (kind) {
    case 'key': {
      const path = resolve(io.cwd, optional(values, 'key') ?? `${DEFAULT_KEY_PREFIX}.key`);
      const pem = (
        await readInput(path, 'private key', 1 << 16).catch((e: unknown) => {
          throw new TollgateError('SIGNER_UNAVAILABLE', `no signing key at ${path}`, {
            cause: e,
            hint: 'create one with `tollgate keygen`, or pass --key FILE',
          });
        })
      ).toString('utf8');
      return createKeySigner(parsePrivateKey(pem, path));
    }
    default:
      throw new TollgateError('USAGE', `unknown signer "${kind}"`, {
        hint: 'use --signer key, sigstore or spiffe',
      });
  }
}
