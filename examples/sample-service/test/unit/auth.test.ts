import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createKeyVerifier } from '../../src/auth.ts';

describe('createKeyVerifier', () => {
  const verify = createKeyVerifier('correct-horse-battery');

  test('accepts exactly the configured key', () => {
    assert.equal(verify('correct-horse-battery'), true);
  });

  test('refuses other keys, prefixes, extensions and non-strings', () => {
    for (const wrong of [
      'correct-horse-batter',
      'correct-horse-battery ',
      'CORRECT-HORSE-BATTERY',
      '',
      undefined,
      ['correct-horse-battery'],
    ]) {
      assert.equal(verify(wrong), false, String(wrong));
    }
  });

  test('with no key configured nothing is accepted', () => {
    const none = createKeyVerifier(undefined);
    assert.equal(none(''), false);
    assert.equal(none('anything-at-all-here'), false);
  });
});
