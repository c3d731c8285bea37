import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, test } from 'node:test';
import { createLogger } from '../../src/logger.ts';
import { run } from '../../src/server.ts';

describe('run', () => {
  test('does not start with an invalid configuration, and says why', async () => {
    const lines: string[] = [];
    const signals = new EventEmitter() as unknown as NodeJS.Process;
    const running = await run(
      { PORT: 'eighty' },
      signals,
      createLogger({ write: (l) => lines.push(l) }),
    );
    assert.equal(running, undefined);
    const entry = JSON.parse(lines[0]!);
    assert.equal(entry.level, 'error');
    assert.match(entry.detail, /PORT must be a whole number/);
  });
});
