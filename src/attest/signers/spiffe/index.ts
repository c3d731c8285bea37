import { TollgateError } from '../../../core/errors.js';
import { pemFilesSource } from './pem-files.js';
import type { SvidSource } from './svid.js';
import { workloadApiSource } from './workload-api.js';

/**
 * Signing with a SPIFFE X.509-SVID. Pick a source (the Workload API, or PEM files written by
 * spiffe-helper) and hand it to `createSpiffeSigner`; verification lives in
 * `../../verify/spiffe.ts` because the gate needs it without any signer.
 */
export { createSpiffeSigner, type SpiffeSigner } from './signer.js';
export { pemFilesSource, spiffeHelperFiles, type PemFilesOptions } from './pem-files.js';
export { ENDPOINT_ENV, workloadApiSource, type WorkloadApiOptions } from './workload-api.js';
export type { SvidSource, X509Svid } from './svid.js';

export interface SvidSourceConfig {
  certFile?: string;
  keyFile?: string;
  bundleFile?: string;
  endpoint?: string;
  timeoutMs?: number;
}

/**
 * The source a step should use: PEM files when they are configured, otherwise the Workload
 * API at `endpoint` or SPIFFE_ENDPOINT_SOCKET.
 */
export function resolveSvidSource(config: SvidSourceConfig): SvidSource {
  const { certFile, keyFile, bundleFile, endpoint, timeoutMs } = config;
  if (certFile || keyFile) {
    if (!certFile || !keyFile) {
      throw new TollgateError('USAGE', 'SPIFFE PEM files need both a certificate and a key file', {
        hint: 'Set both the SVID certificate file and its key file, or neither.',
      });
    }
    return pemFilesSource({ certFile, keyFile, ...(bundleFile ? { bundleFile } : {}) });
  }
  return workloadApiSource({
    ...(endpoint ? { endpoint } : {}),
    ...(timeoutMs ? { timeoutMs } : {}),
  });
}
