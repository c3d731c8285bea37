/**
 * Typed errors. Every error that reaches the command line or an action carries a stable
 * code (for scripts and docs) and the exit code it maps to, so that entry points never
 * have to guess whether something was bad input (2) or a verification that said no (1).
 */
export type ErrorCode =
  | 'USAGE'
  | 'INPUT_UNREADABLE'
  | 'INPUT_INVALID'
  | 'OUTPUT_UNWRITABLE'
  | 'POLICY_INVALID'
  | 'BUNDLE_MALFORMED'
  | 'SIGNER_UNAVAILABLE'
  | 'SIGNING_FAILED'
  | 'VERIFICATION_FAILED'
  | 'GATE_FAILED'
  | 'INTERNAL';

const EXIT_CODES: Record<ErrorCode, 1 | 2> = {
  USAGE: 2,
  INPUT_UNREADABLE: 2,
  INPUT_INVALID: 2,
  OUTPUT_UNWRITABLE: 2,
  POLICY_INVALID: 2,
  BUNDLE_MALFORMED: 2,
  SIGNER_UNAVAILABLE: 2,
  SIGNING_FAILED: 2,
  VERIFICATION_FAILED: 1,
  GATE_FAILED: 1,
  INTERNAL: 2,
};

export class TollgateError extends Error {
  readonly code: ErrorCode;
  /** A concrete next step for the user, printed under the message. */
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; hint?: string } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'TollgateError';
    this.code = code;
    this.hint = options.hint;
  }

  get exitCode(): 1 | 2 {
    return EXIT_CODES[this.code];
  }
}

export function isTollgateError(e: unknown): e is TollgateError {
  return e instanceof TollgateError;
}

/** The message of an unknown thrown value, with its cause chain, on one line. */
export function describeError(e: unknown): string {
  const parts: string[] = [];
  let cur: unknown = e;
  for (let depth = 0; cur !== undefined && cur !== null && depth < 5; depth++) {
    if (cur instanceof Error) {
      if (cur.message && !parts.includes(cur.message)) parts.push(cur.message);
      cur = (cur as { cause?: unknown }).cause;
    } else {
      parts.push(String(cur));
      break;
    }
  }
  return parts.join(': ') || 'unknown error';
}
