/**
 * SPIFFE ID parsing per the SPIFFE ID specification
 * (https://github.com/spiffe/spiffe/blob/main/standards/SPIFFE-ID.md). Parsing is strict on
 * purpose: the gate compares SPIFFE IDs as strings in policies, so two spellings of one
 * identity (upper-case trust domain, `..` segments, trailing slash) must never both pass.
 */
export interface SpiffeId {
  /** The whole ID, `spiffe://<trust domain><path>`. */
  id: string;
  trustDomain: string;
  /** Empty, or `/`-prefixed segments without a trailing slash. */
  path: string;
}

const SCHEME = 'spiffe://';
// The specification limits URIs to 2048 bytes and trust domains to 255 characters.
const MAX_ID_LENGTH = 2048;
const MAX_TRUST_DOMAIN_LENGTH = 255;
const TRUST_DOMAIN_CHARS = /^[a-z0-9._-]+$/;
const SEGMENT_CHARS = /^[A-Za-z0-9._-]+$/;

export class SpiffeIdError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SpiffeIdError';
  }
}

/** Validates a trust domain name (no scheme) and returns it unchanged. */
export function parseTrustDomain(name: string): string {
  if (name.length === 0) throw new SpiffeIdError('trust domain is empty');
  if (name.length > MAX_TRUST_DOMAIN_LENGTH) {
    throw new SpiffeIdError(`trust domain is longer than ${MAX_TRUST_DOMAIN_LENGTH} characters`);
  }
  if (!TRUST_DOMAIN_CHARS.test(name)) {
    throw new SpiffeIdError(
      `trust domain "${name}" may only contain lower-case letters, digits, ".", "-" and "_"`,
    );
  }
  return name;
}

/** Parses and validates a SPIFFE ID; throws SpiffeIdError naming the first problem. */
export function parseSpiffeId(value: string): SpiffeId {
  if (typeof value !== 'string' || !value.startsWith(SCHEME)) {
    throw new SpiffeIdError('SPIFFE ID must start with "spiffe://" (lower case)');
  }
  if (Buffer.byteLength(value, 'utf8') > MAX_ID_LENGTH) {
    throw new SpiffeIdError(`SPIFFE ID is longer than ${MAX_ID_LENGTH} bytes`);
  }
  const rest = value.slice(SCHEME.length);
  const slash = rest.indexOf('/');
  const trustDomain = slash === -1 ? rest : rest.slice(0, slash);
  const path = slash === -1 ? '' : rest.slice(slash);
  // Ports, user info, queries and fragments are not allowed; the character checks below
  // reject ":", "@", "?", "#" and percent-encoding, which covers all of them.
  parseTrustDomain(trustDomain);
  if (path !== '') {
    const segments = path.slice(1).split('/');
    for (const segment of segments) {
      if (segment === '') {
        throw new SpiffeIdError('SPIFFE ID path has an empty segment or a trailing slash');
      }
      if (segment === '.' || segment === '..') {
        throw new SpiffeIdError('SPIFFE ID path may not contain "." or ".." segments');
      }
      if (!SEGMENT_CHARS.test(segment)) {
        throw new SpiffeIdError(
          `SPIFFE ID path segment "${segment}" may only contain letters, digits, ".", "-" and "_"`,
        );
      }
    }
  }
  return { id: value, trustDomain, path };
}
