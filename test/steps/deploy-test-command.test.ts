import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TollgateError } from '../../src/core/errors.js';
import { deployTest, tearDownDeployments } from '../../src/steps/deploy-test/index.js';
import { parseEnv } from '../../src/steps/deploy-test/options.js';
import { removeDir, stepContext, tempDir } from './step-context.js';

/** deploy-test's command target and its failures: the service is a real node process. */
let root: string;
beforeAll(async () => {
  root = await tempDir('deploy-command');
});
afterAll(async () => {
  await tearDownDeployments(['a', 'b', 'c'].map((d) => join(root, d)));
  await removeDir(root);
});

const groupAlive = (pid: number) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};
const pidIn = (lines: string[]) =>
  Number(/as process group (\d+)/.exec(lines.join('\n'))?.[1] ?? NaN);

describe('deploy-test with the command target', () => {
  it('fails a health check with the last answer and tears the service down at once', async () => {
    const out = join(root, 'a');
    const server = `require('http').createServer((q, s) => { s.writeHead(503); s.end('warming up') }).listen(Number(process.env.PORT), '127.0.0.1')`;
    const ctx = stepContext('deploy-test', root, out, {
      target: 'command',
      command: `exec node -e "${server}"`,
      'health-timeout': '1.5',
    });
    const result = await deployTest.run(ctx);
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(
      /^health check http:\/\/127\.0\.0\.1:\d+\/healthz failed after \d\.\d s: HTTP 503: warming up/,
    );
    const pid = pidIn(ctx.lines);
    expect(pid).toBeGreaterThan(0);
    expect(groupAlive(pid)).toBe(false);
    expect(existsSync(join(out, 'teardown.json'))).toBe(false);
    expect(existsSync(join(out, 'deployment.json'))).toBe(false);
    expect(result.attestations).toEqual([]);
  });

  it('stops waiting when the command exits, and shows its output', async () => {
    const out = join(root, 'b');
    const ctx = stepContext('deploy-test', root, out, {
      target: 'command',
      command: 'echo "cannot open config.yml" >&2; exit 3',
      'health-timeout': '30',
    });
    // A missed exit would end in the health check's timeout, without the command's code.
    const result = await deployTest.run(ctx);
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(
      /the command exited with code 3 .*service output: cannot open config\.yml/,
    );
  });

  it('passes PORT, BASE_URL and the env input to a healthy service', async () => {
    const out = join(root, 'c');
    const server = `require('http').createServer((q, s) => s.end(process.env.GREETING + ' ' + process.env.BASE_URL)).listen(Number(process.env.PORT), '127.0.0.1')`;
    const ctx = stepContext('deploy-test', root, out, {
      target: 'command',
      command: `node -e "${server}"`,
      env: 'GREETING=hello\nLOG_LEVEL=debug',
      'health-path': '/',
    });
    const result = await deployTest.run(ctx);
    expect(result.status, result.reason).toBe('passed');
    expect(result.products).toEqual([]); // nothing built: the commit is the subject
    const url = result.reason!.split(' at ')[1]!;
    expect(await (await fetch(url)).text()).toBe(`hello ${url}`);
    await tearDownDeployments([out]);
    expect(groupAlive(pidIn(ctx.lines))).toBe(false);
  });

  it('names a bad input and how to fix it', async () => {
    const run = (inputs: Record<string, string>) =>
      deployTest.run(stepContext('deploy-test', root, join(root, 'd'), inputs));
    await expect(run({ target: 'nomad' })).rejects.toThrow(
      /target is "nomad"; expected one of podman, kubernetes, command/,
    );
    await expect(run({ target: 'command' })).rejects.toThrow(TollgateError);
    expect(() => parseEnv('GREETING hello')).toThrow(
      /env entry "GREETING hello" is not NAME=value/,
    );
    expect(parseEnv('A=1,B=x=y')).toEqual({ A: '1', B: 'x=y' });
  });
});
