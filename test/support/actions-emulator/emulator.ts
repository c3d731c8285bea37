import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  Job,
  ReusableWorkflowJob,
  Step,
  WorkflowJob,
} from '@actions/workflow-parser/model/workflow-template';
import { parse } from 'yaml';
import { createTokenIssuer } from '../../helpers/sigstore-mock-token.js';
import { ArtifactStore, startResultsService, type Artifact } from './artifacts.js';
import { readKeyValueFile, readPathFile } from './commands.js';
import { eventPayload, eventRef, type EventSpec } from './events.js';
import {
  asString,
  evaluate,
  evaluateToken,
  truthy,
  type Contexts,
  type StatusFunctions,
} from './expressions.js';
import { extractArchive, resolveCommit } from './git.js';
import { startOidcEndpoint, type TokenIssuer } from './oidc.js';
import { effective, normalise, type Grant } from './permissions.js';
import { runProcess } from './process.js';
import { proxyEnv, refusalMessage, startRefusingProxy } from './proxy.js';
import { THIRD_PARTY } from './third-party.js';
import type { JobReport, JobResultKind, RunEvent, StepReport } from './types.js';
import { loadWorkflow } from './workflow.js';

/** This repository: where Tollgate's actions and reusable workflows are taken from. */
export const TOLLGATE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface EmulatorOptions {
  /** Git repository the workflow runs on (its committed files only). */
  repo: string;
  /** Workflow file inside `repo`, e.g. `.github/workflows/ci.yml`, read from the commit. */
  workflow: string;
  event: EventSpec;
  /** owner/name of `repo` on GitHub; default acme/shop. */
  repository?: string;
  actor?: string;
  defaultBranch?: string;
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  /** Repository whose HEAD provides Tollgate's actions and workflows; default this one. */
  tollgateRepo?: string;
  /** GitHub REST API (the GitHub double) as GITHUB_API_URL. */
  apiUrl?: string;
  /** The run's id (GITHUB_RUN_ID), e.g. one recorded in the GitHub double; default 1001. */
  runId?: number;
  /** Signs the jobs' OIDC tokens; default a local ES256 issuer. */
  issueToken?: TokenIssuer;
  /** Runner jobs at once; default all that are ready. */
  maxParallel?: number;
  /** Scratch folder (workspaces, artifacts); default a new temporary one. */
  workDir?: string;
  /** Extra variables in every step's environment (the runner's image). */
  runnerEnv?: Record<string, string>;
  /** Node.js for `node24` actions; default this repository's node_modules/.bin/node. */
  node?: string;
  onEvent?: (e: RunEvent, control: { cancel(): void }) => void;
}

export interface RunReport {
  result: JobResultKind;
  /** Every job in the order it finished (called workflows' jobs as `caller/job`). */
  jobs: JobReport[];
  events: RunEvent[];
  artifacts: Artifact[];
  /** Audiences the jobs asked OIDC tokens for. */
  oidcRequests: { audience: string; job_workflow_ref: string }[];
  /** Connections outside this machine that steps tried, refused by the runner's proxy. */
  refused: { job: string; step: string; host: string }[];
  workDir: string;
  job(id: string): JobReport;
}

interface Done {
  result: JobResultKind;
  outputs: Record<string, string>;
}

interface Scope {
  prefix: string;
  workflow: string;
  raw: Record<string, unknown>;
  inputs: Record<string, unknown>;
  secrets: Record<string, string>;
  cap: Grant | undefined;
  /** `owner/repo/path@ref` of the workflow file the jobs are defined in (OIDC job_workflow_ref). */
  jobWorkflowRef: string;
  env: Record<string, string>;
}

/**
 * `owner/repo/path@v1` as GitHub writes it into job_workflow_ref: a commit as it is, a ref
 * as it is, any other name as a tag (the emulator does not know the remote's branches).
 */
function fullRef(uses: string): string {
  const at = uses.lastIndexOf('@');
  const version = uses.slice(at + 1);
  if (/^[0-9a-f]{40}$/.test(version) || version.startsWith('refs/')) return uses;
  return `${uses.slice(0, at)}@refs/tags/${version}`;
}

interface RawStep {
  with?: Record<string, unknown>;
  shell?: unknown;
  'working-directory'?: unknown;
}

const EXPR = /\$\{\{([\s\S]*?)\}\}/g;

/** Replaces each `${{ expr }}` in a plain string (action input defaults, called workflows' env). */
function evalString(text: string, contexts: Contexts): string {
  return text.replace(EXPR, (_, e: string) => asString(evaluate(e.trim(), contexts)));
}

const stringMap = (v: unknown): Record<string, string> =>
  Object.fromEntries(
    Object.entries((v ?? {}) as Record<string, unknown>).map(([k, x]) => [k, asString(x)]),
  );

/** The environment of the runner machine itself: a clean PATH without this project's tools. */
function machineEnv(extra: Record<string, string>): Record<string, string> {
  const path = (process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin')
    .split(delimiter)
    .filter((p) => p && !p.includes('node_modules'))
    .join(delimiter);
  return {
    PATH: path,
    HOME: process.env.HOME ?? '/root',
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_ENVIRONMENT: 'github-hosted',
    ImageOS: 'ubuntu24',
    // Tools the steps install on first use come from npm's cache on this machine, never
    // from a registry.
    npm_config_offline: 'true',
    ...extra,
  };
}

class Semaphore {
  private free: number;
  private readonly waiting: (() => void)[] = [];
  constructor(n: number) {
    this.free = n;
  }
  async take(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return;
    }
    await new Promise<void>((ok) => this.waiting.push(ok));
  }
  give(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}

/**
 * Runs a workflow the way GitHub Actions does, on this machine: see README.md. Resolves
 * with a report of every job; never rejects for a job that fails (that is its result).
 */
export async function runWorkflow(o: EmulatorOptions): Promise<RunReport> {
  const workDir = o.workDir ?? mkdtempSync(join(tmpdir(), 'actions-emulator-'));
  const repository = o.repository ?? 'acme/shop';
  const actor = o.actor ?? 'octocat';
  const defaultBranch = o.defaultBranch ?? 'main';
  const tollgateRepo = o.tollgateRepo ?? TOLLGATE_ROOT;
  const node = o.node ?? join(TOLLGATE_ROOT, 'node_modules/.bin/node');
  const commit = resolveCommit(o.repo, o.event.sha);
  const tollgateHead = resolveCommit(tollgateRepo, 'HEAD');
  const identity = { repository, actor, defaultBranch };
  const runId = String(o.runId ?? 1001);
  const ref = eventRef(o.event, identity);
  const payload = eventPayload({ ...o.event, sha: commit }, identity);
  const events: RunEvent[] = [];
  const reports: JobReport[] = [];
  const slots = new Semaphore(o.maxParallel ?? Number.MAX_SAFE_INTEGER);
  // Cancelling the run stops the jobs running now; jobs that start later (if: always() or
  // cancelled()) run their steps normally.
  const running = new Set<AbortController>();
  let cancelled = false;
  const control = {
    cancel() {
      cancelled = true;
      for (const a of running) a.abort();
    },
  };
  const emit = (e: RunEvent) => {
    events.push(e);
    o.onEvent?.(e, control);
  };
  let jobCount = 0;

  // Tollgate's actions and workflows: a clean archive of its HEAD, extracted once.
  const tollgateDir = join(workDir, '_actions', 'tollgate');
  const tollgateFiles = () => {
    if (!existsSync(tollgateDir)) extractArchive(tollgateRepo, tollgateHead, tollgateDir);
    return tollgateDir;
  };
  const isTollgate = (owner: string, name: string) => name === 'tollgate' && owner.length > 0;
  const fetchWorkflow = (
    r: { path: string } | { owner: string; repository: string; path: string; version: string },
  ) => {
    if ('repository' in r) {
      if (!isTollgate(r.owner, r.repository))
        throw new Error(`the emulator cannot fetch ${r.owner}/${r.repository}`);
      return { name: r.path, content: readFileSync(join(tollgateFiles(), r.path), 'utf8') };
    }
    return {
      name: r.path,
      content: execFileSync('git', ['show', `${commit}:${r.path}`], {
        cwd: o.repo,
        encoding: 'utf8',
      }),
    };
  };

  let caller: Awaited<ReturnType<typeof loadWorkflow>>;
  try {
    caller = await loadWorkflow(
      o.workflow,
      execFileSync('git', ['show', `${commit}:${o.workflow}`], { cwd: o.repo, encoding: 'utf8' }),
      fetchWorkflow,
    );
  } catch (e) {
    // A workflow GitHub would refuse never starts: nothing is left behind.
    if (!o.workDir) rmSync(workDir, { recursive: true, force: true });
    throw e;
  }
  const store = new ArtifactStore(join(workDir, 'artifacts'));
  const results = await startResultsService(store, workDir);
  const issuer = createTokenIssuer();
  const oidc = await startOidcEndpoint(o.issueToken ?? ((claims) => issuer.issue({ claims })));
  const proxy = await startRefusingProxy();
  const refused: RunReport['refused'] = [];
  // One tool cache for every job of this run, as a self-hosted runner keeps its
  // RUNNER_TOOL_CACHE: a tool installed by the first job is found by the others.
  const toolCache = join(workDir, 'tool-cache');
  let nodeVersionText: string | undefined;
  const nodeVersion = () =>
    (nodeVersionText ??= execFileSync(node, ['--version'], { encoding: 'utf8' }).trim());
  mkdirSync(toolCache, { recursive: true });
  const workflowName = String(caller.raw.name ?? o.workflow);
  const workflowRef = `${repository}/${o.workflow}@${ref}`;
  const eventFile = join(workDir, 'event.json');
  writeFileSync(eventFile, JSON.stringify(payload, null, 2));

  const githubContext = (job: string, extra: Record<string, unknown> = {}) => ({
    event_name: o.event.name,
    event: payload,
    sha: commit,
    ref,
    ref_name: ref
      .replace(/^refs\/(heads|tags)\//, '')
      .replace(/^refs\/pull\/(\d+)\/merge$/, '$1/merge'),
    ref_type: 'branch',
    head_ref: o.event.name === 'pull_request' ? (o.event.branch ?? 'feature') : '',
    base_ref: o.event.name === 'pull_request' ? (o.event.pull?.base ?? defaultBranch) : '',
    repository,
    repository_owner: repository.split('/')[0],
    repositoryUrl: `git://github.com/${repository}.git`,
    actor,
    triggering_actor: actor,
    workflow: workflowName,
    workflow_ref: workflowRef,
    workflow_sha: commit,
    job,
    run_id: runId,
    run_number: '1',
    run_attempt: '1',
    retention_days: '90',
    server_url: 'https://github.com',
    api_url: o.apiUrl ?? 'https://api.github.com',
    graphql_url: `${o.apiUrl ?? 'https://api.github.com'}/graphql`,
    secret_source: 'Actions',
    ...extra,
  });

  const record = (r: JobReport) => {
    r.firstError ??=
      r.error ??
      r.steps.flatMap((s) => [
        ...s.annotations.filter((a) => a.level === 'error').map((a) => a.message),
        ...(s.error ? [s.error] : []),
      ])[0];
    reports.push(r);
    emit({ type: 'job-end', job: r.id, result: r.result });
    return r;
  };

  const skippedReport = (
    id: string,
    name: string,
    scope: Scope,
    result: JobResultKind,
  ): JobReport =>
    record({ id, name, workflow: scope.workflow, result, outputs: {}, steps: [], artifacts: [] });

  const jobStatus = (needs: Record<string, Done>): StatusFunctions => ({
    success: () => !cancelled && Object.values(needs).every((n) => n.result === 'success'),
    failure: () => Object.values(needs).some((n) => n.result === 'failure'),
    cancelled: () => cancelled,
  });

  async function runJobs(jobs: WorkflowJob[], scope: Scope): Promise<Map<string, Done>> {
    const started = new Map<string, Promise<Done>>();
    const byId = new Map(jobs.map((j) => [j.id.value, j]));
    const start = (id: string): Promise<Done> => {
      const existing = started.get(id);
      if (existing) return existing;
      const job = byId.get(id);
      if (!job) throw new Error(`${scope.workflow}: unknown job ${id}`);
      const p = (async () => {
        const needs: Record<string, Done> = {};
        for (const n of job.needs ?? []) needs[n.value] = await start(n.value);
        return job.type === 'job' ? runJob(job, scope, needs) : runCaller(job, scope, needs);
      })();
      started.set(id, p);
      return p;
    };
    const out = new Map<string, Done>();
    await Promise.all(jobs.map(async (j) => out.set(j.id.value, await start(j.id.value))));
    return out;
  }

  function baseContexts(jobId: string, scope: Scope, needs: Record<string, Done>): Contexts {
    return {
      github: githubContext(jobId),
      needs,
      inputs: scope.inputs,
      vars: o.vars ?? {},
      secrets: scope.secrets,
      strategy: {},
      matrix: {},
    };
  }

  function declaredPermissions(scope: Scope, jobId: string): Grant | undefined {
    const jobs = (scope.raw.jobs ?? {}) as Record<string, Record<string, unknown>>;
    return normalise(jobs[jobId]?.permissions) ?? normalise(scope.raw.permissions);
  }

  async function runCaller(
    job: ReusableWorkflowJob,
    scope: Scope,
    needs: Record<string, Done>,
  ): Promise<Done> {
    const jobId = job.id.value;
    const id = scope.prefix + jobId;
    const name = asString(evaluateToken(job.name, baseContexts(jobId, scope, needs))) || jobId;
    const ctx = baseContexts(jobId, scope, needs);
    if (!truthy(evaluate(job.if.expression, ctx, jobStatus(needs)))) {
      return skippedReport(id, name, scope, cancelled ? 'cancelled' : 'skipped');
    }
    emit({ type: 'job-start', job: id });
    const report: JobReport = {
      id,
      name,
      workflow: scope.workflow,
      result: 'success',
      outputs: {},
      steps: [],
      artifacts: [],
    };
    try {
      const called = caller.called.get(job.ref.value) ?? [...caller.called.values()][0];
      if (!called) throw new Error(`${job.ref.value} was not loaded`);
      const defs = (evaluateToken(job['input-definitions'], ctx) ?? {}) as Record<
        string,
        { type?: string; required?: boolean; default?: unknown }
      >;
      const given = (evaluateToken(job['input-values'], ctx) ?? {}) as Record<string, unknown>;
      const inputs: Record<string, unknown> = {};
      for (const [k, def] of Object.entries(defs)) {
        let v = k in given ? given[k] : def.default;
        if (v === undefined && def.required)
          throw new Error(`Input required and not supplied: ${k}`);
        if (def.type === 'boolean' && typeof v === 'string') v = v === 'true';
        if (def.type === 'number' && typeof v === 'string') v = Number(v);
        inputs[k] = v ?? (def.type === 'boolean' ? false : def.type === 'number' ? 0 : '');
      }
      const secrets: Record<string, string> = job['inherit-secrets']
        ? { ...scope.secrets }
        : {
            GITHUB_TOKEN: scope.secrets.GITHUB_TOKEN ?? '',
            ...stringMap(evaluateToken(job['secret-values'], ctx)),
          };
      const secretDefs = (evaluateToken(job['secret-definitions'], ctx) ?? {}) as Record<
        string,
        { required?: boolean }
      >;
      for (const [k, def] of Object.entries(secretDefs))
        if (def?.required && !secrets[k])
          throw new Error(`Secret ${k} is required, but not provided while calling.`);
      report.inputs = inputs;
      report.secrets = Object.keys(secrets).filter((s) => s !== 'GITHUB_TOKEN');
      const grant = declaredPermissions(scope, jobId);
      report.permissions = effective(grant, scope.cap);
      const remote = job.ref.value.startsWith('./')
        ? `${repository}/${job.ref.value.slice(2)}@${ref}`
        : fullRef(job.ref.value);
      const nested: Scope = {
        prefix: `${id}/`,
        workflow: called.path,
        raw: called.raw,
        inputs,
        secrets,
        cap: report.permissions,
        jobWorkflowRef: remote,
        env: {},
      };
      nested.env = Object.fromEntries(
        Object.entries(stringMap(called.raw.env)).map(([k, v]) => [
          k,
          evalString(v, { github: githubContext(jobId), inputs, vars: o.vars ?? {}, secrets }),
        ]),
      );
      const done = await runJobs(job.jobs ?? [], nested);
      const all = [...done.values()].map((d) => d.result);
      report.result = all.includes('failure')
        ? 'failure'
        : all.includes('cancelled')
          ? 'cancelled'
          : 'success';
      const jobsCtx = Object.fromEntries(done);
      const outs = (evaluateToken(job.outputs, { ...ctx, inputs, jobs: jobsCtx }) ?? {}) as Record<
        string,
        { value?: unknown }
      >;
      report.outputs = Object.fromEntries(
        Object.entries(outs).map(([k, v]) => [k, asString(v?.value)]),
      );
    } catch (e) {
      report.result = 'failure';
      report.error = (e as Error).message;
    }
    record(report);
    return { result: report.result, outputs: report.outputs };
  }

  async function runJob(job: Job, scope: Scope, needs: Record<string, Done>): Promise<Done> {
    const jobId = job.id.value;
    const id = scope.prefix + jobId;
    const ctx = baseContexts(jobId, scope, needs);
    const name = asString(evaluateToken(job.name, ctx)) || jobId;
    if (!truthy(evaluate(job.if.expression, ctx, jobStatus(needs)))) {
      return skippedReport(id, name, scope, cancelled ? 'cancelled' : 'skipped');
    }
    await slots.take();
    emit({ type: 'job-start', job: id });
    const report: JobReport = {
      id,
      name,
      workflow: scope.workflow,
      result: 'success',
      outputs: {},
      steps: [],
      artifacts: [],
    };
    try {
      await runJobSteps(job, jobId, scope, ctx, report);
    } catch (e) {
      report.result = 'failure';
      report.error = (e as Error).message;
    } finally {
      slots.give();
    }
    record(report);
    return { result: report.result, outputs: report.outputs };
  }

  async function runJobSteps(
    job: Job,
    jobId: string,
    scope: Scope,
    ctx: Contexts,
    report: JobReport,
  ): Promise<void> {
    const id = report.id;
    report.permissions = effective(declaredPermissions(scope, jobId), scope.cap);
    const env = evaluateToken(job.environment, ctx);
    if (env)
      report.environment =
        typeof env === 'string' ? { name: env } : (env as { name: string; url?: string });
    const conc = evaluateToken(job.concurrency, ctx);
    if (conc)
      report.concurrency =
        typeof conc === 'string'
          ? { group: conc, cancelInProgress: false }
          : {
              group: asString((conc as { group?: unknown }).group),
              cancelInProgress: Boolean(
                (conc as { 'cancel-in-progress'?: unknown })['cancel-in-progress'],
              ),
            };
    report.runsOn = evaluateToken(job['runs-on'], ctx);
    const container = evaluateToken(job.container, ctx);
    const image =
      typeof container === 'string'
        ? container
        : asString((container as { image?: unknown } | undefined)?.image);
    if (image) throw new Error(`job containers are not emulated (container: ${image})`);

    const n = ++jobCount;
    const jobDir = join(workDir, 'jobs', `${n}-${id.replace(/[^\w.-]+/g, '_')}`);
    const repoName = repository.split('/')[1] ?? 'repo';
    const workspace = join(jobDir, 'work', repoName, repoName);
    const temp = join(jobDir, 'temp');
    const commands = join(temp, '_runner_file_commands');
    for (const d of [workspace, temp, commands, join(jobDir, '_github_workflow')])
      mkdirSync(d, { recursive: true });
    const jobEventFile = join(jobDir, '_github_workflow', 'event.json');
    writeFileSync(jobEventFile, readFileSync(eventFile));
    const token = `ghs_${randomUUID().replace(/-/g, '')}`;
    const secrets = { ...scope.secrets, GITHUB_TOKEN: token };
    const masks = Object.values(secrets).filter((s) => s.length > 3);
    const jobCtx: Contexts = {
      ...ctx,
      secrets,
      github: githubContext(jobId, { token, workspace, event_path: jobEventFile }),
    };
    const envContext: Record<string, string> = { ...scope.env };
    const topEnv = scope.prefix ? {} : stringMap(evaluateToken(caller.template.env, jobCtx));
    Object.assign(
      envContext,
      topEnv,
      stringMap(evaluateToken(job.env, { ...jobCtx, env: { ...envContext, ...topEnv } })),
    );
    const addedPath: string[] = [];
    const runner = {
      os: 'Linux',
      arch: 'X64',
      name: 'GitHub Actions 1',
      temp,
      tool_cache: toolCache,
      environment: 'github-hosted',
    };
    const oidcEnv: Record<string, string> = {};
    if (report.permissions?.['id-token'] === 'write') {
      const [owner] = repository.split('/');
      oidcEnv.ACTIONS_ID_TOKEN_REQUEST_URL = oidc.url;
      // GitHub's claims (docs: "OpenID Connect reference"), from which Fulcio writes the
      // certificate's SAN (job_workflow_ref) and its GitHub extensions.
      oidcEnv.ACTIONS_ID_TOKEN_REQUEST_TOKEN = oidc.requestTokenFor({
        iss: 'https://token.actions.githubusercontent.com',
        sub: report.environment
          ? `repo:${repository}:environment:${report.environment.name}`
          : o.event.name === 'pull_request'
            ? `repo:${repository}:pull_request`
            : `repo:${repository}:ref:${ref}`,
        repository,
        repository_owner: owner ?? '',
        repository_id: '1296269',
        repository_owner_id: '9919',
        repository_visibility: 'private',
        actor,
        actor_id: '583231',
        ref,
        ref_type: 'branch',
        ref_protected: 'false',
        head_ref: o.event.name === 'pull_request' ? (o.event.branch ?? 'feature') : '',
        base_ref: o.event.name === 'pull_request' ? (o.event.pull?.base ?? defaultBranch) : '',
        sha: commit,
        workflow: workflowName,
        workflow_ref: workflowRef,
        workflow_sha: commit,
        job_workflow_ref: scope.jobWorkflowRef,
        job_workflow_sha: scope.prefix ? tollgateHead : commit,
        event_name: o.event.name,
        run_id: runId,
        run_number: '1',
        run_attempt: '1',
        runner_environment: 'github-hosted',
        ...(report.environment ? { environment: report.environment.name } : {}),
      });
    }
    const steps: Record<
      string,
      { outputs: Record<string, string>; outcome: string; conclusion: string }
    > = {};
    let status: 'success' | 'failure' = 'success';
    const abort = new AbortController();
    running.add(abort);
    const stepStatus: StatusFunctions = {
      success: () => !abort.signal.aborted && status === 'success',
      failure: () => status === 'failure',
      cancelled: () => abort.signal.aborted,
    };
    try {
      const setupNode: string[] = [];
      // The parser's model leaves out `with`, `shell` and `working-directory`: read from the YAML.
      const rawSteps = (((scope.raw.jobs ?? {}) as Record<string, { steps?: RawStep[] }>)[jobId]
        ?.steps ?? []) as RawStep[];
      for (const [index, step] of (job.steps as Step[]).entries()) {
        const rawStep = rawSteps[index] ?? {};
        if (!('uses' in step) && !('run' in step))
          throw new Error(`step ${step.id}: only run and uses steps are emulated`);
        const sctx: Contexts = {
          ...jobCtx,
          env: envContext,
          steps,
          runner,
          job: { status, container: {}, services: {} },
        };
        const uses = 'uses' in step ? step.uses.value : undefined;
        const stepName =
          asString(evaluateToken(step.name, sctx)) ||
          (uses
            ? `Run ${uses}`
            : `Run ${asString((step as { run: { value?: string } }).run.value).split('\n')[0]}`);
        const s: StepReport = {
          id: step.id,
          name: stepName,
          kind: uses ? 'action' : 'run',
          outcome: 'success',
          conclusion: 'success',
          outputs: {},
          log: '',
          annotations: [],
        };
        if (uses) s.uses = uses;
        report.steps.push(s);
        if (!truthy(evaluate(step.if.expression, sctx, stepStatus))) {
          s.outcome = s.conclusion = 'skipped';
          emit({ type: 'step-end', job: id, step: step.id, outcome: 'skipped' });
          steps[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
          continue;
        }
        emit({ type: 'step-start', job: id, step: step.id });
        const stepEnv = { ...envContext, ...stringMap(evaluateToken(step.env, sctx)) };
        // The step's own env is part of the env context for its run/with.
        sctx.env = stepEnv;
        const files = {
          GITHUB_OUTPUT: join(commands, `set_output_${randomUUID()}`),
          GITHUB_ENV: join(commands, `set_env_${randomUUID()}`),
          GITHUB_PATH: join(commands, `add_path_${randomUUID()}`),
          GITHUB_STEP_SUMMARY: join(commands, `step_summary_${randomUUID()}`),
          GITHUB_STATE: join(commands, `save_state_${randomUUID()}`),
        };
        for (const f of Object.values(files)) writeFileSync(f, '');
        const machine = machineEnv(o.runnerEnv ?? {});
        const proxyTag = `${id}#${index}`;
        const processEnv: Record<string, string> = {
          ...machine,
          ...stepEnv,
          PATH: [...[...addedPath].reverse(), machine.PATH ?? ''].join(delimiter),
          GITHUB_WORKSPACE: workspace,
          GITHUB_SHA: commit,
          GITHUB_REF: ref,
          GITHUB_REF_NAME: String(githubContext(jobId).ref_name),
          GITHUB_REF_TYPE: 'branch',
          GITHUB_HEAD_REF: String(githubContext(jobId).head_ref),
          GITHUB_BASE_REF: String(githubContext(jobId).base_ref),
          GITHUB_EVENT_NAME: o.event.name,
          GITHUB_EVENT_PATH: jobEventFile,
          GITHUB_REPOSITORY: repository,
          GITHUB_REPOSITORY_OWNER: repository.split('/')[0] ?? '',
          GITHUB_REPOSITORY_ID: '1296269',
          GITHUB_ACTOR: actor,
          GITHUB_TRIGGERING_ACTOR: actor,
          GITHUB_RUN_ID: runId,
          GITHUB_RUN_NUMBER: '1',
          GITHUB_RUN_ATTEMPT: '1',
          GITHUB_JOB: jobId,
          GITHUB_WORKFLOW: workflowName,
          GITHUB_WORKFLOW_REF: workflowRef,
          GITHUB_WORKFLOW_SHA: commit,
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_API_URL: o.apiUrl ?? 'https://api.github.com',
          GITHUB_GRAPHQL_URL: `${o.apiUrl ?? 'https://api.github.com'}/graphql`,
          GITHUB_ACTION: step.id,
          GITHUB_RETENTION_DAYS: '90',
          RUNNER_TEMP: temp,
          RUNNER_TOOL_CACHE: toolCache,
          RUNNER_WORKSPACE: dirname(workspace),
          ACTIONS_RUNTIME_TOKEN: results.tokenFor(id),
          ACTIONS_RESULTS_URL: results.url,
          ...oidcEnv,
          ...files,
          // Last, so no env: of the workflow opens a way out.
          ...proxyEnv(proxy.urlFor(proxyTag)),
        };
        try {
          if (uses)
            await runAction(uses, rawStep, sctx, processEnv, s, {
              workspace,
              masks,
              jobId: id,
              report,
              setupNode,
              signal: abort.signal,
              addPath: (...dirs) => addedPath.push(...dirs),
            });
          else
            await runScript(
              step as Step & { run: { value?: string } },
              rawStep,
              sctx,
              processEnv,
              s,
              workspace,
              temp,
              masks,
              abort.signal,
            );
        } catch (e) {
          s.outcome = 'failure';
          s.error = (e as Error).message;
          s.log += (s.log ? '\n' : '') + `Error: ${s.error}`;
        }
        if (s.outcome === 'failure' && abort.signal.aborted) s.outcome = 'cancelled';
        noteRefusals(proxyTag, s, id);
        Object.assign(s.outputs, readKeyValueFile(files.GITHUB_OUTPUT));
        try {
          Object.assign(envContext, readKeyValueFile(files.GITHUB_ENV));
        } catch (e) {
          s.outcome = 'failure';
          s.error = (e as Error).message;
        }
        addedPath.push(...readPathFile(files.GITHUB_PATH));
        const continueOnError = truthy(
          typeof step['continue-on-error'] === 'boolean'
            ? step['continue-on-error']
            : evaluateToken(step['continue-on-error'] as never, sctx),
        );
        s.conclusion = s.outcome === 'failure' && continueOnError ? 'success' : s.outcome;
        steps[step.id] = { outputs: s.outputs, outcome: s.outcome, conclusion: s.conclusion };
        if (s.conclusion === 'failure') status = 'failure';
        emit({ type: 'step-end', job: id, step: step.id, outcome: s.outcome });
      }
    } finally {
      running.delete(abort);
    }
    const anyCancelled = abort.signal.aborted;
    report.result = anyCancelled ? 'cancelled' : status;
    report.outputs = stringMap(
      evaluateToken(job.outputs, { ...jobCtx, env: envContext, steps, runner, job: { status } }),
    );
  }

  /**
   * What the proxy refused for one step, said in its log and as an annotation: an error first
   * in line when the step failed (most clients report only "fetch failed" or a status), a
   * warning when it passed anyway.
   */
  function noteRefusals(tag: string, s: StepReport, job: string): void {
    const hosts = [...new Set(proxy.refused.filter((r) => r.tag === tag).map((r) => r.host))];
    if (!hosts.length) return;
    s.refused = hosts;
    for (const host of hosts) refused.push({ job, step: s.id, host });
    const messages = hosts.map(refusalMessage);
    s.log += (s.log ? '\n' : '') + messages.join('\n');
    const level = s.outcome === 'failure' ? 'error' : 'warning';
    s.annotations.unshift(...messages.map((message) => ({ level, message }) as const));
  }

  async function runScript(
    step: Step & { run: { value?: string } },
    raw: RawStep,
    sctx: Contexts,
    env: Record<string, string>,
    s: StepReport,
    workspace: string,
    temp: string,
    masks: string[],
    signal: AbortSignal,
  ): Promise<void> {
    s.kind = 'run';
    const script = asString(evaluateToken(step.run as never, sctx));
    const shell = raw.shell ? evalString(asString(raw.shell), sctx) : 'bash';
    const cwd = raw['working-directory']
      ? resolve(workspace, evalString(asString(raw['working-directory']), sctx))
      : workspace;
    const file = join(temp, `${randomUUID()}.sh`);
    writeFileSync(file, script);
    // GitHub's `bash` shell: bash --noprofile --norc -eo pipefail {0}
    const [cmd, ...args] =
      shell === 'bash'
        ? ['bash', '--noprofile', '--norc', '-eo', 'pipefail', file]
        : shell === 'sh'
          ? ['sh', '-e', file]
          : shell.replace('{0}', file).split(' ');
    const r = await runProcess(cmd ?? 'bash', args, { cwd, env, masks, signal });
    s.log = r.log;
    s.annotations = r.annotations;
    s.exitCode = r.exitCode;
    Object.assign(s.outputs, r.outputs);
    s.outcome = r.exitCode === 0 ? 'success' : 'failure';
    if (r.exitCode !== 0) s.error = `Process completed with exit code ${r.exitCode}.`;
  }

  async function runAction(
    uses: string,
    raw: RawStep,
    sctx: Contexts,
    env: Record<string, string>,
    s: StepReport,
    job: {
      workspace: string;
      masks: string[];
      jobId: string;
      report: JobReport;
      setupNode: string[];
      signal: AbortSignal;
      addPath: (...dirs: string[]) => void;
    },
  ): Promise<void> {
    const withs = Object.fromEntries(
      Object.entries(raw.with ?? {}).map(([k, v]) => [k, evalString(asString(v), sctx)]),
    );
    const [path = '', version = ''] = uses.split('@');
    const parts = path.split('/');
    if (uses.startsWith('docker://')) throw new Error(`docker actions are not emulated: ${uses}`);
    let actionDir: string | undefined;
    if (uses.startsWith('./')) {
      const rel = uses.slice(2);
      actionDir =
        existsSync(join(tollgateFiles(), rel, 'action.yml')) && rel.startsWith('actions/')
          ? join(tollgateFiles(), rel)
          : join(job.workspace, rel);
      s.kind = `local:${rel}`;
    } else if (parts.length >= 3 && isTollgate(parts[0] ?? '', parts[1] ?? '')) {
      actionDir = join(tollgateFiles(), parts.slice(2).join('/'));
      s.kind = `tollgate:${parts.slice(2).join('/')}`;
      env.GITHUB_ACTION_REPOSITORY = `${parts[0]}/${parts[1]}`;
      env.GITHUB_ACTION_REF = version;
    } else {
      const name = parts.slice(0, 2).join('/');
      const emulation = THIRD_PARTY[name];
      if (!emulation || parts.length > 2)
        throw new Error(
          `unknown action ${uses}: the emulator has no emulation of it (known: ${Object.keys(THIRD_PARTY).join(', ')}, and Tollgate's own)`,
        );
      s.kind = `emulated:${name}`;
      s.inputs = withs;
      const r = emulation(withs, {
        job: job.jobId,
        workspace: job.workspace,
        repo: o.repo,
        commit,
        ref,
        repository,
        store,
        uploaded: job.report.artifacts,
        setupNode: job.setupNode,
        node: { path: node, version: nodeVersion() },
        toolCache,
      });
      Object.assign(s.outputs, r.outputs);
      s.log = r.log.join('\n');
      job.addPath(...(r.path ?? []));
      return;
    }
    const metaFile = ['action.yml', 'action.yaml']
      .map((f) => join(actionDir, f))
      .find((f) => existsSync(f));
    if (!metaFile)
      throw new Error(
        `Can't find 'action.yml' or 'action.yaml' under '${actionDir}'. Did you forget to run actions/checkout before running your local action?`,
      );
    const meta = parse(readFileSync(metaFile, 'utf8')) as {
      inputs?: Record<string, { default?: unknown; required?: boolean }>;
      runs?: { using?: string; main?: string };
    };
    const using = meta.runs?.using ?? '';
    if (!/^node(20|24)$/.test(using) || !meta.runs?.main)
      throw new Error(
        `${uses}: runs.using ${using} is not emulated (only node20 and node24 actions)`,
      );
    const declared = meta.inputs ?? {};
    const unexpected = Object.keys(withs).filter((k) => !(k in declared));
    if (unexpected.length)
      s.annotations.push({
        level: 'warning',
        message: `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${Object.keys(declared).join("', '")}']`,
      });
    const inputs: Record<string, string> = {};
    for (const [k, def] of Object.entries(declared))
      inputs[k] = k in withs ? (withs[k] ?? '') : evalString(asString(def?.default), sctx);
    for (const [k, v] of Object.entries(withs)) inputs[k] = v;
    s.inputs = inputs;
    for (const [k, v] of Object.entries(inputs))
      env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
    env.GITHUB_ACTION_PATH = actionDir;
    const r = await runProcess(node, [join(actionDir, meta.runs.main)], {
      cwd: job.workspace,
      env,
      masks: job.masks,
      signal: job.signal,
    });
    s.log = r.log;
    s.annotations.push(...r.annotations);
    s.exitCode = r.exitCode;
    Object.assign(s.outputs, r.outputs);
    s.outcome = r.exitCode === 0 ? 'success' : 'failure';
  }

  try {
    const top: Scope = {
      prefix: '',
      workflow: o.workflow,
      raw: caller.raw,
      inputs: o.event.name === 'workflow_dispatch' ? (o.event.inputs ?? {}) : {},
      secrets: { ...(o.secrets ?? {}) },
      cap: undefined,
      jobWorkflowRef: workflowRef,
      env: {},
    };
    const done = await runJobs(caller.template.jobs, top);
    const all = [...done.values()].map((d) => d.result);
    const result: JobResultKind = all.includes('failure')
      ? 'failure'
      : cancelled
        ? 'cancelled'
        : 'success';
    return {
      result,
      jobs: reports,
      events,
      artifacts: store.artifacts,
      oidcRequests: oidc.requests,
      refused,
      workDir,
      job(id: string) {
        const j = reports.find((r) => r.id === id);
        if (!j)
          throw new Error(`no job ${id} in the run (jobs: ${reports.map((r) => r.id).join(', ')})`);
        return j;
      },
    };
  } finally {
    await results.close();
    await oidc.close();
    await proxy.close();
  }
}
