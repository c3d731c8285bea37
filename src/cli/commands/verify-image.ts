import { relative, resolve } from 'node:path';
import { GIT_SHA_HEX } from '../../core/digest.js';
import { TollgateError, isTollgateError } from '../../core/errors.js';
import { parseImageRef } from '../../oci/refs.js';
import { openTarget } from '../../oci/registry/open.js';
import { verifyImage, type ImageVerdict } from '../../oci/registry/verify-image.js';
import { renderText } from '../../report/verdict-text.js';
import { optional, required, type Command } from '../command.js';
import { defaultVerifiers } from '../verifiers.js';

export const verifyImageCommand: Command = {
  name: 'verify-image',
  summary: 'check an image from its registry alone: digest, attached attestations, policy',
  help: `Usage: tollgate verify-image REF --policy FILE [options]

Fetches the image's manifest (by tag or digest) and checks its digest, lists the Sigstore
bundles attached to it (OCI referrers, or the sha256-<hex> tag on registries without the
referrers API), checks every bundle's digest, and runs the gate over them: every image step
the policy's per-commit stage requires (container, sca, container-scan, sign-image) must have a
valid attestation, signed by an allowed signer, naming this image digest and one commit.
Exit code 0 when the image passes, 1 when it does not, 2 for bad usage or unreachable input.

REF is host[:port]/name[:tag][@sha256:<hex>], or oci:DIR[:tag|@sha256:<hex>] for a local
OCI layout (what tollgate run publishes without a registry).

Options:
  --policy FILE      the policy (YAML; see docs/policy.md)
  --commit SHA       the commit the image must come from (default: the one its attestations name)
  --format F         text (default) or json (for admission controllers)
  --insecure         allow plain http to a registry that is not on this machine

Credentials: TOLLGATE_REGISTRY_USERNAME and TOLLGATE_REGISTRY_PASSWORD, else the auth file of
docker login ($DOCKER_CONFIG/config.json, ~/.docker/config.json) or podman (REGISTRY_AUTH_FILE).

Example:
  tollgate verify-image ghcr.io/acme/shop@sha256:… --policy .github/tollgate.yml --format json
`,
  positionals: true,
  options: {
    policy: { type: 'string' },
    commit: { type: 'string' },
    format: { type: 'string' },
    insecure: { type: 'boolean' },
  },
  async run(values, positionals, io) {
    if (positionals.length !== 1) {
      throw new TollgateError('USAGE', 'tollgate verify-image: give exactly one image reference', {
        hint: 'see `tollgate verify-image --help`',
      });
    }
    const format = optional(values, 'format') ?? 'text';
    if (!['text', 'json'].includes(format)) {
      throw new TollgateError('USAGE', `--format must be text or json, not "${format}"`);
    }
    const commit = optional(values, 'commit');
    if (commit && !GIT_SHA_HEX.test(commit))
      throw new TollgateError('USAGE', `--commit must be a full hex commit id, not "${commit}"`);
    const policyPath = resolve(io.cwd, required(values, 'policy', 'verify-image'));
    const ref = parseImageRef(positionals[0]!);
    const target = openTarget(ref, {
      env: io.env,
      insecure: values.insecure === true,
      cwd: io.cwd,
    });
    let verdict: ImageVerdict;
    try {
      verdict = await verifyImage({
        ref,
        target,
        policyPath,
        policyDisplay: relative(io.cwd, policyPath) || policyPath,
        ...(commit ? { commit } : {}),
        now: io.now(),
        verifiers: defaultVerifiers,
      });
    } catch (e) {
      // An altered manifest is a "no", and an admission controller still wants it as JSON.
      if (format === 'json' && isTollgateError(e) && e.code === 'VERIFICATION_FAILED') {
        io.out(
          `${JSON.stringify({ verdict: 'fail', image: { reference: positionals[0] }, error: e.message }, null, 2)}\n`,
        );
        return 1;
      }
      throw e;
    }
    io.out(format === 'json' ? `${JSON.stringify(verdict, null, 2)}\n` : renderImageText(verdict));
    return verdict.verdict === 'pass' ? 0 : 1;
  },
};

function renderImageText(v: ImageVerdict): string {
  const lines = [`tollgate verify-image: ${v.verdict.toUpperCase()}  ${v.image.reference}`];
  for (const a of v.attestations) {
    if (a.status !== 'used')
      lines.push(`  ${a.status}: ${a.step ?? 'referrer'} ${a.referrer}: ${a.reason}`);
  }
  if (v.attestations.length === 0) lines.push('  no attestations are attached to this image');
  return `${lines.join('\n')}\n${renderText(v.gate)}`;
}
