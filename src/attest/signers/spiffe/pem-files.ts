import { createPrivateKey, type KeyObject, type X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePemCertificates } from '../../verify/spiffe-x509.js';
import { checkSvid, signerUnavailable, type SvidSource, type X509Svid } from './svid.js';

/**
 * SVIDs from PEM files, as written by spiffe-helper or `spire-agent api fetch x509 -write`:
 * the certificate file holds the leaf followed by its intermediates, the key file a PKCS#8
 * (or SEC1/PKCS#1) private key, and the optional bundle file the trust domain's CAs. Files
 * are read on every fetch so that a helper rotating them on disk is picked up.
 */
export interface PemFilesOptions {
  certFile: string;
  keyFile: string;
  bundleFile?: string;
}

// spiffe-helper's default file names.
export const SPIFFE_HELPER_FILES = { cert: 'svid.pem', key: 'svid_key.pem', bundle: 'bundle.pem' };

/** The files spiffe-helper writes into `dir` with its default names. */
export function spiffeHelperFiles(dir: string): PemFilesOptions {
  return {
    certFile: join(dir, SPIFFE_HELPER_FILES.cert),
    keyFile: join(dir, SPIFFE_HELPER_FILES.key),
    bundleFile: join(dir, SPIFFE_HELPER_FILES.bundle),
  };
}

export function pemFilesSource(options: PemFilesOptions): SvidSource {
  const description = `SVID files ${options.certFile}`;
  return {
    description,
    async fetchSvid(): Promise<X509Svid> {
      const certificates = certificatesOf(await readPem(options.certFile, 'SVID certificate'));
      const privateKey = keyOf(await readPem(options.keyFile, 'SVID private key'), options.keyFile);
      const trustBundle = options.bundleFile
        ? certificatesOf(await readPem(options.bundleFile, 'trust bundle'))
        : [];
      const svid = { spiffeId: '', certificates, privateKey, trustBundle };
      return checkSvid(svid, description);

      function certificatesOf(file: { path: string; text: string }): X509Certificate[] {
        try {
          return parsePemCertificates(file.text);
        } catch (e) {
          throw signerUnavailable(`${file.path} holds no valid PEM certificate`, FILE_HINT, e);
        }
      }
    },
  };
}

const FILE_HINT = 'Check that spiffe-helper (or the agent) has written the SVID files.';

async function readPem(path: string, what: string): Promise<{ path: string; text: string }> {
  try {
    return { path, text: await readFile(path, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : String(code ?? 'unreadable');
    throw signerUnavailable(`cannot read ${what} ${path}: ${reason}`, FILE_HINT, e);
  }
}

function keyOf(file: { path: string; text: string }, path: string): KeyObject {
  try {
    return createPrivateKey({ key: file.text, format: 'pem' });
  } catch (e) {
    throw signerUnavailable(`${path} holds no readable unencrypted private key`, FILE_HINT, e);
  }
}
