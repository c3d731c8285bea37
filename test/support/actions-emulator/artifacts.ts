import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';

/**
 * The artifacts of one workflow run, kept as folders in a local store. Filled by the emulated
 * upload-artifact, and by actions that use @actions/artifact through the results service
 * below (Twirp CreateArtifact/FinalizeArtifact plus a blob endpoint that takes the zip).
 */
export interface Artifact {
  id: number;
  name: string;
  /** Folder holding the artifact's files. */
  dir: string;
  /** Paths inside the artifact, POSIX, sorted. */
  files: string[];
  /** The job that uploaded it. */
  job: string;
}

const listFiles = (dir: string, base = dir): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? listFiles(join(dir, e.name), base) : [relative(base, join(dir, e.name))],
    )
    .map((p) => p.split('\\').join('/'))
    .sort();

export class ArtifactStore {
  readonly artifacts: Artifact[] = [];
  private nextId = 1;
  private readonly root: string;
  constructor(root: string) {
    this.root = root;
    mkdirSync(root, { recursive: true });
  }

  find(name: string): Artifact | undefined {
    return this.artifacts.find((a) => a.name === name);
  }

  /** Adds an artifact from a list of files relative to `rootDir`; names are unique per run. */
  add(name: string, job: string, fill: (dir: string) => void, overwrite = false): Artifact {
    const existing = this.find(name);
    if (existing && !overwrite)
      throw new Error(
        `Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run`,
      );
    if (existing) this.artifacts.splice(this.artifacts.indexOf(existing), 1);
    const id = this.nextId++;
    const dir = join(this.root, String(id));
    mkdirSync(dir, { recursive: true });
    fill(dir);
    const artifact = { id, name, dir, files: listFiles(dir), job };
    this.artifacts.push(artifact);
    return artifact;
  }

  /** Copies an artifact's files into `target`. */
  extract(artifact: Artifact, target: string): void {
    mkdirSync(target, { recursive: true });
    cpSync(artifact.dir, target, { recursive: true });
  }
}

interface Pending {
  name: string;
  job: string;
  blob?: Buffer;
  blocks: Map<string, Buffer>;
}

const body = (req: IncomingMessage) =>
  new Promise<Buffer>((ok, ko) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => ok(Buffer.concat(parts)));
    req.on('error', ko);
  });

export interface ResultsService {
  /** ACTIONS_RESULTS_URL */
  url: string;
  /** ACTIONS_RUNTIME_TOKEN for a job: its backend ids are in the `scp` claim, as on GitHub. */
  tokenFor(job: string): string;
  close(): Promise<void>;
}

/**
 * The part of GitHub's results service that @actions/artifact v2+ talks to for uploads.
 * The runtime token is an unsigned JWT whose `scp` names `Actions.Results:<run>:<job>`; the
 * job id is used to attribute the artifact.
 */
export async function startResultsService(
  store: ArtifactStore,
  scratch: string,
): Promise<ResultsService> {
  const pending = new Map<string, Pending>();
  const jobs = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      const raw = await body(req);
      const url = new URL(req.url ?? '/', 'http://x');
      const reply = (status: number, value: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(value === undefined ? '' : JSON.stringify(value));
      };
      const twirp = url.pathname.match(
        /^\/twirp\/github\.actions\.results\.api\.v1\.ArtifactService\/(\w+)$/,
      );
      if (twirp && req.method === 'POST') {
        const msg = JSON.parse(raw.toString('utf8') || '{}') as Record<string, string>;
        const job = jobs.get(msg.workflow_job_run_backend_id ?? '') ?? 'unknown';
        const key = `${msg.workflow_job_run_backend_id}/${msg.name}`;
        switch (twirp[1]) {
          case 'CreateArtifact': {
            if (store.find(msg.name ?? ''))
              return reply(409, {
                code: 'already_exists',
                msg: 'an artifact with this name already exists on the workflow run',
              });
            pending.set(key, { name: msg.name ?? '', job, blocks: new Map() });
            const blobUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/devstoreaccount1/artifacts/${encodeURIComponent(key)}?sig=emulated`;
            return reply(200, { ok: true, signed_upload_url: blobUrl });
          }
          case 'FinalizeArtifact': {
            const p = pending.get(key);
            if (!p?.blob) return reply(404, { code: 'not_found', msg: 'artifact not uploaded' });
            pending.delete(key);
            const zip = join(
              scratch,
              `upload-${Date.now()}-${Math.random().toString(16).slice(2)}.zip`,
            );
            writeFileSync(zip, p.blob);
            const a = store.add(p.name, p.job, (dir) =>
              execFileSync('unzip', ['-q', '-o', zip, '-d', dir]),
            );
            return reply(200, { ok: true, artifact_id: String(a.id) });
          }
          default:
            return reply(501, {
              code: 'unimplemented',
              msg: `the emulator does not implement ${twirp[1]}`,
            });
        }
      }
      const blob = url.pathname.match(/^\/devstoreaccount1\/artifacts\/(.+)$/);
      if (blob && req.method === 'PUT') {
        const p = pending.get(decodeURIComponent(blob[1] ?? ''));
        if (!p) return reply(404, undefined);
        const comp = url.searchParams.get('comp');
        const common = {
          'x-ms-request-id': 'emulated',
          'x-ms-version': '2025-01-05',
          etag: '"0x1"',
          'last-modified': new Date().toUTCString(),
        };
        if (comp === 'block') {
          p.blocks.set(url.searchParams.get('blockid') ?? '', raw);
          return reply(201, undefined, common);
        }
        if (comp === 'blocklist') {
          const ids = [
            ...raw.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)</g),
          ].map((m) => m[1] ?? '');
          p.blob = Buffer.concat(ids.map((id) => p.blocks.get(id) ?? Buffer.alloc(0)));
          return reply(201, undefined, common);
        }
        p.blob = raw;
        return reply(201, undefined, common);
      }
      reply(404, {
        message: `the emulator's results service has no ${req.method} ${url.pathname}`,
      });
    })().catch((e: unknown) => {
      res.writeHead(500);
      res.end(String(e));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  let n = 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    tokenFor(job) {
      const backend = `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
      jobs.set(backend, job);
      const enc = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
      return `${enc({ alg: 'none', typ: 'JWT' })}.${enc({ scp: `Actions.GenericRead Actions.Results:11111111-1111-4111-8111-111111111111:${backend}` })}.`;
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** Size of the files an artifact holds, for reports. */
export const artifactSize = (a: Artifact) =>
  a.files.reduce((s, f) => s + statSync(join(a.dir, f)).size, 0);
