import { createHash } from 'node:crypto';
import type { CA, CTLog } from '@sigstore/mock/dist/fulcio/index.js';
import type { TLog } from '@sigstore/mock/dist/rekor/index.js';
import type { TSA } from '@sigstore/mock/dist/timestamp/index.js';
import {
  HashAlgorithm,
  PublicKeyDetails,
  TrustedRoot,
  type TransparencyLogInstance,
} from '@sigstore/protobuf-specs';

/** A Sigstore TrustedRoot in its JSON form, as stored in a trusted_root.json file. */
export type TrustedRootJSON = ReturnType<typeof TrustedRoot.toJSON>;

const MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';

/**
 * The trust material for the mock services: the Fulcio root, its CT log key, the Rekor key
 * and the TSA chain. Validity starts a minute before the services were created because
 * certificates carry whole seconds and the verifier compares them with these dates.
 */
export function buildTrustedRoot(m: {
  urls: { fulcio: string; rekor: string; tsa: string };
  ca: CA;
  ctlog: CTLog;
  tlog: TLog;
  tsa: TSA;
  start: Date;
}): TrustedRootJSON {
  const validFor = { start: new Date(m.start.getTime() - 60_000), end: undefined };
  const subject = { organization: 'sigstore.mock', commonName: 'sigstore' };
  const log = (baseUrl: string, publicKey: Buffer, keyId: Buffer): TransparencyLogInstance => ({
    baseUrl,
    hashAlgorithm: HashAlgorithm.SHA2_256,
    publicKey: {
      rawBytes: publicKey,
      keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256,
      validFor,
    },
    logId: { keyId },
    checkpointKeyId: undefined,
    operator: 'sigstore.mock',
  });
  const sha256 = (b: Buffer) => createHash('sha256').update(b).digest();
  const der = (v: ArrayBufferView) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  return TrustedRoot.toJSON({
    mediaType: MEDIA_TYPE,
    certificateAuthorities: [
      {
        subject,
        uri: m.urls.fulcio,
        certChain: { certificates: [{ rawBytes: der(m.ca.rootCertificate) }] },
        validFor,
        operator: 'sigstore.mock',
      },
    ],
    ctlogs: [log('https://ctfe.sigstore.mock', m.ctlog.publicKey, der(m.ctlog.logID))],
    tlogs: [log(m.urls.rekor, m.tlog.publicKey, sha256(m.tlog.publicKey))],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'tsa' },
        uri: m.urls.tsa,
        certChain: {
          certificates: [
            { rawBytes: der(m.tsa.intCertificate) },
            { rawBytes: der(m.tsa.rootCertificate) },
          ],
        },
        validFor,
        operator: 'sigstore.mock',
      },
    ],
  });
}
