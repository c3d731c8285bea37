import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { generateKeyPair } from '../../attest/signers/key.js';
import { TollgateError } from '../../core/errors.js';
import { writeFileAtomic } from '../../core/fs.js';
import { optional, type Command } from '../command.js';

export const DEFAULT_KEY_PREFIX = '.tollgate/keys/tollgate';

export const keygenCommand: Command = {
  name: 'keygen',
  summary: 'create a local signing key pair (ECDSA P-256)',
  help: `Usage: tollgate keygen [--out PREFIX] [--force]

Creates PREFIX.key (private, mode 0600) and PREFIX.pub (public). Name the .pub file
under "signers:" in the policy so that the gate trusts what this key signs.

Options:
  --out PREFIX   where to write the pair (default: ${DEFAULT_KEY_PREFIX})
  --force        replace an existing key pair

Example:
  tollgate keygen --out keys/laptop
`,
  options: { out: { type: 'string' }, force: { type: 'boolean' } },
  async run(values, _pos, io) {
    const prefix = resolve(io.cwd, optional(values, 'out') ?? DEFAULT_KEY_PREFIX);
    const [priv, pub] = [`${prefix}.key`, `${prefix}.pub`];
    if (!values.force) {
      for (const f of [priv, pub]) {
        const exists = await access(f).then(
          () => true,
          () => false,
        );
        if (exists) {
          throw new TollgateError('USAGE', `${f} already exists; not overwriting it`, {
            hint: 'pass --force to replace it, or --out for another name',
          });
        }
      }
    }
    const pair = generateKeyPair();
    await writeFileAtomic(priv, pair.privateKeyPem, { mode: 0o600 });
    await writeFileAtomic(pub, pair.publicKeyPem);
    io.out(`wrote ${priv} (private) and ${pub} (public)\nkey id ${pair.keyId}\n`);
    return 0;
  },
};
