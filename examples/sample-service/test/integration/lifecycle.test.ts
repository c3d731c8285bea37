// Start-up and shutdown: draining on SIGTERM, the grace period, the real entry point in a
// child process, and the container health probe.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import { request } from 'node:http';
import { describe, test } from 'node:test';
import { createLogger } from '../../src/logger.ts';
import { probe } from '../../src/probe.ts';
import { run, start } from '../../src/server.ts';
import { loadConfig } from '../../src/config.ts';

// A throwaway key made at run time: a literal here would read as a leaked credential.
const KEY = ['lifecycle', 'key', '0'.repeat(10)].join('-');
const quiet = () => {
  const lines: string[] = [];
  return { lines, log: createLogger({ write: (l) => lines.push(l) }) };
};

/** Starts a POST and sends only part of its body, so the request stays in flight. */
function slowPost(url: string) {
  const { port } = new URL(url);
  const req = request({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: '/items',
    headers: { 'content-type': 'application/json', 'x-api-key': KEY, 'content-length': '64' },
  });
  const response = new Promise<number>((resolve, reject) => {
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
  });
  req.write('{"sku":"SLOW-1",');
  return { req, response };
}

describe('lifecycle', () => {
  test('SIGTERM: stops accepting, finishes requests in flight, then resolves', async () => {
    const signals = new EventEmitter();
    const { lines, log } = quiet();
    const running = await run(
      { HOST: '127.0.0.1', PORT: '0', API_KEY: KEY },
      signals as unknown as NodeJS.Process,
      log,
    );
    assert.ok(running);
    const inFlight = slowPost(running.url);
    await new Promise((r) => setTimeout(r, 50));
    signals.emit('SIGTERM');
    await new Promise((r) => setTimeout(r, 50));
    await assert.rejects(fetch(`${running.url}/healthz`), 'new connections are refused');
    const rest = '"name":"Slow","quantity":1,"priceCents":1}';
    inFlight.req.end(rest.padEnd(64 - '{"sku":"SLOW-1",'.length, ' '));
    assert.equal(await inFlight.response, 201);
    await running.shutdown('again'); // the same promise; resolves once stopped
    const msgs = lines.map((l) => JSON.parse(l).msg);
    assert.ok(msgs.includes('shutting down') && msgs.includes('stopped'));
  });

  test('the grace period ends connections that do not finish', async () => {
    const { lines, log } = quiet();
    const config = {
      ...loadConfig({ API_KEY: KEY, SHUTDOWN_GRACE_MS: '200' }),
      host: '127.0.0.1',
      port: 0,
    };
    const running = await start(config, log);
    const stuck = slowPost(running.url);
    await new Promise((r) => setTimeout(r, 50));
    const began = Date.now();
    await running.shutdown('test');
    assert.ok(Date.now() - began >= 150, 'waited for the grace period');
    await assert.rejects(stuck.response);
    assert.ok(lines.some((l) => l.includes('grace period over')));
  });

  test('a port in use is reported, not thrown', async () => {
    const { log } = quiet();
    const first = await start({ ...loadConfig({}), host: '127.0.0.1', port: 0 }, log);
    const { port } = new URL(first.url);
    const { lines, log: log2 } = quiet();
    const second = await run(
      { HOST: '127.0.0.1', PORT: port },
      new EventEmitter() as unknown as NodeJS.Process,
      log2,
    );
    assert.equal(second, undefined);
    assert.ok(lines.some((l) => l.includes('cannot listen') && l.includes('EADDRINUSE')));
    await first.shutdown('test');
  });

  test('the entry point runs, logs JSON, answers, and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, ['src/main.ts'], {
      env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    const listening = new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (d: string) => {
        out += d;
        const hit = out
          .split('\n')
          .map((l) => (l ? JSON.parse(l) : {}))
          .find((e) => e.msg === 'listening');
        if (hit) resolve(hit.port);
      });
      child.once('exit', () => reject(new Error(`exited early: ${out}`)));
    });
    const port = await listening;
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    assert.equal(health.status, 200);
    assert.equal(await probe(`http://127.0.0.1:${port}/healthz`), true);
    const post = await fetch(`http://127.0.0.1:${port}/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': 'anything-long-enough' },
      body: '{}',
    });
    assert.equal(post.status, 401, 'no API_KEY configured: mutations refused');

    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
    const entries = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.ok(entries.every((e) => e.service === 'sample-service' && typeof e.time === 'string'));
    assert.deepEqual(
      entries.filter((e) => e.level === 'warn').map((e) => e.msg),
      ['API_KEY is not set: POST and DELETE will answer 401'],
    );
    assert.equal(entries.at(-1).msg, 'stopped');
    assert.equal(
      await probe(`http://127.0.0.1:${port}/healthz`, 500),
      false,
      'probe fails once stopped',
    );
  });

  test('the entry point exits 1 on a bad configuration', async () => {
    const child = spawn(process.execPath, ['src/main.ts'], {
      env: { PATH: process.env.PATH, API_KEY: 'short' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const [code] = await once(child, 'exit');
    assert.equal(code, 1);
    assert.match(JSON.parse(out).detail, /API_KEY must be at least 16/);
  });

  test('the health probe exits 0 against a live service and 1 otherwise', async () => {
    const { log } = quiet();
    const running = await start({ ...loadConfig({}), host: '127.0.0.1', port: 0 }, log);
    const { port } = new URL(running.url);
    const exitCode = async (p: string) => {
      const child = spawn(process.execPath, ['src/healthcheck.ts'], {
        env: { PATH: process.env.PATH, PORT: p },
        stdio: 'ignore',
      });
      return (await once(child, 'exit'))[0];
    };
    assert.equal(await exitCode(port), 0);
    await running.shutdown('test');
    assert.equal(await exitCode(port), 1);
  });
});
