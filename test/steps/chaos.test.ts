import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chaos, RESULT_FILE, TIMELINE_FILE } from '../../src/steps/chaos/index.js';
import { deployTest, tearDownDeployments } from '../../src/steps/deploy-test/index.js';
import { removeDir, stepContext, tempDir } from './step-context.js';

/**
 * chaos against real services started by deploy-test's command target: one that comes back
 * after every fault, and one that refuses to start a second time (it never recovers from the
 * restart fault). Short runs (4 s) with thresholds for a busy 2-core machine.
 */
const SERVER = `require('http').createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), '127.0.0.1')`;
// Answers 500 to every fifth request: broken whatever the faults do.
const FLAKY = `let n = 0; require('http').createServer((q, s) => { s.statusCode = ++n % 5 ? 200 : 500; s.end('x') }).listen(Number(process.env.PORT), '127.0.0.1')`;
const ONCE = `const fs = require('fs'); if (fs.existsSync('started')) { console.error('already started once: refusing'); process.exit(1) } fs.writeFileSync('started', ''); ${SERVER}`;

let root: string;
beforeAll(async () => {
  root = await tempDir('chaos');
});
afterAll(async () => {
  await tearDownDeployments(
    ['healthy', 'once', 'defaults', 'flaky'].map((d) => join(root, d, 'reports', 'deploy-test')),
  );
  await removeDir(root);
});

async function deployAndChaos(name: string, script: string, inputs: Record<string, string>) {
  const repo = join(root, name);
  const reports = join(repo, 'reports');
  const deployed = await deployTest.run(
    stepContext('deploy-test', repo, join(reports, 'deploy-test'), {
      target: 'command',
      command: `exec node -e "${script}"`,
      'health-path': '/',
    }),
  );
  expect(deployed.status, deployed.reason).toBe('passed');
  const ctx = stepContext('chaos', repo, join(reports, 'chaos'), {
    duration: '4',
    rps: '20',
    path: '/',
    ...inputs,
  });
  const result = await chaos.run(ctx);
  const out = join(reports, 'chaos');
  const json = JSON.parse(await readFile(join(out, RESULT_FILE), 'utf8')) as {
    requests: number;
    availability: number;
    recoveries: { kind: string; recoveryMs: number | null }[];
  };
  const svg = await readFile(join(out, TIMELINE_FILE), 'utf8');
  return { result, json, svg };
}

describe('chaos', () => {
  it('passes a service that recovers from every fault', async () => {
    const { result, json, svg } = await deployAndChaos('healthy', SERVER, {
      faults: 'restart,latency,reset,drop,cpu',
      'min-availability': '0.5',
      'max-error-rate': '0.1',
      'max-recovery-seconds': '5',
    });
    expect(result.status, result.reason).toBe('passed');
    expect(json.recoveries.map((r) => r.kind)).toEqual([
      'restart',
      'latency',
      'reset',
      'drop',
      'cpu',
    ]);
    expect(json.recoveries.every((r) => r.recoveryMs !== null && r.recoveryMs <= 5000)).toBe(true);
    // The faults did bite: the reset window alone refuses about half its connections.
    expect(json.availability).toBeLessThan(1);
    expect(json.requests).toBeGreaterThanOrEqual(70);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('data-kind="reset"');
    expect(svg).toContain('class="error"');
    expect(result.metrics?.availability).toBe(json.availability);
  });

  it('default SLOs: a healthy service meets them under reset and drop faults, a broken one does not', async () => {
    // Only the run is shortened; availability, error rate and recovery keep their defaults.
    const healthy = await deployAndChaos('defaults', SERVER, { faults: 'reset,drop' });
    expect(healthy.result.status, healthy.result.reason).toBe('passed');
    const j = healthy.json as typeof healthy.json & { injected: number };
    // The proxy's own resets and drops are not held against the service.
    expect(j.injected).toBeGreaterThan(0);
    expect(j.availability).toBe(1);

    const broken = await deployAndChaos('flaky', FLAKY, { faults: 'latency' });
    expect(broken.result.status).toBe('failed');
    expect(broken.result.reason).toMatch(/availability \d+\.\d+% .* is below the minimum 95\.00%/);
    expect(broken.result.reason).toMatch(
      /error rate outside faults \d+\.\d+% .* above the maximum 1\.00%/,
    );
  });

  it('fails a service that does not come back after a restart, with the reason', async () => {
    const { result, json, svg } = await deployAndChaos('once', ONCE, {
      duration: '3',
      faults: 'restart',
      'max-recovery-seconds': '1',
    });
    expect(result.status).toBe('failed');
    expect(result.failure).toBe('findings');
    expect(result.reason).toMatch(
      /the service did not recover after restart \(restarted process group \d+ → \d+\)/,
    );
    expect(result.reason).toMatch(
      /availability \d+\.\d+% \(\d+ of \d+ requests\) is below the minimum 95\.00%/,
    );
    expect(json.recoveries).toEqual([
      expect.objectContaining({ kind: 'restart', recoveryMs: null }),
    ]);
    expect(svg).toContain('restart (no recovery)');
    const predicate = result.attestations[0]!.predicate as { findings: { ruleId: string }[] };
    expect(predicate.findings.map((f) => f.ruleId)).toContain('chaos/recovery');
    // The restart did run the command again, which refused to serve.
    const log = await readFile(join(root, 'once', 'reports', 'deploy-test', 'service.log'), 'utf8');
    expect(log).toContain('already started once: refusing');
  });

  it('fails at once, saying so, when the deployment has gone', async () => {
    const server = createServer().listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    server.close();
    await once(server, 'close');
    const ctx = stepContext('chaos', root, join(root, 'gone', 'chaos'), {
      'base-url': `http://127.0.0.1:${port}`,
      duration: '2',
      faults: '',
    });
    const result = await chaos.run(ctx);
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(
      new RegExp(`^nothing answers at http://127\\.0\\.0\\.1:${port}/ \\(ECONNREFUSED\\)`),
    );
  });
});
