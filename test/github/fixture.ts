import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, type GateDeps } from '../../src/actions/gate/run.js';
import type { GitHubReportInputs } from '../../src/actions/gate/github-report.js';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { defaultVerifiers } from '../../src/cli/verifiers.js';
import { createGitHubClient } from '../../src/github/client.js';
import type { GitHubContext } from '../../src/github/context.js';
import { octokitPort } from '../../src/github/octokit-port.js';
import { verifyFromFiles } from '../../src/gate/verify-run.js';
import { COMMIT, makeKey, PolicyDir, sign } from '../helpers/gate-fixture.js';
import type { GitHubDouble } from '../helpers/github-double/index.js';

/** A repository with a policy, signed bundles for a PR with findings, and the gate wired to the double. */
export const REPO = 'acme/shop';
export const PR = 12;

export interface Finding {
  ruleId: string;
  severity: 'critical' | 'high' | 'medium' | 'low' | 'info';
  message: string;
  location: { path: string; line: number };
  fingerprint: string;
}

export function finding(n: number, severity: Finding['severity'] = 'medium'): Finding {
  return {
    ruleId: `rule-${n % 7}`,
    severity,
    message: `problem number ${n}`,
    location: { path: 'src/app.ts', line: n + 1 },
    fingerprint: `fp-${n}`,
  };
}

export class GateRepo {
  readonly dir = new PolicyDir();
  readonly key = makeKey();
  constructor() {
    this.dir.file('ci.pub', this.key.publicKeyPem);
    this.dir.file(
      'tollgate.yml',
      'version: 1\nsigners:\n  ci: { key: ci.pub }\nstages:\n  per-commit:\n    require: [unit-tests, sast]\n',
    );
  }

  /** Writes this run's bundles: unit tests pass, SAST reports `findings`. */
  async bundles(findings: Finding[], name = 'bundles'): Promise<string> {
    const dir = join(this.dir.dir, name);
    mkdirSync(dir, { recursive: true });
    const counts: Record<string, number> = {};
    for (const f of findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
    writeFileSync(
      join(dir, 'unit-tests.sigstore.json'),
      JSON.stringify(await sign({ step: 'unit-tests', signer: this.key.signer })),
    );
    const sast = await sign({
      step: 'sast',
      signer: this.key.signer,
      predicateType: PREDICATE.scanResult,
      predicate: { scanner: { name: 'semgrep', version: '1' }, counts, findings },
    });
    writeFileSync(join(dir, 'sast.sigstore.json'), JSON.stringify(sast));
    return dir;
  }

  remove(): void {
    this.dir.remove();
  }
}

export function context(gh: GitHubDouble): GitHubContext {
  return {
    repo: { owner: 'acme', repo: 'shop' },
    apiUrl: gh.url,
    runUrl: 'https://github.test/acme/shop/actions/runs/99',
    pullNumber: PR,
    baseRef: 'main',
    ref: `refs/pull/${PR}/head`,
  };
}

export function gateDeps(gh: GitHubDouble) {
  const summaries: string[] = [];
  const warnings: string[] = [];
  const outputs: Record<string, string> = {};
  const client = createGitHubClient({
    token: 't0ken',
    baseUrl: gh.url,
    backoffUnitMs: 1,
    paceWrites: false,
  });
  const deps: GateDeps = {
    verify: verifyFromFiles,
    verifiers: defaultVerifiers,
    log: () => undefined,
    setOutput: (n, v) => (outputs[n] = v),
    summary: async (md) => void summaries.push(md),
    now: () => new Date('2026-11-26T12:00:00Z'),
    warning: (m) => warnings.push(m),
    github: { port: octokitPort(client), context: context(gh) },
  };
  return { deps, summaries, warnings, outputs };
}

export async function runGate(
  repo: GateRepo,
  gh: GitHubDouble,
  bundles: string,
  github: Partial<GitHubReportInputs> = {},
  out = 'out',
) {
  const d = gateDeps(gh);
  const verdict = await run(
    {
      policy: join(repo.dir.dir, 'tollgate.yml'),
      bundles,
      commit: COMMIT,
      stages: [],
      verdictPath: join(repo.dir.dir, out, 'verdict.json'),
      workspace: repo.dir.dir,
      github: { checkName: 'tollgate', check: true, comment: true, uploadSarif: true, ...github },
    },
    d.deps,
  );
  return { verdict, ...d };
}

/** A patch that adds lines `from`..`to` of src/app.ts. */
export function patchAdding(from: number, to: number): string {
  const rows = Array.from({ length: to - from + 1 }, (_, i) => `+line ${from + i}`);
  return [`@@ -${from},0 +${from},${rows.length} @@`, ...rows].join('\n');
}
