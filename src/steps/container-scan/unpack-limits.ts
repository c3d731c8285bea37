import { TollgateError } from '../../core/errors.js';
import { DEFAULT_UNPACK_LIMITS, type UnpackLimits } from '../../sbom/unpack-limits.js';
import type { StepContext } from '../types.js';

/**
 * The step's inputs for the unpack limits (docs/steps/container-scan.md): how large, how
 * many entries and how long a path an image may have before it is refused as a possible
 * decompression bomb. Read before any work, so a bad value is a usage error at once.
 */

const MiB = 1024 * 1024;

export const LIMIT_INPUTS: Record<keyof UnpackLimits, string> = {
  maxUnpackedBytes: 'max-unpacked-mb',
  maxEntries: 'max-entries',
  maxPathLength: 'max-path-length',
};

function wholeNumber(ctx: StepContext, name: string, def: number): number {
  const raw = ctx.inputs[name]?.trim();
  if (!raw) return def;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < 1) {
    throw new TollgateError(
      'INPUT_INVALID',
      `${name} is "${raw}"; expected a whole number above 0`,
      {
        hint: `leave ${name} empty for the default (${def})`,
      },
    );
  }
  return n;
}

export function unpackLimitsOf(ctx: StepContext): UnpackLimits {
  const mb = wholeNumber(
    ctx,
    LIMIT_INPUTS.maxUnpackedBytes,
    DEFAULT_UNPACK_LIMITS.maxUnpackedBytes / MiB,
  );
  if (mb > Number.MAX_SAFE_INTEGER / MiB) {
    throw new TollgateError(
      'INPUT_INVALID',
      `${LIMIT_INPUTS.maxUnpackedBytes} is "${mb}"; that is more bytes than can be counted`,
    );
  }
  return {
    maxUnpackedBytes: mb * MiB,
    maxEntries: wholeNumber(ctx, LIMIT_INPUTS.maxEntries, DEFAULT_UNPACK_LIMITS.maxEntries),
    maxPathLength: wholeNumber(
      ctx,
      LIMIT_INPUTS.maxPathLength,
      DEFAULT_UNPACK_LIMITS.maxPathLength,
    ),
  };
}
