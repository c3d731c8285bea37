import { Transform } from 'node:stream';
import { TollgateError } from '../core/errors.js';

/**
 * How much an image may unpack to. A layer is a few compressed bytes that may expand to any
 * size and any number of entries, so each limit is enforced as the bytes stream: the unpack
 * stops at the first byte or entry over a limit, before it is written.
 */
export interface UnpackLimits {
  /** Bytes of uncompressed tar over all layers (file contents and tar headers). */
  maxUnpackedBytes: number;
  /** Tar entries over all layers: files, folders, links and whiteouts alike. */
  maxEntries: number;
  /** Bytes of one entry's path, and of a link's target. */
  maxPathLength: number;
}

const MiB = 1024 * 1024;

/**
 * Large enough for any image a service ships (a full distribution with a language runtime
 * is a few GiB and a few hundred thousand files), small enough that a bomb is stopped
 * before it fills a CI runner's disk. The path limit is Linux's PATH_MAX.
 */
export const DEFAULT_UNPACK_LIMITS: UnpackLimits = {
  maxUnpackedBytes: 8192 * MiB,
  maxEntries: 1_000_000,
  maxPathLength: 4096,
};

/** An image over one of the limits; `limit` says which, so a step can name its input. */
export class UnpackLimitError extends TollgateError {
  readonly limit: keyof UnpackLimits;

  constructor(limit: keyof UnpackLimits, message: string) {
    super('INPUT_INVALID', message, {
      hint: 'an image this large is refused as a possible decompression bomb; raise the limit if the image is genuine',
    });
    this.limit = limit;
  }
}

/** `1 MiB` for whole mebibytes, else bytes. */
export function formatBytes(n: number): string {
  return n % MiB === 0 ? `${n / MiB} MiB` : `${n} bytes`;
}

/** What one unpack has used of its limits so far (over all layers). */
export class UnpackBudget {
  readonly limits: UnpackLimits;
  unpackedBytes = 0;
  entries = 0;

  constructor(limits: Partial<UnpackLimits> = {}) {
    this.limits = { ...DEFAULT_UNPACK_LIMITS, ...limits };
    for (const [name, value] of Object.entries(this.limits)) {
      if (!Number.isSafeInteger(value) || value < 1) {
        throw new TollgateError(
          'USAGE',
          `unpack limit ${name} is ${value}; expected a whole number above 0`,
        );
      }
    }
  }

  /** A pass-through that counts uncompressed bytes and fails at the first one over the limit. */
  counter(where: string): Transform {
    return new Transform({
      transform: (chunk: Buffer, _enc, done) => {
        this.unpackedBytes += chunk.length;
        if (this.unpackedBytes > this.limits.maxUnpackedBytes) {
          done(
            new UnpackLimitError(
              'maxUnpackedBytes',
              `${where}: more than ${formatBytes(this.limits.maxUnpackedBytes)} unpacked, over the limit on unpacked bytes`,
            ),
          );
          return;
        }
        done(null, chunk);
      },
    });
  }

  entry(where: string): void {
    this.entries++;
    if (this.entries > this.limits.maxEntries) {
      throw new UnpackLimitError(
        'maxEntries',
        `${where}: more than ${this.limits.maxEntries} entries, over the limit on entries`,
      );
    }
  }

  /** A path or link target of an entry, checked against the length limit. */
  path(where: string, what: string, value: string): void {
    const length = Buffer.byteLength(value);
    if (length > this.limits.maxPathLength) {
      throw new UnpackLimitError(
        'maxPathLength',
        `${where}: ${what} ${quote(value)} is longer than ${this.limits.maxPathLength} bytes, over the limit on path length`,
      );
    }
  }
}

/** A name from the image, quoted for a message: escaped, and cut when it is long. */
export function quote(name: string): string {
  return JSON.stringify(name.length > 120 ? `${name.slice(0, 120)}…` : name);
}
