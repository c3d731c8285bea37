import { relative, resolve } from 'node:path';
import { TollgateError } from '../../core/errors.js';
import { parseImageRef } from '../../oci/refs.js';
import { openTarget } from '../../oci/registry/open.js';
import { rollback } from '../../promote/rollback.js';
import { optional, required, type Command } from '../command.js';
import { defaultVerifiers } from '../verifiers.js';

export const rollbackCommand: Command = {
  name: 'rollback',
  summary: 're-promote the previous verified digest in production',
  help: `Usage: tollgate rollback --registry REF --policy FILE [options]

Reads the promotion history that promote-production keeps in the production repository
(the tag tollgate-promotions), finds the digest promoted before the one the production tag
points at now, verifies it again from the repository alone (as tollgate verify-image does,
for the commit the history names) and only then points the tag back at it. The rollback is
recorded in the history, so a second rollback goes one promotion further back.
Exit code 0 when the tag was moved, 1 when there is nothing to return to or the earlier
digest no longer verifies, 2 for bad usage or unreachable input.

Options:
  --registry REF     the production repository: host[:port]/name, or oci:DIR
                     (locally: oci:.tollgate/production)
  --policy FILE      the policy (YAML; see docs/policy.md)
  --tag TAG          the production tag (default: production)
  --format F         text (default) or json
  --insecure         allow plain http to a registry that is not on this machine

Credentials as for verify-image (TOLLGATE_REGISTRY_USERNAME / TOLLGATE_REGISTRY_PASSWORD or
a docker/podman auth file).
`,
  options: {
    registry: { type: 'string' },
    policy: { type: 'string' },
    tag: { type: 'string' },
    format: { type: 'string' },
    insecure: { type: 'boolean' },
  },
  async run(values, _positionals, io) {
    const format = optional(values, 'format') ?? 'text';
    if (!['text', 'json'].includes(format)) {
      throw new TollgateError('USAGE', `--format must be text or json, not "${format}"`);
    }
    const ref = parseImageRef(required(values, 'registry', 'rollback'));
    if (ref.tag || ref.digest) {
      throw new TollgateError('USAGE', '--registry names the repository, without tag or digest', {
        hint: 'give the tag with --tag',
      });
    }
    const policyPath = resolve(io.cwd, required(values, 'policy', 'rollback'));
    const target = openTarget(ref, {
      env: io.env,
      insecure: values.insecure === true,
      cwd: io.cwd,
    });
    const result = await rollback({
      ref,
      target,
      tag: optional(values, 'tag') ?? 'production',
      policyPath,
      policyDisplay: relative(io.cwd, policyPath) || policyPath,
      now: io.now(),
      verifiers: defaultVerifiers,
    });
    if (format === 'json') io.out(`${JSON.stringify(result, null, 2)}\n`);
    else io.out(`tollgate rollback: ${result.rolledBack ? 'DONE' : 'REFUSED'}  ${result.reason}\n`);
    return result.rolledBack ? 0 : 1;
  },
};
