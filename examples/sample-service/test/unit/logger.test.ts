import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createLogger, isLevel } from '../../src/logger.ts';

describe('createLogger', () => {
  const setup = (level?: 'debug' | 'warn') => {
    const lines: string[] = [];
    const log = createLogger({
      level,
      write: (l) => lines.push(l),
      now: () => new Date('2026-01-02T03:04:05.000Z'),
      base: { service: 's' },
    });
    return { lines, log, parsed: () => lines.map((l) => JSON.parse(l)) };
  };

  test('writes one JSON object per line with time, level, message and fields', () => {
    const { lines, log, parsed } = setup();
    log.info('hello', { n: 1 });
    assert.ok(lines[0]!.endsWith('\n'));
    assert.deepEqual(parsed(), [
      { time: '2026-01-02T03:04:05.000Z', level: 'info', msg: 'hello', service: 's', n: 1 },
    ]);
  });

  test('drops entries below the level', () => {
    const { log, parsed } = setup('warn');
    log.debug('a');
    log.info('b');
    log.warn('c');
    log.error('d');
    assert.deepEqual(
      parsed().map((e) => e.msg),
      ['c', 'd'],
    );
  });

  test('serialises errors with name, message and stack', () => {
    const { log, parsed } = setup('debug');
    log.debug('x');
    log.error('failed', { err: new TypeError('boom') });
    const entry = parsed()[1];
    assert.equal(entry.err.name, 'TypeError');
    assert.equal(entry.err.message, 'boom');
    assert.match(entry.err.stack, /TypeError: boom/);
  });

  test('isLevel', () => {
    assert.equal(isLevel('warn'), true);
    assert.equal(isLevel('toString'), false);
  });
});
