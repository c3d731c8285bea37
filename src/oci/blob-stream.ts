import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { TollgateError } from '../core/errors.js';
import type { Descriptor } from './types.js';

/**
 * Blobs of a layout read as untrusted bytes: each is hashed while it streams, and its length
 * is held to the size its descriptor declares. A blob longer than declared fails at the first
 * extra byte, a shorter one or one with another digest fails when it ends, before the reader
 * gets the end of the stream, so nothing read from it is ever taken as complete.
 */

const DAMAGED = 'the OCI layout is damaged or was tampered with; rebuild or re-copy the image';

/** A declared size that a blob can have (a whole number of bytes, not negative). */
export function checkDeclaredSize(path: string, d: Descriptor): number {
  if (!Number.isSafeInteger(d.size) || d.size < 0) {
    throw new TollgateError(
      'INPUT_INVALID',
      `${path}: the descriptor of ${d.digest} declares size ${JSON.stringify(d.size)}, not a whole number of bytes`,
      { hint: DAMAGED },
    );
  }
  return d.size;
}

/**
 * A pass-through that hashes what flows through it and counts it against `size`. `what`
 * names the bytes in errors (`blob sha256:…`, `the uncompressed tar of layer …`).
 */
export function verifying(
  path: string,
  what: string,
  expected: { digest: string; size?: number },
): Transform {
  // Layout digests are sha256 (blobPath refuses any other), so that is the hash to compute.
  const hash = createHash('sha256');
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (expected.size !== undefined && seen > expected.size) {
        done(sizeMismatch(path, what, seen, expected.size));
        return;
      }
      hash.update(chunk);
      done(null, chunk);
    },
    flush(done) {
      if (expected.size !== undefined && seen !== expected.size) {
        done(sizeMismatch(path, what, seen, expected.size));
        return;
      }
      if (`sha256:${hash.digest('hex')}` !== expected.digest) {
        done(
          new TollgateError(
            'INPUT_INVALID',
            `${path}: content does not match digest ${expected.digest} (${what})`,
            { hint: DAMAGED },
          ),
        );
        return;
      }
      done();
    },
  });
}

/**
 * Opens a blob file and checks its size against the descriptor before a byte is read; the
 * two streams that come back (the file, then its check) go first in the reader's pipeline, so
 * every byte is hashed and counted as it is read (see `verifying`). The file is read through
 * the one handle opened here: what is hashed is what is used. Without a declared size (a bare
 * digest), the file's own length is held to `maxSize` and then to itself.
 */
export async function openVerifiedBlob(
  path: string,
  d: { digest: string; size?: number },
  what = `blob ${d.digest}`,
  maxSize = Number.MAX_SAFE_INTEGER,
): Promise<[Readable, Transform]> {
  if (d.size !== undefined) {
    checkDeclaredSize(path, d as Descriptor);
    if (d.size > maxSize) throw tooLarge(path, what, maxSize);
  }
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    throw new TollgateError('INPUT_UNREADABLE', `${path}: ${what} is missing`, {
      cause: e,
      hint: 'the OCI layout is incomplete; rebuild or re-copy the image',
    });
  }
  const actual = (await handle.stat()).size;
  if (d.size !== undefined && actual !== d.size) {
    await handle.close();
    throw sizeMismatch(path, what, actual, d.size);
  }
  if (actual > maxSize) {
    await handle.close();
    throw tooLarge(path, what, maxSize);
  }
  return [handle.createReadStream(), verifying(path, what, { digest: d.digest, size: actual })];
}

function sizeMismatch(path: string, what: string, actual: number, declared: number) {
  return new TollgateError(
    'INPUT_INVALID',
    `${path}: content does not match digest (${what} has ${actual} bytes, its descriptor declares ${declared})`,
    { hint: DAMAGED },
  );
}

function tooLarge(path: string, what: string, max: number): TollgateError {
  return new TollgateError(
    'INPUT_INVALID',
    `${path}: ${what} is more than ${max / MiB} MiB, more than a manifest or config may have`,
    { hint: DAMAGED },
  );
}

const MiB = 1024 * 1024;

/** Manifests, indexes and configs are read whole, so they may not be larger than this. */
export const MAX_JSON_BLOB = 8 * MiB;

/**
 * A small blob (manifest, index, config) read whole, verified as it is read; its descriptor's
 * size, or without a descriptor its length on disk, may not pass `maxSize`.
 */
export async function readVerifiedBlob(
  path: string,
  d: { digest: string; size?: number },
  what: string,
  maxSize = MAX_JSON_BLOB,
): Promise<Buffer> {
  const stages = await openVerifiedBlob(path, d, what, maxSize);
  const chunks: Buffer[] = [];
  await pipeline(...stages, async (source: AsyncIterable<Buffer>) => {
    for await (const c of source) chunks.push(c);
  });
  return Buffer.concat(chunks);
}
