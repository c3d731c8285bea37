import { crc32, inflateRawSync } from 'node:zlib';
import { TollgateError } from './errors.js';

/**
 * Reads files out of a zip archive held in memory (GitHub serves Actions artifacts as zip).
 * Only what artifacts use: stored (0) and deflated (8) entries, no encryption, no zip64, no
 * multi-disk. The central directory is the truth (local headers may leave sizes to a data
 * descriptor); every entry is bounded in size and its CRC checked, so that a hostile archive
 * (the artifact of an untrusted run) cannot exhaust memory or smuggle a corrupted file.
 */
export interface ZipLimits {
  maxEntries: number;
  /** Largest uncompressed size of one extracted entry. */
  maxEntryBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 1000, maxEntryBytes: 20 * 1024 * 1024 };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  flags: number;
}

const bad = (what: string, why: string) =>
  new TollgateError('INPUT_INVALID', `${what} is not a readable zip archive: ${why}`);

/** The entries of the central directory, in archive order. */
export function zipEntries(zip: Buffer, what: string, limits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  // The end-of-central-directory record is in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw bad(what, 'no end of central directory record');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || at === 0xffffffff) throw bad(what, 'zip64 archives are not supported');
  if (count > limits.maxEntries)
    throw bad(what, `${count} entries, more than ${limits.maxEntries}`);
  const out: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL)
      throw bad(what, `central directory entry ${n} is damaged`);
    const nameLen = zip.readUInt16LE(at + 28);
    const extraLen = zip.readUInt16LE(at + 30);
    const commentLen = zip.readUInt16LE(at + 32);
    out.push({
      flags: zip.readUInt16LE(at + 8),
      method: zip.readUInt16LE(at + 10),
      crc: zip.readUInt32LE(at + 16),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLen),
    });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** The content of the entry named `name` (a path inside the archive), or undefined if absent. */
export function readZipEntry(
  zip: Buffer,
  name: string,
  what: string,
  limits = DEFAULT_ZIP_LIMITS,
): Buffer | undefined {
  const e = zipEntries(zip, what, limits).find((x) => x.name === name);
  if (!e) return undefined;
  if (e.flags & 1) throw bad(what, `${name} is encrypted`);
  if (e.size > limits.maxEntryBytes)
    throw bad(what, `${name} is ${e.size} bytes, more than ${limits.maxEntryBytes}`);
  const at = e.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL)
    throw bad(what, `the local header of ${name} is damaged`);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  if (start + e.compressedSize > zip.length) throw bad(what, `${name} is cut short`);
  const raw = zip.subarray(start, start + e.compressedSize);
  let data: Buffer;
  if (e.method === 0) data = Buffer.from(raw);
  else if (e.method === 8) {
    try {
      // maxOutputLength stops a zip bomb while inflating, not after.
      data = inflateRawSync(raw, { maxOutputLength: Math.max(e.size, 1) });
    } catch (err) {
      throw bad(what, `${name} does not inflate (${(err as Error).message})`);
    }
  } else throw bad(what, `${name} uses compression method ${e.method} (only 0 and 8 are read)`);
  if (data.length !== e.size) throw bad(what, `${name} is ${data.length} bytes, not ${e.size}`);
  if (crc32(data) >>> 0 !== e.crc) throw bad(what, `${name} fails its CRC check`);
  return data;
}
