// API key check for mutating operations. Both sides are hashed first so the comparison is
// constant-time and does not reveal the key's length through timing.
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

export function createKeyVerifier(expected: string | undefined): (presented: unknown) => boolean {
  if (expected === undefined) return () => false;
  const want = digest(expected);
  return (presented) => {
    if (typeof presented !== 'string' || presented.length === 0) return false;
    return timingSafeEqual(digest(presented), want);
  };
}
