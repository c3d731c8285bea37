import { inflateRawSync } from 'node:zlib';

/**
 * The entries of a ZIP archive held in memory: enough of the format (APPNOTE 6.3) for the OSV
 * exports (`<ecosystem>/all.zip`, one JSON record per entry, deflated; large ecosystems need
 * ZIP64 for more than 65535 entries). Throws a plain Error on anything malformed; the caller
 * names the file.
 */
export interface ZipEntry {
  name: string;
  data: () => Buffer;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** What one entry may inflate to: a zip bomb stops at this many bytes, while inflating. */
export const DEFAULT_MAX_ENTRY_BYTES = 16 * 1024 * 1024;

export function zipEntries(zip: Buffer, maxEntryBytes = DEFAULT_MAX_ENTRY_BYTES): ZipEntry[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('no end of central directory record (not a ZIP file)');
  let count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  if (
    (count === 0xffff || offset === 0xffffffff) &&
    eocd >= 20 &&
    zip.readUInt32LE(eocd - 20) === ZIP64_LOCATOR
  ) {
    const at = Number(zip.readBigUInt64LE(eocd - 20 + 8));
    if (zip.readUInt32LE(at) !== ZIP64_EOCD)
      throw new Error('broken ZIP64 end of central directory');
    count = Number(zip.readBigUInt64LE(at + 32));
    offset = Number(zip.readBigUInt64LE(at + 48));
  }
  // Every central directory entry takes at least 46 bytes: a larger count is a lie.
  if (count > zip.length / 46) throw new Error(`it claims ${count} entries, more than it can hold`);
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(p) !== CENTRAL) throw new Error(`central directory entry ${n} is broken`);
    const method = zip.readUInt16LE(p + 10);
    let compressed = zip.readUInt32LE(p + 20);
    let size = zip.readUInt32LE(p + 24);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    let local = zip.readUInt32LE(p + 42);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLen);
    // ZIP64 extra field: the 8-byte values replace those set to 0xffffffff, in this order.
    for (let e = p + 46 + nameLen; e < p + 46 + nameLen + extraLen;) {
      const id = zip.readUInt16LE(e);
      const len = zip.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        const next = () => {
          const v = Number(zip.readBigUInt64LE(q));
          q += 8;
          return v;
        };
        if (size === 0xffffffff) size = next();
        if (compressed === 0xffffffff) compressed = next();
        if (local === 0xffffffff) local = next();
      }
      e += 4 + len;
    }
    p += 46 + nameLen + extraLen + commentLen;
    const at = local;
    entries.push({
      name,
      data: () => {
        if (size > maxEntryBytes)
          throw new Error(
            `${name} is ${size} bytes, over the limit of ${maxEntryBytes} bytes per entry`,
          );
        if (zip.readUInt32LE(at) !== LOCAL) throw new Error(`local header of ${name} is broken`);
        const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
        const raw = zip.subarray(start, start + compressed);
        if (method === 0) return Buffer.from(raw);
        if (method === 8) {
          try {
            // The declared size may lie: maxOutputLength stops the inflation itself.
            return inflateRawSync(raw, { maxOutputLength: maxEntryBytes });
          } catch (e) {
            if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
              throw new Error(`${name} inflates to more than ${maxEntryBytes} bytes per entry`);
            throw new Error(`${name} does not inflate (${(e as Error).message})`);
          }
        }
        throw new Error(
          `${name} uses compression method ${method}; only stored and deflate are read`,
        );
      },
    });
  }
  return entries;
}
