import { describe, expect, it } from 'vitest';
import {
  parseSpiffeId,
  parseTrustDomain,
  SpiffeIdError,
} from '../../src/attest/verify/spiffe-id.js';

/** The reason each malformed SPIFFE ID is refused with (test/spiffe checks that it is). */
function reasonFor(parse: () => unknown): string {
  try {
    parse();
  } catch (e) {
    expect(e).toBeInstanceOf(SpiffeIdError);
    expect((e as Error).name).toBe('SpiffeIdError');
    return (e as Error).message;
  }
  throw new Error('accepted, but should have been refused');
}

describe('parseSpiffeId reasons', () => {
  it('names the scheme, for other schemes and for what is not a string', () => {
    const reason = 'SPIFFE ID must start with "spiffe://" (lower case)';
    expect(reasonFor(() => parseSpiffeId('SPIFFE://example.org/a'))).toBe(reason);
    expect(reasonFor(() => parseSpiffeId(42 as never))).toBe(reason);
  });

  it('reads the trust domain of an ID without a path', () => {
    expect(parseSpiffeId('spiffe://prod_td-1.example')).toEqual({
      id: 'spiffe://prod_td-1.example',
      trustDomain: 'prod_td-1.example',
      path: '',
    });
  });

  it('takes IDs of up to 2048 bytes', () => {
    const prefix = 'spiffe://example.org/';
    const longest = prefix + 'a'.repeat(2048 - prefix.length);
    expect(parseSpiffeId(longest).path).toHaveLength(2048 - prefix.length + 1);
    expect(reasonFor(() => parseSpiffeId(`${longest}a`))).toBe(
      'SPIFFE ID is longer than 2048 bytes',
    );
    // Bytes, not characters: 1024 two-byte characters are over the limit.
    expect(reasonFor(() => parseSpiffeId(`${prefix}${'é'.repeat(1024)}`))).toBe(
      'SPIFFE ID is longer than 2048 bytes',
    );
  });

  it('names what is wrong with the trust domain', () => {
    expect(reasonFor(() => parseSpiffeId('spiffe://'))).toBe('trust domain is empty');
    expect(reasonFor(() => parseSpiffeId('spiffe:///a'))).toBe('trust domain is empty');
    expect(reasonFor(() => parseTrustDomain('a'.repeat(256)))).toBe(
      'trust domain is longer than 255 characters',
    );
    expect(reasonFor(() => parseSpiffeId('spiffe://Example.org/a'))).toBe(
      'trust domain "Example.org" may only contain lower-case letters, digits, ".", "-" and "_"',
    );
  });

  it('names what is wrong with the path', () => {
    for (const id of [
      'spiffe://example.org/a/',
      'spiffe://example.org/a//b',
      'spiffe://example.org/',
    ]) {
      expect(reasonFor(() => parseSpiffeId(id))).toBe(
        'SPIFFE ID path has an empty segment or a trailing slash',
      );
    }
    for (const id of ['spiffe://example.org/a/../b', 'spiffe://example.org/./b']) {
      expect(reasonFor(() => parseSpiffeId(id))).toBe(
        'SPIFFE ID path may not contain "." or ".." segments',
      );
    }
    expect(reasonFor(() => parseSpiffeId('spiffe://example.org/a/b%20c'))).toBe(
      'SPIFFE ID path segment "b%20c" may only contain letters, digits, ".", "-" and "_"',
    );
  });
});
