import type { ExceptionRule } from '../policy/types.js';

/** An exception applies through the whole of its expiry day (UTC), and stops the day after. */
export function splitExceptions(
  all: ExceptionRule[],
  now: Date,
): { active: ExceptionRule[]; expired: ExceptionRule[] } {
  const today = now.toISOString().slice(0, 10);
  return {
    active: all.filter((e) => e.expires >= today),
    expired: all.filter((e) => e.expires < today),
  };
}
