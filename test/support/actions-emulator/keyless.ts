import { Document, parseDocument } from 'yaml';
import { startSigstoreMock, type SigstoreMock } from '../../helpers/sigstore-mock.js';
import type { TokenIssuer } from './oidc.js';

/**
 * Keyless signing in the emulator without the public-good Sigstore: local Fulcio, Rekor and
 * timestamp authority doubles (test/helpers/sigstore-mock.ts), whose Fulcio accepts the tokens
 * of the emulator's OIDC endpoint when `issueToken` signs them, and the files that point a
 * repository at them: `defaults:` of its inputs file for the steps, `sigstore.trustedRoot` of
 * its policy for the gate. The identity in the certificates is the one GitHub's claims give
 * (the SAN is https://github.com/<job_workflow_ref>).
 */
export interface KeylessDoubles {
  sigstore: SigstoreMock;
  /** Pass as the emulator's `issueToken`. */
  issueToken: TokenIssuer;
  stop(): Promise<void>;
}

export async function startKeylessDoubles(): Promise<KeylessDoubles> {
  const sigstore = await startSigstoreMock();
  return {
    sigstore,
    issueToken: (claims) => sigstore.token({ claims }),
    stop: () => sigstore.stop(),
  };
}

/** Where keylessRepoFiles puts the doubles' trusted root, next to the policy. */
export const TRUSTED_ROOT_FILE = '.github/sigstore-trusted-root.json';

/**
 * The repository files that make every step sign against the doubles and the policy trust
 * them: the inputs file with `defaults:` fulcio-url, rekor-url and tsa-url (other entries
 * kept), the trusted root, and the policy with `sigstore.trustedRoot` (policy at
 * `.github/tollgate.yml`, so the root's path is relative to `.github/`).
 */
export function keylessRepoFiles(
  sigstore: SigstoreMock,
  current: { inputsFile?: string; policy: string },
): Record<string, string> {
  // An empty file parses to no contents: start from an empty map then.
  const inputs = current.inputsFile?.trim() ? parseDocument(current.inputsFile) : new Document({});
  inputs.set(
    'defaults',
    inputs.createNode({
      'fulcio-url': sigstore.urls.fulcio,
      'rekor-url': sigstore.urls.rekor,
      'tsa-url': sigstore.urls.tsa,
    }),
  );
  const policy = parseDocument(current.policy);
  policy.setIn(['sigstore', 'trustedRoot'], 'sigstore-trusted-root.json');
  return {
    '.github/tollgate-inputs.yml': inputs.toString(),
    [TRUSTED_ROOT_FILE]: `${JSON.stringify(sigstore.trustedRoot, null, 2)}\n`,
    '.github/tollgate.yml': policy.toString(),
  };
}
