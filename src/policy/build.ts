import { closest } from '../core/suggest.js';
import { readInput } from '../core/fs.js';
import { isAbsolute, resolve } from 'node:path';
import { findStep, STEPS } from '../pipeline/graph.js';
import { NOT_APPLICABLE_ALLOWED } from '../pipeline/not-applicable.js';
import type { Severity } from '../attest/predicates/types.js';
import type {
  ChainRule,
  ExceptionRule,
  Policy,
  SignerSpec,
  StepPolicy,
  Thresholds,
} from './types.js';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** The policy as the schema guarantees it; `buildPolicy` checks what a schema cannot. */
export interface RawPolicy {
  version: 1;
  signers: Record<
    string,
    { github?: RawGithub; spiffe?: { id: string | string[]; trustBundle: string }; key?: string }
  >;
  defaults?: { signers?: string[] };
  sigstore?: { trustedRoot?: string };
  promotion?: { mode?: 'manual' | 'automatic' };
  stages: Record<string, { require: string[] }>;
  steps?: Record<
    string,
    {
      signers?: string[];
      predicateType?: string | string[];
      allowNotApplicable?: boolean;
      thresholds?: Thresholds & { failOn?: Severity | 'none' };
    }
  >;
  chains?: { step: string; materialsFrom: string; match?: string }[];
  exceptions?: {
    step: string;
    ruleId?: string;
    id?: string;
    fingerprint?: string;
    path?: string;
    reason: string;
    expires: string;
  }[];
}
interface RawGithub {
  issuer?: string;
  repository: string;
  workflow?: string | string[];
  ref?: string | string[];
}

interface Context {
  source: string;
  baseDir: string;
  lineAt: (path: (string | number)[], key?: string) => number;
}

const list = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

async function readRelative(ctx: Context, path: string): Promise<string | undefined> {
  try {
    return (
      await readInput(isAbsolute(path) ? path : resolve(ctx.baseDir, path), 'file', 1 << 20)
    ).toString('utf8');
  } catch {
    return undefined;
  }
}

export async function buildPolicy(
  raw: RawPolicy,
  ctx: Context,
): Promise<{ policy: Policy } | { problems: string[] }> {
  const problems: string[] = [];
  const problem = (path: (string | number)[], text: string, key?: string) =>
    problems.push(`${ctx.source}:${ctx.lineAt(path, key)}: ${text}`);

  const signers = new Map<string, SignerSpec>();
  const bundleOfDomain = new Map<string, { pem: string; path: string; signer: string }>();
  for (const [name, spec] of Object.entries(raw.signers)) {
    if (spec.github) {
      const g = spec.github;
      signers.set(name, {
        name,
        kind: 'github',
        issuer: g.issuer ?? GITHUB_ISSUER,
        repository: g.repository,
        workflows: list(g.workflow),
        refs: list(g.ref),
      });
    } else if (spec.spiffe) {
      const pem = await readRelative(ctx, spec.spiffe.trustBundle);
      if (pem === undefined || !pem.includes('-----BEGIN CERTIFICATE-----')) {
        problem(
          ['signers', name, 'spiffe', 'trustBundle'],
          `trust bundle ${spec.spiffe.trustBundle} is not a readable PEM certificate file (paths are relative to the policy file)`,
        );
        continue;
      }
      const ids = list(spec.spiffe.id);
      for (const [i, id] of ids.entries()) {
        if (!/^spiffe:\/\/[a-z0-9._-]+(\/|$)/.test(id)) {
          problem(
            ['signers', name, 'spiffe', 'id', ...(Array.isArray(spec.spiffe.id) ? [i] : [])],
            `"${id}" is not a SPIFFE ID pattern such as spiffe://example.org/ci/*`,
          );
        }
      }
      // The gate keeps one trust bundle per trust domain; two different ones for the same
      // domain would let either CA sign for both signers' ID patterns.
      for (const id of ids) {
        const domain = /^spiffe:\/\/([^/]+)/.exec(id)?.[1];
        const seen = domain ? bundleOfDomain.get(domain) : undefined;
        if (domain && seen && seen.pem !== pem) {
          problem(
            ['signers', name, 'spiffe', 'trustBundle'],
            `trust domain ${domain} already has the trust bundle ${seen.path} (signer ${seen.signer}); use one trust bundle per trust domain`,
          );
        } else if (domain)
          bundleOfDomain.set(domain, { pem, path: spec.spiffe.trustBundle, signer: name });
      }
      signers.set(name, {
        name,
        kind: 'spiffe',
        ids,
        trustBundlePath: spec.spiffe.trustBundle,
        trustBundlePem: pem,
      });
    } else if (spec.key) {
      const inline = spec.key.includes('-----BEGIN');
      const pem = inline ? spec.key : await readRelative(ctx, spec.key);
      if (pem === undefined || !pem.includes('-----BEGIN PUBLIC KEY-----')) {
        problem(
          ['signers', name, 'key'],
          `key ${inline ? '(inline)' : spec.key} is not a readable PEM public key (paths are relative to the policy file; create one with \`tollgate keygen\`)`,
        );
        continue;
      }
      signers.set(name, {
        name,
        kind: 'key',
        publicKeyPath: inline ? undefined : spec.key,
        publicKeyPem: pem,
      });
    }
  }

  const knownSigner = (names: string[], path: (string | number)[]) => {
    for (const [i, n] of names.entries()) {
      if (!(n in raw.signers)) {
        const guess = closest(n, Object.keys(raw.signers));
        problem(
          [...path, i],
          `unknown signer "${n}"${guess ? ` (did you mean "${guess}"?)` : ''}; signers are defined under "signers:"`,
        );
      }
    }
  };
  const defaultSigners = raw.defaults?.signers ?? Object.keys(raw.signers);
  if (raw.defaults?.signers) knownSigner(raw.defaults.signers, ['defaults', 'signers']);

  const custom = new Set(
    Object.entries(raw.steps ?? {})
      .filter(([, s]) => s.predicateType)
      .map(([id]) => id),
  );
  const knownIds = new Set([...STEPS.map((s) => s.id), ...custom]);
  const knownStep = (id: string, path: (string | number)[], key?: string) => {
    if (knownIds.has(id)) return true;
    const guess = closest(id, knownIds);
    problem(
      path,
      `unknown step "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}; a step of your own needs a predicateType under steps.${id}`,
      key,
    );
    return false;
  };

  const stages = new Map<string, string[]>();
  // A step has one verdict, under one stage: required twice, the verdict would list it twice
  // and the stages would disagree about where it belongs.
  const requiredAt = new Map<string, { stage: string; line: number }>();
  for (const [stage, { require }] of Object.entries(raw.stages)) {
    require.forEach((id, i) => {
      const path = ['stages', stage, 'require', i];
      knownStep(id, path);
      const first = requiredAt.get(id);
      if (!first) {
        requiredAt.set(id, { stage, line: ctx.lineAt(path) });
        return;
      }
      const where =
        first.stage === stage ? `twice in stage ${stage}` : `by stages ${first.stage} and ${stage}`;
      problem(
        path,
        `step "${id}" is required ${where} (also at ${ctx.source}:${first.line}); require each step once, in one stage`,
      );
    });
    stages.set(stage, require);
  }

  const steps = new Map<string, StepPolicy>();
  for (const id of knownIds) {
    const s = raw.steps?.[id];
    if (s?.signers) knownSigner(s.signers, ['steps', id, 'signers']);
    steps.set(id, {
      signers: s?.signers ?? defaultSigners,
      predicateTypes: s?.predicateType ? list(s.predicateType) : (findStep(id)?.attests ?? []),
      thresholds: s?.thresholds ?? {},
      allowNotApplicable: s?.allowNotApplicable ?? NOT_APPLICABLE_ALLOWED.has(id),
    });
  }
  for (const id of Object.keys(raw.steps ?? {})) knownStep(id, ['steps'], id);

  const chains: ChainRule[] = [];
  for (const [i, c] of (raw.chains ?? []).entries()) {
    const ok =
      knownStep(c.step, ['chains', i, 'step']) &&
      knownStep(c.materialsFrom, ['chains', i, 'materialsFrom']);
    if (ok) chains.push({ step: c.step, materialsFrom: c.materialsFrom, match: c.match ?? '**' });
  }

  const exceptions: ExceptionRule[] = [];
  for (const [i, e] of (raw.exceptions ?? []).entries()) {
    knownStep(e.step, ['exceptions', i, 'step']);
    // Round-trip through Date: Date.parse alone rolls 2027-02-30 over into March.
    const day = new Date(`${e.expires}T00:00:00Z`);
    if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== e.expires) {
      problem(['exceptions', i, 'expires'], `"${e.expires}" is not a calendar date`);
    }
    exceptions.push({ ...e, line: ctx.lineAt(['exceptions', i]) });
  }

  if (problems.length) return { problems };
  return {
    policy: {
      source: ctx.source,
      signers,
      stages,
      steps,
      chains,
      exceptions,
      sigstoreTrustedRootPath: raw.sigstore?.trustedRoot
        ? resolve(ctx.baseDir, raw.sigstore.trustedRoot)
        : undefined,
      ...(raw.promotion?.mode ? { promotionMode: raw.promotion.mode } : {}),
    },
  };
}
