import { describe, expect, it } from 'vitest';
import {
  parseSpiffeId,
  parseTrustDomain,
  SpiffeIdError,
} from '../../src/attest/verify/spiffe-id.js';

describe('parseSpiffeId', () => {
  it('splits a SPIFFE ID into trust domain and path', () => {
    expect(parseSpiffeId('spiffe://example.org/ci/build-1')).toEqual({
      id: 'spiffe://example.org/ci/build-1',
      trustDomain: 'example.org',
      path: '/ci/build-1',
    });
    expect(parseSpiffeId('spiffe://prod_td-1.example')).toMatchObject({ path: '' });
  });

  it.each([
    ['http://example.org/a', 'scheme'],
    ['SPIFFE://example.org/a', 'scheme case'],
    ['spiffe://', 'empty trust domain'],
    ['spiffe:///a', 'empty trust domain with path'],
    ['spiffe://Example.org/a', 'upper-case trust domain'],
    ['spiffe://example.org:8080/a', 'port'],
    ['spiffe://user@example.org/a', 'user info'],
    ['spiffe://example.org/a/', 'trailing slash'],
    ['spiffe://example.org/a//b', 'empty segment'],
    ['spiffe://example.org/a/../b', 'dot-dot segment'],
    ['spiffe://example.org/./b', 'dot segment'],
    ['spiffe://example.org/a?b=c', 'query'],
    ['spiffe://example.org/a#b', 'fragment'],
    ['spiffe://example.org/a%20b', 'percent-encoding'],
    [`spiffe://example.org/${'a'.repeat(2048)}`, 'too long'],
  ])('rejects %s (%s)', (value) => {
    expect(() => parseSpiffeId(value)).toThrow(SpiffeIdError);
  });

  it('limits trust domain names to 255 characters', () => {
    expect(parseTrustDomain('a'.repeat(255))).toHaveLength(255);
    expect(() => parseTrustDomain('a'.repeat(256))).toThrow(SpiffeIdError);
  });
});
