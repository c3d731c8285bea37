import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { createAttestation } from '../../attest/create.js';
import type { StepMeta } from '../../attest/predicates/types.js';
import type { Subject } from '../../attest/statement.js';
import { sha256File, SHA256_HEX, GIT_SHA_HEX } from '../../core/digest.js';
import { TollgateError } from '../../core/errors.js';
import { writeFileAtomic } from '../../core/fs.js';
import { readJsonUntrusted } from '../../core/untrusted-read.js';
import { headCommit, repositoryName } from '../../core/git.js';
import { findStep } from '../../pipeline/graph.js';
import { list, optional, required, type Command } from '../command.js';
import { SIGNER_HELP, SIGNER_OPTIONS, signerFromOptions } from '../signer-options.js';

/** `NAME@sha256:HEX` names a digest directly; anything else is a file to hash. */
async function parseSubject(spec: string, cwd: string): Promise<Subject> {
  const m = /^(.+)@sha256:([0-9a-f]+)$/.exec(spec);
  if (m) {
    if (!SHA256_HEX.test(m[2]!))
      throw new TollgateError('USAGE', `subject ${spec}: the digest must be 64 hex characters`);
    return { name: m[1]!, digest: { sha256: m[2]! } };
  }
  const path = resolve(cwd, spec);
  const isFile = await stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
  if (!isFile) {
    throw new TollgateError('INPUT_UNREADABLE', `subject ${spec} is not a readable file`, {
      hint: 'name a file the step produced, or give NAME@sha256:HEX',
    });
  }
  return { name: spec, digest: { sha256: await sha256File(path) } };
}

export const attestCommand: Command = {
  name: 'attest',
  summary: 'sign an in-toto attestation of one step',
  help: `Usage: tollgate attest --step ID --predicate FILE [options]

Wraps the predicate in an in-toto Statement about the commit (and the given subjects),
signs it, and writes a Sigstore bundle.

Options:
  --step ID              pipeline step id, e.g. unit-tests (see docs/predicates.md)
  --predicate FILE       predicate JSON
  --predicate-type URI   default: the type the pipeline defines for the step
  --subject SPEC         an artefact the step produced: a file path, or NAME@sha256:HEX
                         (repeatable)
  --status S             passed (default) or failed: what the step itself concluded
  --reason TEXT          why it failed (with --status failed)
  --commit SHA           default: HEAD of the current repository
  --repository NAME      default: owner/repo of the origin remote, or the folder name
  --out FILE             default: <step>.sigstore.json
${SIGNER_HELP}

Example:
  tollgate attest --step unit-tests --predicate results.json --out unit-tests.sigstore.json
`,
  options: {
    step: { type: 'string' },
    predicate: { type: 'string' },
    'predicate-type': { type: 'string' },
    subject: { type: 'string', multiple: true },
    status: { type: 'string' },
    reason: { type: 'string' },
    commit: { type: 'string' },
    repository: { type: 'string' },
    out: { type: 'string' },
    ...SIGNER_OPTIONS,
  },
  async run(values, _pos, io) {
    const step = required(values, 'step', 'attest');
    const def = findStep(step);
    const predicateType = optional(values, 'predicate-type') ?? def?.attests[0];
    if (!predicateType) {
      throw new TollgateError(
        'USAGE',
        `"${step}" is not a pipeline step, so --predicate-type is required`,
      );
    }
    const predicatePath = resolve(io.cwd, required(values, 'predicate', 'attest'));
    const predicate = await readJsonUntrusted(predicatePath, 'predicate', { maxBytes: 64 << 20 });
    if (!predicate || typeof predicate !== 'object' || Array.isArray(predicate)) {
      throw new TollgateError('INPUT_INVALID', `predicate ${predicatePath} must be a JSON object`);
    }
    // The step metadata comes from the options alone: a `tollgate` object in the file is
    // replaced, not merged (docs/predicates.md), so the file cannot add a status, a reason or
    // materials the command line did not state.
    const body = { ...(predicate as Record<string, unknown>) };
    delete body.tollgate;
    const status = optional(values, 'status');
    if (status !== undefined && status !== 'passed' && status !== 'failed') {
      throw new TollgateError('USAGE', `--status must be passed or failed, not "${status}"`);
    }
    const commit = optional(values, 'commit') ?? headCommit(io.cwd);
    if (!GIT_SHA_HEX.test(commit))
      throw new TollgateError('USAGE', `--commit must be a full hex commit id, not "${commit}"`);
    const subjects = await Promise.all(list(values, 'subject').map((s) => parseSubject(s, io.cwd)));
    const meta: StepMeta = {
      step,
      ...(def ? { stage: def.stage } : {}),
      // The gate needs the step's own conclusion; attesting a result says it passed unless told.
      status: status ?? 'passed',
    };
    const reason = optional(values, 'reason');
    if (reason) meta.reason = reason;
    const signer = await signerFromOptions(values, io);
    const bundle = await createAttestation(
      {
        meta,
        predicateType,
        predicate: body,
        subjects,
        commit,
        repository: optional(values, 'repository') ?? repositoryName(io.cwd),
      },
      signer,
    );
    const out = resolve(io.cwd, optional(values, 'out') ?? `${step}.sigstore.json`);
    await writeFileAtomic(out, JSON.stringify(bundle, null, 2) + '\n');
    io.out(
      `attested ${step} (${basename(predicateType)}) for ${commit.slice(0, 12)}, signed by ${signer.describe()}: ${out}\n`,
    );
    return 0;
  },
};
