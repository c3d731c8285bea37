import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/actions/gate/run.js';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { main } from '../../src/cli/main.js';
import { COMMIT, sign } from '../helpers/gate-fixture.js';
import type { GitHubDouble } from '../helpers/github-double/index.js';
import { gateDeps, GateRepo, REPO, type Finding } from './fixture.js';

/**
 * The untrusted run's side of the fork follow-up: the gates of per-commit and per-pr run
 * without a token and leave their verdict folders, which are zipped with the real `zip`
 * tool as GitHub stores artifacts; and the follow-up itself, `tollgate report` with a
 * workflow_run event payload file.
 */
export class FollowUpRepo extends GateRepo {
  constructor() {
    super();
    this.dir.file(
      'tollgate-pr.yml',
      'version: 1\nsigners:\n  ci: { key: ci.pub }\nstages:\n  per-pr:\n    require: [dast]\n',
    );
  }

  /** The per-commit gate's verdict folder for a run whose SAST reports `findings`. */
  async perCommit(findings: Finding[], name: string): Promise<string> {
    return this.gate(await this.bundles(findings, `${name}-bundles`), 'tollgate.yml', name);
  }

  /** The per-pr gate's verdict folder: DAST (a scan result) with `findings`. */
  async perPr(findings: Finding[], name: string): Promise<string> {
    const dir = join(this.dir.dir, `${name}-bundles`);
    mkdirSync(dir, { recursive: true });
    const counts: Record<string, number> = {};
    for (const f of findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
    const b = await sign({
      step: 'dast',
      signer: this.key.signer,
      predicateType: PREDICATE.scanResult,
      predicate: { scanner: { name: 'wapiti', version: '3' }, counts, findings },
    });
    writeFileSync(join(dir, 'dast.sigstore.json'), JSON.stringify(b));
    return this.gate(dir, 'tollgate-pr.yml', name);
  }

  private async gate(bundles: string, policy: string, name: string): Promise<string> {
    const out = join(this.dir.dir, name);
    const { deps } = gateDeps({ url: 'http://127.0.0.1:9' } as GitHubDouble);
    await run(
      {
        policy: join(this.dir.dir, policy),
        bundles,
        commit: COMMIT,
        stages: [],
        verdictPath: join(out, 'verdict.json'),
        workspace: this.dir.dir,
      },
      { ...deps, github: undefined },
    );
    return out;
  }
}

/** The artifact archive of a verdict folder, as upload-artifact stores it (files at the root). */
export function zipFolder(dir: string): Buffer {
  const file = join(dir, '..', `${dir.split('/').at(-1)}.zip`);
  execFileSync('zip', [
    '-q',
    '-j',
    file,
    join(dir, 'verdict.json'),
    join(dir, 'tollgate-report.json'),
  ]);
  return readFileSync(file);
}

export interface WorkflowRunFields {
  head_sha: string;
  head_branch: string;
  owner: string;
  pull_requests?: unknown[];
}

/** Runs `tollgate report --dir DIR` as the follow-up job does, with the event payload file. */
export async function followUp(
  repo: GateRepo,
  gh: GitHubDouble,
  dir: string,
  ev: WorkflowRunFields,
  extra: string[] = [],
) {
  const eventFile = join(repo.dir.dir, `event-${Date.now()}-${Math.random()}.json`);
  writeFileSync(
    eventFile,
    JSON.stringify({
      action: 'completed',
      workflow_run: {
        id: 4242,
        workflow_id: 161335,
        event: 'pull_request',
        head_sha: ev.head_sha,
        head_branch: ev.head_branch,
        head_repository: { full_name: `${ev.owner}/shop`, owner: { login: ev.owner } },
        pull_requests: ev.pull_requests ?? [],
      },
    }),
  );
  let stdout = '';
  let stderr = '';
  const code = await main(['report', '--dir', dir, '--base-report', 'auto', ...extra], {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
    cwd: repo.dir.dir,
    env: {
      GITHUB_TOKEN: 't',
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: REPO,
      GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_EVENT_PATH: eventFile,
      TOLLGATE_GITHUB_FAST: '1',
    },
    now: () => new Date(),
  });
  return { code, stdout, stderr };
}
