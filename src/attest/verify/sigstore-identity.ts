import type { X509Certificate } from '@sigstore/core';
import type { SignerIdentity } from './types.js';

/**
 * Fulcio certificate extensions, named after Fulcio's OID registry
 * (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md) in camelCase. Policies
 * refer to these names, so they are part of Tollgate's interface: never rename one.
 */
const FULCIO_OID = '1.3.6.1.4.1.57264.1.';
const FULCIO_EXTENSIONS: Record<number, string> = {
  // .1 to .6 hold raw strings; .1 is the deprecated issuer, superseded by .8.
  1: 'issuer',
  2: 'githubWorkflowTrigger',
  3: 'githubWorkflowSha',
  4: 'githubWorkflowName',
  5: 'githubWorkflowRepository',
  6: 'githubWorkflowRef',
  // .7 is the otherName SAN, read with the SAN below. From .8 on, values are DER UTF8Strings.
  8: 'issuer',
  9: 'buildSignerURI',
  10: 'buildSignerDigest',
  11: 'runnerEnvironment',
  12: 'sourceRepositoryURI',
  13: 'sourceRepositoryDigest',
  14: 'sourceRepositoryRef',
  15: 'sourceRepositoryIdentifier',
  16: 'sourceRepositoryOwnerURI',
  17: 'sourceRepositoryOwnerIdentifier',
  18: 'buildConfigURI',
  19: 'buildConfigDigest',
  20: 'buildTrigger',
  21: 'runInvocationURI',
  22: 'sourceRepositoryVisibilityAtSigning',
  23: 'deploymentEnvironment',
};
const LAST_RAW_STRING_OID = 6;
const OTHER_NAME_SAN_OID = '1.3.6.1.4.1.57264.1.7';
const UTF8_STRING_TAG = 0x0c;

/** The Fulcio extensions of a certificate by name; unknown Fulcio OIDs are skipped. */
export function fulcioExtensions(cert: X509Certificate): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [arc, name] of Object.entries(FULCIO_EXTENSIONS)) {
    const n = Number(arc);
    const ext = cert.extension(FULCIO_OID + arc);
    if (!ext) continue;
    let value: string;
    if (n <= LAST_RAW_STRING_OID) {
      value = ext.value.toString('utf8');
    } else {
      const inner = ext.valueObj.subs[0];
      // A value that is not the registered UTF8String is not what Fulcio writes: leaving it
      // out makes any policy that needs it fail, instead of matching on garbage bytes.
      if (!inner || !inner.tag.isUniversal() || inner.tag.number !== UTF8_STRING_TAG) continue;
      value = inner.value.toString('utf8');
    }
    // Integer keys iterate in ascending order, so the V2 issuer (.8) overwrites the
    // deprecated raw one (.1) when a certificate carries both.
    out[name] = value;
  }
  return out;
}

/** The certificate's identity: URI or email SAN, else Fulcio's otherName username. */
export function subjectAlternativeName(cert: X509Certificate): string | undefined {
  return cert.subjectAltName ?? cert.extSubjectAltName?.otherName(OTHER_NAME_SAN_OID);
}

export function sigstoreIdentity(
  cert: X509Certificate,
): Extract<SignerIdentity, { kind: 'sigstore' }> {
  const extensions = fulcioExtensions(cert);
  return {
    kind: 'sigstore',
    san: subjectAlternativeName(cert) ?? '',
    issuer: extensions.issuer ?? '',
    extensions,
  };
}
