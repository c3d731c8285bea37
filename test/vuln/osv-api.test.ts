import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TollgateError } from '../../src/core/errors.js';
import { openVulnSource, purlOf, scanComponents, type Component } from '../../src/vuln/index.js';
import { startOsvDouble, type OsvDouble } from '../helpers/osv-server.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/osv');
const now = new Date('2026-11-26T12:00:00Z');
const comp = (ecosystem: string, name: string, version: string): Component => ({
  purl: purlOf(ecosystem, name, version),
  name,
  version,
  ecosystem,
});
const mixed = [
  comp('npm', 'lodash', '4.17.11'),
  comp('npm', 'lodash', '4.17.21'),
  comp('npm', 'minimist', '1.2.5'),
  comp('npm', 'express', '5.0.0-beta.1'),
  comp('npm', 'semver', '7.5.1'),
  comp('Debian:12', 'glibc', '2.36-9+deb12u1'),
  comp('Debian:12', 'openssl', '3.0.13-1~deb12u1'),
  comp('Debian:12', 'zlib', '1:1.2.13.dfsg-1'),
];

let osv: OsvDouble;
let paged: OsvDouble;
beforeAll(async () => {
  osv = await startOsvDouble(FIXTURES);
  paged = await startOsvDouble(FIXTURES, { pageSize: 1 });
});
afterAll(async () => {
  await osv.close();
  await paged.close();
});
const fast = { backoffMs: 5 };

describe('OSV API source', () => {
  it('gives the same findings as the folder of the same records', async () => {
    const fromApi = await scanComponents(mixed, openVulnSource(osv.url, fast), { now });
    const fromFolder = await scanComponents(mixed, openVulnSource(FIXTURES), { now });
    expect(fromApi.length).toBeGreaterThanOrEqual(6);
    expect(fromApi).toEqual(fromFolder);
    // querybatch answers ids only: each record was then fetched by id, once.
    const gets = osv.requests.filter((r) => r.method === 'GET').map((r) => r.path);
    expect(gets.sort()).toEqual([...new Set(gets)].sort());
    expect(gets).toContain('/v1/vulns/GHSA-jf85-cpcp-j695');
  });

  it('follows next_page_token until every page is read', async () => {
    const glibc = [comp('Debian:12', 'glibc', '2.36-9+deb12u1')];
    const found = await scanComponents(glibc, openVulnSource(paged.url, fast), { now });
    expect(found.map((f) => f.id)).toEqual(['DSA-5514-1', 'DSA-5611-1']);
    expect(paged.requests.filter((r) => r.path === '/v1/querybatch')).toHaveLength(2);
  });

  it('sends at most 1000 queries per batch', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => comp('npm', `pkg-${i}`, '1.0.0'));
    const before = osv.requests.length;
    expect(await scanComponents(many, openVulnSource(osv.url, fast), { now })).toEqual([]);
    const batches = osv.requests.slice(before).filter((r) => r.path === '/v1/querybatch');
    expect(batches.map((b) => [b.status, b.queries])).toEqual([
      [200, 1000],
      [200, 1],
    ]);
  });

  it('retries 5xx: 500 twice, then 200, works', async () => {
    osv.failNext('/v1/querybatch', 2, 500);
    osv.failNext('/v1/vulns/GHSA-xvch-5gv4-984h', 1, 503);
    const before = osv.requests.length;
    const found = await scanComponents(
      [comp('npm', 'minimist', '1.2.5')],
      openVulnSource(osv.url, fast),
      { now },
    );
    expect(found.map((f) => f.id)).toEqual(['GHSA-xvch-5gv4-984h']);
    const seen = osv.requests.slice(before).map((r) => `${r.status} ${r.method} ${r.path}`);
    expect(seen).toEqual([
      '500 POST /v1/querybatch',
      '500 POST /v1/querybatch',
      '200 POST /v1/querybatch',
      '503 GET /v1/vulns/GHSA-xvch-5gv4-984h',
      '200 GET /v1/vulns/GHSA-xvch-5gv4-984h',
    ]);
  });

  it('an API that always answers 500 gives a clear error naming the URL', async () => {
    osv.failNext('/v1/querybatch', 4, 500);
    const err = await scanComponents(
      [comp('npm', 'lodash', '4.17.11')],
      openVulnSource(osv.url, { backoffMs: 5, retries: 3 }),
      {
        now,
      },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TollgateError);
    expect((err as TollgateError).message).toBe(
      `OSV API ${osv.url}/v1/querybatch answered 500: Internal error. (gave up after 4 attempts)`,
    );
    expect((err as TollgateError).exitCode).toBe(2);
    expect((err as TollgateError).hint).toMatch(/folder of OSV records/);
  });

  it('an unreachable API is an error naming the URL, after retries', async () => {
    const dead = `http://127.0.0.1:${await closedPort()}`;
    await expect(
      scanComponents(
        [comp('npm', 'lodash', '4.17.11')],
        openVulnSource(dead, { backoffMs: 1, retries: 1 }),
        { now },
      ),
    ).rejects.toThrow(
      new RegExp(`OSV API ${dead}/v1/querybatch could not be reached .*gave up after 2 attempts`),
    );
  });
});

describe('OSV API double', () => {
  const post = (body: string) =>
    fetch(`${osv.url}/v1/querybatch`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    });

  it('validates request bodies like the real API', async () => {
    for (const body of [
      '{not json',
      '{}',
      '{"queries":[{"version":"1.0.0"}]}',
      '{"queries":[{"package":{"name":"lodash"},"version":"1.0.0"}]}',
      '{"queries":[{"package":{"purl":"pkg:npm/lodash@4.17.11"},"version":"4.17.11"}]}',
    ]) {
      const res = await post(body);
      expect(res.status, body).toBe(400);
      expect(((await res.json()) as { code: number }).code).toBe(3);
    }
    expect((await fetch(`${osv.url}/v1/vulns/GHSA-none`)).status).toBe(404);
  });

  it('answers ids only, {} for no match, and accepts purl queries', async () => {
    const res = await post(
      JSON.stringify({
        queries: [
          { package: { purl: 'pkg:npm/lodash@4.17.11' } },
          { package: { name: 'lodash', ecosystem: 'npm' }, version: '4.17.21' },
        ],
      }),
    );
    expect(await res.json()).toEqual({
      results: [{ vulns: [{ id: 'GHSA-jf85-cpcp-j695', modified: '2023-09-05T22:24:55Z' }] }, {}],
    });
  });
});

async function closedPort(): Promise<number> {
  const { createServer } = await import('node:net');
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((ok) => s.close(() => ok()));
  return port;
}
