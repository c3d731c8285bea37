import { resolve } from 'node:path';
import type { StatementSigner } from '../attest/signers/signer.js';
import { TollgateError } from '../core/errors.js';
import { readInput } from '../core/fs.js';
import { optional, type Io, type Options, type Values } from './command.js';
import { DEFAULT_KEY_PREFIX } from './commands/keygen.js';

/** Options shared by every command that signs. */
export const SIGNER_OPTIONS: Options = {
  signer: { type: 'string' },
  key: { type: 'string' },
  'fulcio-url': { type: 'string' },
  'rekor-url': { type: 'string' },
  'tsa-url': { type: 'string' },
  'tlog-entry': { type: 'string' },
  'spiffe-socket': { type: 'string' },
  svid: { type: 'string' },
  'svid-key': { type: 'string' },
  'svid-bundle': { type: 'string' },
};

export const SIGNER_HELP = `Signing:
  --signer KIND      key (default), sigstore or spiffe
  --key FILE         private key for --signer key (default: ${DEFAULT_KEY_PREFIX}.key)
  --fulcio-url URL   Fulcio for --signer sigstore (default: the public-good instance)
  --rekor-url URL    Rekor for --signer sigstore (default: the public-good instance)
  --tsa-url URL      also take an RFC 3161 timestamp from this authority
  --tlog-entry KIND  dsse (default), intoto, or none (then --tsa-url is required)
                     The OIDC token comes from SIGSTORE_ID_TOKEN or, on GitHub Actions,
                     from the job's token endpoint (permission id-token: write).
  --spiffe-socket A  SPIFFE Workload API for --signer spiffe (default: $SPIFFE_ENDPOINT_SOCKET)
  --svid FILE        or an X.509-SVID in PEM files: certificate (leaf first, then
  --svid-key FILE    intermediates), its private key, and optionally the trust bundle
  --svid-bundle FILE (as spiffe-helper writes them)`;

/** How to sign, independent of where the settings came from (command-line options or action inputs). */
export interface SignerSettings {
  kind: string;
  key?: string | undefined;
  fulcioUrl?: string | undefined;
  rekorUrl?: string | undefined;
  tsaUrl?: string | undefined;
  tlogEntry?: string | undefined;
  spiffeSocket?: string | undefined;
  svid?: string | undefined;
  svidKey?: string | undefined;
  svidBundle?: string | undefined;
}

export async function signerFromOptions(values: Values, io: Io): Promise<StatementSigner> {
  const opt = (name: string) => optional(values, name);
  return createSigner(
    {
      kind: opt('signer') ?? 'key',
      key: opt('key'),
      fulcioUrl: opt('fulcio-url'),
      rekorUrl: opt('rekor-url'),
      tsaUrl: opt('tsa-url'),
      tlogEntry: opt('tlog-entry'),
      spiffeSocket: opt('spiffe-socket'),
      svid: opt('svid'),
      svidKey: opt('svid-key'),
      svidBundle: opt('svid-bundle'),
    },
    io.env,
    io.cwd,
  );
}

/**
 * Builds the signer the settings describe; relative files are resolved against `cwd`. Each
 * kind's code is imported only when that kind is asked for: keyless signing brings Sigstore's
 * clients, SPIFFE the gRPC stack of the Workload API.
 */
export async function createSigner(
  s: SignerSettings,
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<StatementSigner> {
  switch (s.kind) {
    case 'key': {
      const path = resolve(cwd, s.key || `${DEFAULT_KEY_PREFIX}.key`);
      const pem = (
        await readInput(path, 'private key', 1 << 16).catch((e: unknown) => {
          throw new TollgateError('SIGNER_UNAVAILABLE', `no signing key at ${path}`, {
            cause: e,
            hint: 'create one with `tollgate keygen`, or pass --key FILE',
          });
        })
      ).toString('utf8');
      const { createKeySigner, parsePrivateKey } = await import('../attest/signers/key.js');
      return createKeySigner(parsePrivateKey(pem, path));
    }
    case 'sigstore': {
      const entry = s.tlogEntry || 'dsse';
      if (!['dsse', 'intoto', 'none'].includes(entry)) {
        throw new TollgateError(
          'USAGE',
          `--tlog-entry must be dsse, intoto or none, not "${entry}"`,
        );
      }
      const [{ createSigstoreSigner }, { resolveTokenSource }] = await Promise.all([
        import('../attest/signers/sigstore.js'),
        import('../attest/signers/oidc.js'),
      ]);
      return createSigstoreSigner({
        tokenSource: resolveTokenSource({ env }),
        transparencyLog: entry === 'none' ? false : (entry as 'dsse' | 'intoto'),
        ...(s.fulcioUrl ? { fulcioURL: s.fulcioUrl } : {}),
        ...(s.rekorUrl ? { rekorURL: s.rekorUrl } : {}),
        ...(s.tsaUrl ? { tsaURL: s.tsaUrl } : {}),
      });
    }
    case 'spiffe': {
      const file = (v: string | undefined) => (v ? resolve(cwd, v) : undefined);
      const { createSpiffeSigner, resolveSvidSource } =
        await import('../attest/signers/spiffe/index.js');
      const source = resolveSvidSource({
        ...(file(s.svid) ? { certFile: file(s.svid) } : {}),
        ...(file(s.svidKey) ? { keyFile: file(s.svidKey) } : {}),
        ...(file(s.svidBundle) ? { bundleFile: file(s.svidBundle) } : {}),
        ...(s.spiffeSocket ? { endpoint: s.spiffeSocket } : {}),
      });
      return createSpiffeSigner(source);
    }
    default:
      throw new TollgateError('USAGE', `unknown signer "${s.kind}"`, {
        hint: 'use --signer key, sigstore or spiffe',
      });
  }
}
