import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/attest/predicates/builders.js';
import type { StepResult } from '../../src/steps/types.js';
import { selfSignedCert } from '../fixtures/per-pr/tls-cert.js';
import { startTlsFixture, startWebFixture, type Fixture } from '../fixtures/per-pr/web-server.js';
import { runStep, scratch } from './build-helpers.js';

const findingsOf = (r: StepResult) => (r.attestations[0]?.predicate.findings ?? []) as Finding[];

/**
 * nmap's version detection waits about 11 s for an HTTP service it has no signature for (22 s
 * over TLS), so
 * the scans run once, side by side, in beforeAll; the tests then look at their results.
 */
describe('infra-scan', () => {
  let app: Fixture;
  let extra: Fixture;
  let weakTls: Fixture;
  const dirs: ReturnType<typeof scratch>[] = [];
  const results: Record<string, StepResult & { log: string[]; dir: string }> = {};
  const run = async (name: string, inputs: Record<string, string>, deployment?: object) => {
    const d = scratch();
    dirs.push(d);
    if (deployment) {
      mkdirSync(join(d.reports, 'deploy-test'), { recursive: true });
      writeFileSync(join(d.reports, 'deploy-test', 'deployment.json'), JSON.stringify(deployment));
    }
    results[name] = {
      ...(await runStep('infra-scan', d.repo, d.reports, inputs)),
      dir: d.reports,
    };
  };

  beforeAll(async () => {
    app = await startWebFixture('clean');
    extra = await startWebFixture('clean'); // the planted second listener
    weakTls = await startTlsFixture(await selfSignedCert(), true);
    await Promise.all([
      // the clean deployment, found through deploy-test's deployment.json
      run(
        'clean',
        {},
        {
          baseUrl: app.url,
          host: '127.0.0.1',
          ports: [app.port],
          declaredPorts: [app.port],
          target: 'command',
        },
      ),
      run('extra', {
        host: '127.0.0.1',
        ports: `${app.port},${extra.port}`,
        'declared-ports': String(app.port),
      }),
      run('tls', {
        host: '127.0.0.1',
        ports: String(weakTls.port),
        'declared-ports': String(weakTls.port),
        // intensity 0: ssl-enum-ciphers still runs; an unknown service over TLS would
        // otherwise cost nmap about 22 s of probes
        'version-intensity': '0',
      }),
    ]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([app, extra, weakTls].map((f) => f?.close()));
    for (const d of dirs) d.cleanup();
  });

  it('passes the clean deployment: its one declared port is the only open one', () => {
    const r = results.clean!;
    expect(findingsOf(r)).toEqual([]);
    expect(r.status).toBe('passed');
    expect(r.log.join('\n')).toContain(`open: ${app.port}/tcp`);
    expect(readFileSync(join(r.dir, 'infra-scan', 'nmap.xml'), 'utf8')).toContain('<nmaprun');
  });

  it('fails on a second listener on an undeclared port, naming the port', () => {
    const r = results.extra!;
    expect(r.status).toBe('failed');
    const f = findingsOf(r).filter((x) => x.ruleId === 'TG-INFRA-001');
    expect(f).toHaveLength(1);
    expect(f[0]!.location?.path).toBe(`tcp://127.0.0.1:${extra.port}`);
    expect(f[0]!.message).toContain(`port ${extra.port} is open but not declared`);
    expect(r.reason).toContain(`tcp://127.0.0.1:${extra.port}`);
  });

  it('fails on TLS 1.0 and 1.1 offered, as nmap ssl-enum-ciphers reports them', () => {
    const r = results.tls!;
    expect(r.status).toBe('failed');
    const f = findingsOf(r).find((x) => x.ruleId === 'TG-INFRA-003');
    expect(f?.message).toMatch(/TLSv1\.0, TLSv1\.1 offered/);
  });

  it('fails, rather than passing "open ports: none", when the deployment has gone', async () => {
    const gone = await startWebFixture('clean');
    await gone.close();
    const d = scratch();
    dirs.push(d);
    mkdirSync(join(d.reports, 'deploy-test'), { recursive: true });
    writeFileSync(
      join(d.reports, 'deploy-test', 'deployment.json'),
      JSON.stringify({
        baseUrl: gone.url,
        host: '127.0.0.1',
        ports: [gone.port],
        declaredPorts: [gone.port],
        target: 'podman',
      }),
    );
    const r = await runStep('infra-scan', d.repo, d.reports, {});
    expect(r.status).toBe('failed');
    expect(r.reason).toBe(
      `nothing answers at 127.0.0.1 port ${gone.port} (${gone.port}: ECONNREFUSED): the deployment has gone or never came up, so there is nothing to test`,
    );
    // Named ports of the inputs are checked the same way.
    const named = await runStep('infra-scan', d.repo, d.reports, {
      host: '127.0.0.1',
      ports: String(gone.port),
      'declared-ports': String(gone.port),
    });
    expect(named.status).toBe('failed');
    expect(named.reason).toMatch(/^nothing answers at 127\.0\.0\.1 port/);
  });

  it('fails with exit-code-2 errors on bad input, before running nmap', async () => {
    const d = scratch();
    dirs.push(d);
    const bad = await runStep('infra-scan', d.repo, d.reports, {
      host: '127.0.0.1',
      ports: '-sS',
      'declared-ports': '80',
    });
    expect(bad.reason).toMatch(/ports "-sS" is not a port list/);
    const none = await runStep('infra-scan', d.repo, d.reports, {});
    expect(none.reason).toMatch(/no output of the deploy-test step/);
  });
});
