import { relative, resolve } from 'node:path';
import { GIT_SHA_HEX } from '../../core/digest.js';
import { TollgateError } from '../../core/errors.js';
import { writeFileAtomic } from '../../core/fs.js';
import { redactor } from '../../core/redact.js';
import { headCommit } from '../../core/git.js';
import { verifyFromFiles } from '../../gate/verify-run.js';
import { writeVsa } from '../../gate/vsa.js';
import { renderMarkdown } from '../../report/verdict-markdown.js';
import { renderText } from '../../report/verdict-text.js';
import { STAGES } from '../../pipeline/graph.js';
import { list, optional, required, type Command } from '../command.js';
import { SIGNER_HELP, SIGNER_OPTIONS, signerFromOptions } from '../signer-options.js';
import { onDemandVerifiers } from '../verifiers-core.js';

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'the gate: verify every attestation of a commit against the policy',
  help: `Usage: tollgate verify --policy FILE --bundles DIR [options]

For every step the policy requires, reports exactly one of: passed, failed, missing,
invalid-signature, untrusted-signer, wrong-subject, conflicting, malformed, broken-chain.
Exit code 0 when every required step passed, 1 otherwise, 2 for bad input.

Options:
  --policy FILE      the policy (YAML; see docs/policy.md)
  --bundles DIR      folder with the Sigstore bundles (*.sigstore.json, searched recursively)
  --commit SHA       the commit under evaluation (default: HEAD)
  --stage NAME       only this stage's required steps (repeatable; ${STAGES.join(', ')})
  --format F         text (default), json or markdown
  --output FILE      also write the verdict in the chosen format to FILE
  --vsa FILE         write a signed SLSA verification summary of the verdict to FILE
${SIGNER_HELP}
                     (used for --vsa)

Example:
  tollgate verify --policy tollgate.policy.yml --bundles .tollgate/runs/latest/attestations
`,
  options: {
    policy: { type: 'string' },
    bundles: { type: 'string' },
    commit: { type: 'string' },
    stage: { type: 'string', multiple: true },
    format: { type: 'string' },
    output: { type: 'string' },
    vsa: { type: 'string' },
    ...SIGNER_OPTIONS,
  },
  async run(values, _pos, io) {
    const format = optional(values, 'format') ?? 'text';
    if (!['text', 'json', 'markdown'].includes(format)) {
      throw new TollgateError('USAGE', `--format must be text, json or markdown, not "${format}"`);
    }
    const stages = list(values, 'stage');
    for (const s of stages) {
      if (!(STAGES as readonly string[]).includes(s))
        throw new TollgateError('USAGE', `unknown stage "${s}"; stages are ${STAGES.join(', ')}`);
    }
    const commit = optional(values, 'commit') ?? headCommit(io.cwd);
    if (!GIT_SHA_HEX.test(commit))
      throw new TollgateError('USAGE', `--commit must be a full hex commit id, not "${commit}"`);
    const policyPath = resolve(io.cwd, required(values, 'policy', 'verify'));
    const bundlesDir = resolve(io.cwd, required(values, 'bundles', 'verify'));
    const vsaPath = optional(values, 'vsa');
    // Resolve the signer before the (possibly long) verification, so a bad key fails fast.
    const vsaSigner = vsaPath ? await signerFromOptions(values, io) : undefined;
    const verdict = await verifyFromFiles({
      policyPath,
      policyDisplay: relative(io.cwd, policyPath) || policyPath,
      cwd: io.cwd,
      bundlesDir,
      commit,
      now: io.now(),
      verifiers: onDemandVerifiers,
      ...(stages.length ? { stages } : {}),
    });
    const rendered =
      format === 'json'
        ? JSON.stringify(verdict, null, 2) + '\n'
        : format === 'markdown'
          ? renderMarkdown(verdict)
          : renderText(verdict);
    io.out(rendered);
    const output = optional(values, 'output');
    // The file gets what the terminal gets: masked like all the command prints.
    if (output) await writeFileAtomic(resolve(io.cwd, output), redactor.text(rendered));
    if (vsaPath && vsaSigner) {
      const file = await writeVsa(redactor.value(verdict), {
        policyPath,
        bundlesDir,
        out: resolve(io.cwd, vsaPath),
        signer: vsaSigner,
        cwd: io.cwd,
      });
      io.err(`verification summary (${verdict.verdict}) written to ${file}\n`);
    }
    return verdict.verdict === 'pass' ? 0 : 1;
  },
};
