import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runWorkflow, TOLLGATE_ROOT } from './emulator.js';
import { makeRepo, removeScratch, scratch } from './repo.js';

afterAll(removeScratch);

describe("the runner's network", () => {
  it('refuses every connection outside this machine and names the host; 127.0.0.1 is reached', async () => {
    const repo = makeRepo({
      '.github/workflows/ci.yml': `name: CI
on: push
jobs:
  out:
    runs-on: ubuntu-24.04
    env:
      HTTPS_PROXY: ''
    steps:
      - run: |
          "$NODE24" -e "fetch('https://registry.example.net/pkg').then((r) => process.exit(r.ok ? 0 : 1), (e) => { console.log(e.message); process.exit(1); })"
  local:
    runs-on: ubuntu-24.04
    steps:
      - run: |
          "$NODE24" -e "const s = require('node:http').createServer((q, a) => a.end('here')).listen(0, '127.0.0.1', async () => { console.log(await (await fetch('http://127.0.0.1:' + s.address().port + '/')).text()); s.close(); })"
      - run: |
          "$NODE24" -e "require('node:https').get('https://example.org/', () => process.exit(0)).on('error', () => process.exit(0))"
      - run: echo "$NODE_USE_ENV_PROXY $NO_PROXY $no_proxy $npm_config_offline"
`,
    });
    const r = await runWorkflow({
      repo: repo.dir,
      workflow: '.github/workflows/ci.yml',
      event: { name: 'push', sha: repo.head },
      // Node 24, as the actions run on: NODE_USE_ENV_PROXY is a Node 24 feature.
      runnerEnv: { NODE24: join(TOLLGATE_ROOT, 'node_modules/.bin/node') },
    });
    scratch.push(r.workDir);
    const out = r.job('out');
    expect(out.result).toBe('failure');
    // A workflow's env: cannot open a way out.
    expect(out.firstError).toBe(
      'outbound connection to registry.example.net:443 refused: the emulated runner reaches nothing outside this machine',
    );
    expect(out.steps[0]?.refused).toEqual(['registry.example.net:443']);
    const local = r.job('local');
    expect(local.result).toBe('success');
    expect(local.steps[0]?.log).toBe('here');
    // A step that survives a refusal passes, with a warning naming the host.
    expect(local.steps[1]?.annotations).toEqual([
      {
        level: 'warning',
        message:
          'outbound connection to example.org:443 refused: the emulated runner reaches nothing outside this machine',
      },
    ]);
    expect(local.steps[2]?.log).toBe('1 127.0.0.1,localhost 127.0.0.1,localhost true');
    expect(r.refused).toEqual([
      { job: 'out', step: out.steps[0]?.id, host: 'registry.example.net:443' },
      { job: 'local', step: local.steps[1]?.id, host: 'example.org:443' },
    ]);
  });

  it('gives every job of a run the same RUNNER_TOOL_CACHE, and another run its own', async () => {
    const repo = makeRepo({
      '.github/workflows/ci.yml': `name: CI
on: push
jobs:
  first:
    runs-on: ubuntu-24.04
    steps:
      - run: echo installed > "$RUNNER_TOOL_CACHE/tool" && echo "$RUNNER_TOOL_CACHE \${{ runner.tool_cache }}"
  second:
    needs: first
    runs-on: ubuntu-24.04
    steps:
      - run: cat "$RUNNER_TOOL_CACHE/tool" && echo "$RUNNER_TOOL_CACHE"
`,
    });
    const run = () =>
      runWorkflow({
        repo: repo.dir,
        workflow: '.github/workflows/ci.yml',
        event: { name: 'push', sha: repo.head },
      });
    const [a, b] = [await run(), await run()];
    scratch.push(a.workDir, b.workDir);
    const [cache, same] = (a.job('first').steps[0]?.log ?? '').split(' ');
    expect(same).toBe(cache);
    expect(a.job('second').steps[0]?.log).toBe(`installed\n${cache}`);
    expect(b.job('first').steps[0]?.log.split(' ')[0]).not.toBe(cache);
  });
});
