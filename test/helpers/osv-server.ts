import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { matchRecord, packageKey } from '../../src/vuln/affected.js';
import type { OsvRecord } from '../../src/vuln/types.js';

/**
 * A local stand-in for the OSV API (https://google.github.io/osv.dev/api/) on 127.0.0.1 over a
 * folder of OSV records. It speaks the two endpoints the real service offers for scanners:
 *
 * - `POST /v1/querybatch` `{queries: [{package: {name, ecosystem} | {purl}, version?, page_token?}]}`
 *   → `{results: [{vulns: [{id, modified}], next_page_token?}]}`, one result per query, `{}`
 *   when nothing matches; ids only, as the real API answers batches; at most 1000 queries;
 * - `GET /v1/vulns/{id}` → the full record, 404 for an unknown id.
 *
 * Like the real API it answers 400 `{code: 3, message}` to a body that is not JSON or lacks a
 * required field. Which records match a version is decided with the matcher's own ordering
 * code (the real service has its own; the double exists to test transport, batching, paging
 * and retries). `pageSize` makes it page results so that next_page_token is exercised.
 */
export interface OsvDoubleRequest {
  method: string;
  path: string;
  status: number;
  queries?: number;
}

export interface OsvDouble {
  url: string;
  requests: OsvDoubleRequest[];
  /** The next `times` requests whose path matches answer `status` (default 500). */
  failNext(path: string | RegExp, times: number, status?: number): void;
  close(): Promise<void>;
}

function readRecords(dir: string): OsvRecord[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.json'))
    .map((d) => JSON.parse(readFileSync(join(d.parentPath, d.name), 'utf8')) as OsvRecord);
}

const readBody = (req: IncomingMessage) =>
  new Promise<string>((ok, ko) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => ok(Buffer.concat(parts).toString('utf8')));
    req.on('error', ko);
  });

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** The ecosystem and name a query's purl stands for (the types the fixtures use). */
function fromPurl(purl: string): { ecosystem: string; name: string; version?: string } | undefined {
  const m = /^pkg:(npm|deb|pypi|golang|maven)\/([^@?#]+)(?:@([^?#]+))?/.exec(purl);
  if (!m) return undefined;
  const path = decodeURIComponent(m[2]!);
  const version = m[3] ? decodeURIComponent(m[3]) : undefined;
  const distro = /[?&]distro=debian-(\d+)/.exec(purl)?.[1];
  const eco = {
    npm: 'npm',
    pypi: 'PyPI',
    golang: 'Go',
    maven: 'Maven',
    deb: `Debian:${distro ?? ''}`,
  }[m[1]!]!;
  const name =
    m[1] === 'deb' ? path.split('/').pop()! : m[1] === 'maven' ? path.replace('/', ':') : path;
  return { ecosystem: eco, name, ...(version ? { version } : {}) };
}

export async function startOsvDouble(
  dir: string,
  opts: { pageSize?: number } = {},
): Promise<OsvDouble> {
  const records = readRecords(dir);
  const byId = new Map(records.map((r) => [r.id, r]));
  const byPackage = new Map<string, OsvRecord[]>();
  for (const r of records)
    for (const k of new Set(
      (r.affected ?? []).flatMap((a) =>
        a.package ? [packageKey(a.package.ecosystem, a.package.name)] : [],
      ),
    ))
      byPackage.set(k, [...(byPackage.get(k) ?? []), r]);
  const pageSize = opts.pageSize ?? 1000;
  const faults: { path: string | RegExp; times: number; status: number }[] = [];
  const requests: OsvDoubleRequest[] = [];
  const double = { requests } as OsvDouble;

  const answer = (raw: string): { status: number; body: unknown; queries?: number } => {
    const invalid = (message: string) => ({ status: 400, body: { code: 3, message } });
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return invalid('Invalid JSON payload received.');
    }
    if (!isObj(body) || !Array.isArray(body.queries)) return invalid('Invalid query.');
    if (body.queries.length > 1000) return invalid('Too many queries.');
    const results: Json[] = [];
    for (const q of body.queries) {
      if (!isObj(q) || !isObj(q.package)) return invalid('Invalid query.');
      const p = q.package;
      if (q.version !== undefined && typeof q.version !== 'string')
        return invalid('Invalid query.');
      if (q.page_token !== undefined && typeof q.page_token !== 'string')
        return invalid('Invalid page token.');
      let pkg: { ecosystem: string; name: string; version?: string } | undefined;
      if (typeof p.purl === 'string') {
        pkg = fromPurl(p.purl);
        if (!pkg) return invalid('Invalid Package URL.');
        if (pkg.version && q.version)
          return invalid('ambiguous query: version specified in both purl and version');
      } else if (
        typeof p.name === 'string' &&
        p.name &&
        typeof p.ecosystem === 'string' &&
        p.ecosystem
      ) {
        pkg = { ecosystem: p.ecosystem, name: p.name };
      } else return invalid('Invalid query.');
      const version = (q.version as string | undefined) ?? pkg.version;
      const candidates = byPackage.get(packageKey(pkg.ecosystem, pkg.name)) ?? [];
      const component = {
        purl: '',
        name: pkg.name,
        ecosystem: pkg.ecosystem,
        version: version ?? '',
      };
      const hits = candidates.filter(
        (r) => !r.withdrawn && (version === undefined || matchRecord(r, component)),
      );
      const offset = q.page_token ? Number(Buffer.from(q.page_token, 'base64url').toString()) : 0;
      if (!Number.isInteger(offset) || offset < 0) return invalid('Invalid page token.');
      const page = hits.slice(offset, offset + pageSize);
      results.push({
        ...(page.length ? { vulns: page.map((r) => ({ id: r.id, modified: r.modified })) } : {}),
        ...(offset + pageSize < hits.length
          ? { next_page_token: Buffer.from(String(offset + pageSize)).toString('base64url') }
          : {}),
      });
    }
    return { status: 200, body: { results }, queries: body.queries.length };
  };

  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      const method = req.method ?? 'GET';
      const send = (status: number, body: unknown, queries?: number) => {
        requests.push({ method, path, status, ...(queries !== undefined ? { queries } : {}) });
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const fault = faults.find(
        (f) => f.times > 0 && (typeof f.path === 'string' ? f.path === path : f.path.test(path)),
      );
      if (fault) {
        fault.times--;
        return send(fault.status, { code: 13, message: 'Internal error.' });
      }
      if (method === 'POST' && path === '/v1/querybatch') {
        const a = answer(raw);
        return send(a.status, a.body, a.queries);
      }
      const m = /^\/v1\/vulns\/([^/]+)$/.exec(path);
      if (method === 'GET' && m) {
        const r = byId.get(decodeURIComponent(m[1]!));
        return r ? send(200, r) : send(404, { code: 5, message: 'Bug not found.' });
      }
      send(404, { code: 5, message: 'Not Found' });
    })();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  double.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  double.failNext = (path, times, status = 500) => void faults.push({ path, times, status });
  double.close = () =>
    new Promise<void>((ok, ko) => {
      server.closeAllConnections();
      server.close((e) => (e ? ko(e) : ok()));
    });
  return double;
}
