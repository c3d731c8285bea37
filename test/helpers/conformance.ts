import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './cli.js';

/**
 * The Sigstore bundle-verification corpus. It is kept beside the project, in
 * `../shared/conformance/` (it belongs to the Sigstore conformance suite and is not copied
 * into this repository); TOLLGATE_CONFORMANCE_DIR names another copy. A missing corpus is an
 * error that says where it was looked for, never a silently skipped suite.
 */
export function conformanceCorpus(): string {
  const dir = process.env.TOLLGATE_CONFORMANCE_DIR
    ? path.resolve(process.env.TOLLGATE_CONFORMANCE_DIR)
    : path.resolve(projectRoot, '../shared/conformance/sigstore-bundle-verify');
  if (!existsSync(dir)) {
    throw new Error(
      `the Sigstore conformance corpus is not at ${dir}: put the shared/ folder beside the ` +
        'project (shared/conformance/sigstore-bundle-verify), or set TOLLGATE_CONFORMANCE_DIR',
    );
  }
  return dir;
}
