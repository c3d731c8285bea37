import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config.ts';

describe('loadConfig', () => {
  test('defaults: port 8080 on all interfaces, no key, rate limit on', () => {
    const c = loadConfig({});
    assert.equal(c.port, 8080);
    assert.equal(c.host, '0.0.0.0');
    assert.equal(c.apiKey, undefined);
    assert.equal(c.bodyLimitBytes, 16384);
    assert.equal(c.rateLimitPerMinute, 1200);
    assert.equal(c.logLevel, 'info');
  });

  test('reads every variable', () => {
    const c = loadConfig({
      PORT: '9000',
      HOST: '127.0.0.1',
      API_KEY: 'k'.repeat(16),
      BODY_LIMIT_BYTES: '1024',
      MAX_ITEMS: '5',
      RATE_LIMIT_PER_MINUTE: '0',
      SHUTDOWN_GRACE_MS: '100',
      LOG_LEVEL: 'debug',
      CORS_ORIGIN: 'https://shop.test',
    });
    assert.deepEqual(c, {
      port: 9000,
      host: '127.0.0.1',
      apiKey: 'k'.repeat(16),
      bodyLimitBytes: 1024,
      maxItems: 5,
      rateLimitPerMinute: 0,
      shutdownGraceMs: 100,
      logLevel: 'debug',
      corsOrigin: 'https://shop.test',
    });
  });

  test('an empty API_KEY means no key', () => {
    assert.equal(loadConfig({ API_KEY: '' }).apiKey, undefined);
  });

  test('CORS allows one configured origin, by default the documented example front end', () => {
    assert.equal(loadConfig({}).corsOrigin, 'https://app.example.com');
    assert.equal(
      loadConfig({ CORS_ORIGIN: 'https://shop.test:8443' }).corsOrigin,
      'https://shop.test:8443',
    );
  });

  for (const [env, message] of [
    [{ PORT: 'http' }, /PORT must be a whole number/],
    [{ PORT: '-1' }, /PORT must be a whole number/],
    [{ PORT: '70000' }, /PORT must be between 0 and 65535/],
    [{ BODY_LIMIT_BYTES: '10' }, /BODY_LIMIT_BYTES must be between/],
    [{ API_KEY: 'short' }, /at least 16 characters/],
    [{ LOG_LEVEL: 'verbose' }, /LOG_LEVEL must be one of/],
    [{ CORS_ORIGIN: '*' }, /CORS_ORIGIN must be one origin/],
    [{ CORS_ORIGIN: 'null' }, /CORS_ORIGIN must be one origin/],
  ] as const) {
    test(`rejects ${JSON.stringify(env)}`, () => {
      assert.throws(
        () => loadConfig(env),
        (err: unknown) => {
          assert.ok(err instanceof ConfigError);
          assert.match(err.message, message);
          return true;
        },
      );
    });
  }
});
