import { createPublicKey } from 'node:crypto';
import { resolve } from 'node:path';
import { verifyBundle, type VerifyBundleOptions } from '../../attest/verify/sigstore.js';
import { VerifyFailure, describeIdentity } from '../../attest/verify/types.js';
import { TollgateError } from '../../core/errors.js';
import { forTerminal } from '../../core/escape.js';
import { readInput } from '../../core/fs.js';
import { readJsonUntrusted } from '../../core/untrusted-read.js';
import { optional, required, type Command } from '../command.js';

const MAX_ARTIFACT_BYTES = 2 ** 31 - 1;

/** The trusted root: a JSON object, else bad input (not a rejected bundle). */
async function readTrustedRoot(path: string): Promise<object> {
  const root = await readJsonUntrusted(path, 'trusted root', { maxBytes: 16 << 20 });
  if (!root || typeof root !== 'object' || Array.isArray(root)) {
    throw new TollgateError('INPUT_INVALID', `trusted root ${path} is not a JSON object`, {
      hint: 'give a Sigstore trusted_root.json (a JSON object with certificateAuthorities, tlogs, …)',
    });
  }
  return root;
}

/** The public key: a PEM public key, else bad input naming the file (not a rejected bundle). */
async function readKey(path: string): Promise<string> {
  const pem = (await readInput(path, 'public key', 1 << 16)).toString('utf8');
  try {
    createPublicKey(pem);
  } catch {
    throw new TollgateError('INPUT_INVALID', `public key ${path} is not a PEM public key`, {
      hint: 'give the .pub file written by `tollgate keygen` (or another PEM SubjectPublicKeyInfo)',
    });
  }
  return pem;
}

export const verifyBundleCommand: Command = {
  name: 'verify-bundle',
  summary: 'verify one Sigstore bundle (the Sigstore conformance CLI protocol)',
  help: `Usage:
  tollgate verify-bundle --bundle FILE --certificate-identity ID --certificate-oidc-issuer URL
                         [--trusted-root FILE] FILE_OR_DIGEST
  tollgate verify-bundle --bundle FILE --key PUBLIC_KEY [--trusted-root FILE] FILE_OR_DIGEST

Verifies a single Sigstore bundle (v0.1 to v0.3; message signature or DSSE) for the given
artifact, a file path or sha256:<64 hex>. For a DSSE in-toto bundle the artifact must be one
of the statement's subjects. Without --trusted-root, the Sigstore public-good trusted root
that ships with Tollgate is used (no network needed).

Exit code 0 when the bundle verifies, 1 when it does not, 2 for bad usage.

Example:
  tollgate verify-bundle --bundle a.txt.sigstore.json \\
    --certificate-identity https://github.com/acme/shop/.github/workflows/release.yml@refs/heads/main \\
    --certificate-oidc-issuer https://token.actions.githubusercontent.com a.txt
`,
  options: {
    bundle: { type: 'string' },
    'certificate-identity': { type: 'string' },
    'certificate-oidc-issuer': { type: 'string' },
    key: { type: 'string' },
    'trusted-root': { type: 'string' },
  },
  positionals: true,
  async run(values, positionals, io) {
    if (positionals.length !== 1) {
      throw new TollgateError('USAGE', 'expected exactly one FILE_OR_DIGEST argument', {
        hint: 'see `tollgate verify-bundle --help`',
      });
    }
    const target = positionals[0]!;
    const bundlePath = resolve(io.cwd, required(values, 'bundle', 'verify-bundle'));
    const keyPath = optional(values, 'key');
    const rootPath = optional(values, 'trusted-root');
    const opts: VerifyBundleOptions = {
      // Raw bytes, so that a corrupt bundle is reported as a rejected bundle, not bad usage.
      bundle: await readInput(bundlePath, 'bundle', 16 << 20),
      artifact: target.startsWith('sha256:')
        ? { digest: target }
        : // As much as one read can hold (what it was before the limit); a larger artifact is
          // given as sha256:<hex>.
          { data: await readInput(resolve(io.cwd, target), 'artifact', MAX_ARTIFACT_BYTES) },
    };
    if (keyPath) {
      opts.publicKeyPem = await readKey(resolve(io.cwd, keyPath));
    } else {
      opts.identity = required(values, 'certificate-identity', 'verify-bundle');
      opts.issuer = required(values, 'certificate-oidc-issuer', 'verify-bundle');
    }
    if (rootPath) opts.trustedRoot = await readTrustedRoot(resolve(io.cwd, rootPath));
    try {
      const { identity } = verifyBundle(opts);
      io.out(`OK: ${bundlePath} verified, signed by ${forTerminal(describeIdentity(identity))}\n`);
      return 0;
    } catch (e) {
      if (e instanceof VerifyFailure) {
        io.err(`tollgate verify-bundle: rejected (${e.kind}): ${forTerminal(e.message)}\n`);
        return 1;
      }
      throw e;
    }
  },
};
