import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createRateLimiter } from '../../src/ratelimit.ts';

describe('createRateLimiter', () => {
  test('allows the limit per client, then refuses until the window ends', () => {
    let now = 1_000;
    const limiter = createRateLimiter(2, 60_000, () => now);
    assert.deepEqual(limiter.take('a'), {
      allowed: true,
      limit: 2,
      remaining: 1,
      resetSeconds: 60,
    });
    assert.equal(limiter.take('a').remaining, 0);
    const third = limiter.take('a');
    assert.equal(third.allowed, false);
    assert.equal(limiter.take('b').allowed, true, 'clients are counted separately');

    now += 59_500;
    assert.equal(limiter.take('a').resetSeconds, 1);
    now += 500;
    assert.equal(limiter.take('a').allowed, true, 'a new window starts');
  });

  test('windows stay aligned after a long pause', () => {
    let now = 0;
    const limiter = createRateLimiter(1, 10_000, () => now);
    limiter.take('a');
    now = 35_000; // three and a half windows later
    assert.equal(limiter.take('a').resetSeconds, 5);
  });
});
