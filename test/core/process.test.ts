import { describe, expect, it } from 'vitest';
import { nodeProcessRunner } from '../../src/core/process.js';

describe('the process runner', () => {
  it('collects output and the exit code', async () => {
    const r = await nodeProcessRunner.run('sh', ['-c', 'echo out; echo err >&2; exit 3'], {
      cwd: '.',
    });
    expect(r).toEqual({ code: 3, stdout: 'out\n', stderr: 'err\n' });
  });

  it('ends a command started after its signal aborted instead of letting it run', async () => {
    const c = new AbortController();
    c.abort();
    // Left running, `sleep 30` would exit 0 (and outlast the test's time limit).
    const r = await nodeProcessRunner.run('sleep', ['30'], { cwd: '.', signal: c.signal });
    expect(r.code).not.toBe(0);
  });
});
