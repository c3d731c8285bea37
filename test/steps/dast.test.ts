import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/attest/predicates/builders.js';
import { runStep, scratch } from './build-helpers.js';
import { selfSignedCert } from '../fixtures/per-pr/tls-cert.js';
import { startTlsFixture, startWebFixture, type Fixture } from '../fixtures/per-pr/web-server.js';

const SPEC = join(import.meta.dirname, '..', 'fixtures', 'per-pr', 'openapi.json');

const findingsOf = (r: { attestations: { predicate: Record<string, unknown> }[] }) =>
  (r.attestations[0]?.predicate.findings ?? []) as Finding[];
const sarifOf = (reports: string) =>
  JSON.parse(readFileSync(join(reports, 'dast', 'dast.sarif'), 'utf8')) as {
    runs: {
      tool: { driver: { name: string } };
      results: {
        ruleId: string;
        locations?: { physicalLocation: { artifactLocation: { uri: string } } }[];
      }[];
    }[];
  };

describe('dast', () => {
  const fx: Record<string, Fixture> = {};
  const dirs = [] as ReturnType<typeof scratch>[];
  // The spec sits in the repository: file inputs are read only inside it.
  const dir = () => {
    const d = scratch();
    dirs.push(d);
    mkdirSync(d.repo, { recursive: true });
    writeFileSync(join(d.repo, 'fixture-spec.json'), readFileSync(SPEC));
    return d;
  };

  beforeAll(async () => {
    fx.clean = await startWebFixture('clean');
    fx.missing = await startWebFixture('missing-headers');
    fx.xss = await startWebFixture('xss');
    const cert = await selfSignedCert();
    fx.tls = await startTlsFixture(cert);
    fx.weakTls = await startTlsFixture(cert, true);
  });
  afterAll(async () => {
    await Promise.all(Object.values(fx).map((f) => f.close()));
    for (const d of dirs) d.cleanup();
  });

  it('passes on the clean service: no passive finding, wapiti attacked and found nothing', async () => {
    const d = dir();
    const r = await runStep('dast', d.repo, d.reports, {
      'base-url': fx.clean!.url,
      'openapi-path': 'fixture-spec.json',
      'fail-on': 'low',
    });
    expect(findingsOf(r)).toEqual([]);
    expect(r.status).toBe('passed');
    expect(sarifOf(d.reports).runs.map((x) => x.tool.driver.name)).toEqual([
      'tollgate-dast',
      'wapiti',
    ]);
    // wapiti really ran against the service: its report names the target
    const wapiti = JSON.parse(readFileSync(join(d.reports, 'dast', 'wapiti.json'), 'utf8'));
    expect(wapiti.infos.target).toBe(fx.clean!.url);
    expect(r.log.join('\n')).toMatch(/passive checks of 5 URL\(s\)/); // /, healthz, 2 GETs of the spec, 404
  });

  it('fails on missing security headers, naming rule and URL', async () => {
    const d = dir();
    const r = await runStep('dast', d.repo, d.reports, {
      'base-url': fx.missing!.url,
      active: 'false',
      'fail-on': 'medium',
    });
    expect(r.status).toBe('failed');
    const f = findingsOf(r);
    const at = (id: string) => f.filter((x) => x.ruleId === id).map((x) => x.location?.path);
    expect(at('TG-DAST-002')).toEqual([fx.missing!.url]); // CSP, only the HTML page
    expect(at('TG-DAST-004')).toEqual([fx.missing!.url]);
    expect(at('TG-DAST-005')).toEqual([fx.missing!.url]);
    expect(r.reason).toMatch(/TG-DAST-00[24] \(medium\) in http:\/\/127\.0\.0\.1:\d+\//);
    // the SARIF location is the URL itself, not a mangled file path
    const uris = sarifOf(d.reports).runs[0]!.results.map(
      (x) => x.locations?.[0]?.physicalLocation.artifactLocation.uri,
    );
    expect(uris).toContain(fx.missing!.url);
  });

  it('fails on the reflected XSS that wapiti (not the passive checks) finds', async () => {
    const d = dir();
    const r = await runStep('dast', d.repo, d.reports, {
      'base-url': fx.xss!.url,
      'openapi-path': 'fixture-spec.json',
    });
    expect(r.status).toBe('failed');
    const sarif = sarifOf(d.reports);
    expect(sarif.runs[0]!.results).toEqual([]); // headers of the xss variant are clean
    const wapiti = sarif.runs.find((x) => x.tool.driver.name === 'wapiti')!;
    expect(wapiti.results.map((x) => x.ruleId)).toContain('WAPITI-CROSS-SITE-SCRIPTING');
    const xss = findingsOf(r).find((x) => x.ruleId === 'WAPITI-CROSS-SITE-SCRIPTING')!;
    expect(xss).toMatchObject({ severity: 'high', location: { path: `${fx.xss!.url}search` } });
    expect(xss.message).toMatch(/parameter q/);
  });

  it('finds the deployment in the deployment.json of deploy-test', async () => {
    const d = dir();
    mkdirSync(join(d.reports, 'deploy-test'), { recursive: true });
    writeFileSync(
      join(d.reports, 'deploy-test', 'deployment.json'),
      JSON.stringify({
        baseUrl: fx.clean!.url,
        host: '127.0.0.1',
        ports: [fx.clean!.port],
        declaredPorts: [fx.clean!.port],
        target: 'command',
      }),
    );
    const r = await runStep('dast', d.repo, d.reports, { active: 'false', 'fail-on': 'low' });
    expect(r.status).toBe('passed');
    expect(r.log.join('\n')).toContain(`scanning ${fx.clean!.url}`);
  });

  it('fails, naming the URL, when nothing answers or nothing says where to look', async () => {
    const d = dir();
    const closed = await startWebFixture('clean');
    await closed.close();
    const r = await runStep('dast', d.repo, d.reports, { 'base-url': closed.url, active: 'false' });
    expect(r.status).toBe('failed');
    expect(r.reason).toMatch(new RegExp(`dast could not GET ${closed.url}.*ECONNREFUSED`));
    const none = await runStep('dast', d.repo, d.reports, {});
    expect(none.reason).toMatch(/deploy-test.*deployment\.json/);
  });

  it('checks TLS with sslscan over https: passes strong TLS, fails TLS 1.0', async () => {
    const d = dir();
    const good = await runStep('dast', d.repo, d.reports, {
      'base-url': fx.tls!.url,
      active: 'false',
      'fail-on': 'low',
    });
    expect(findingsOf(good)).toEqual([]);
    expect(good.status).toBe('passed');
    const e = dir();
    const weak = await runStep('dast', e.repo, e.reports, {
      'base-url': fx.weakTls!.url,
      active: 'false',
    });
    expect(weak.status).toBe('failed');
    const tls = findingsOf(weak).find((x) => x.ruleId === 'TG-TLS-001')!;
    expect(tls.message).toMatch(/TLS 1\.0, TLS 1\.1 enabled/);
    expect(existsSync(join(e.reports, 'dast', 'sslscan.xml'))).toBe(true);
  });
});
