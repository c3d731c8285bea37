import { describe, expect, it } from 'vitest';
import {
  includesIdentity,
  normaliseIdentity,
  sameIdentity,
  uniqueIdentities,
} from '../../src/core/identity.js';

describe('identities: one normalised form (NFKC, trimmed, lower-case)', () => {
  it('folds case, surrounding white space and compatibility spellings', () => {
    expect(normaliseIdentity('  Alice\t')).toBe('alice');
    expect(normaliseIdentity('ＡＬＩＣＥ')).toBe('alice'); // full-width letters
    expect(normaliseIdentity('Release-Manager@Example.COM')).toBe('release-manager@example.com');
  });

  it('compares people, never matching an empty name', () => {
    expect(sameIdentity('alice', 'Alice')).toBe(true);
    expect(sameIdentity('alice', ' ａｌｉｃｅ ')).toBe(true);
    expect(sameIdentity('alice', 'alicia')).toBe(false);
    expect(sameIdentity('', '')).toBe(false);
    expect(sameIdentity(' ', '')).toBe(false);
    expect(sameIdentity(undefined, 'alice')).toBe(false);
  });

  it('lists: membership and one entry per person', () => {
    expect(includesIdentity(['Carol', 'dave'], 'carol')).toBe(true);
    expect(includesIdentity(['Carol'], 'eve')).toBe(false);
    expect(uniqueIdentities(['bob', 'Bob', ' BOB ', '', 'carol'])).toEqual(['bob', 'carol']);
  });
});
