import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { TollgateError } from './errors.js';

/**
 * One way to read what someone else wrote: policies, predicates, bundles, reports, SARIF,
 * JUnit, lcov, OSV data, event payloads. Every limit is checked while reading, never after,
 * so that `/dev/zero`, a FIFO that never ends or a zip bomb stops at the limit instead of
 * filling memory; every failure is a TollgateError (exit 2) naming the file and the limit.
 */
export interface ReadLimits {
  /** Largest number of bytes read; one more is an error. */
  maxBytes: number;
  /**
   * Whether a character device (`/dev/stdin`, `/dev/zero`) may be read. FIFOs, sockets and
   * folders are always refused: opening or reading them can block for ever.
   */
  allowDevices?: boolean;
  /** A read that has not ended after this long is abandoned (default 30 s). */
  timeoutMs?: number;
}

export const DEFAULT_READ_TIMEOUT_MS = 30_000;
const CHUNK = 64 * 1024;

export type ReadLimitError = TollgateError & { limit?: string };

export function limitError(what: string, path: string, why: string, limit: string): ReadLimitError {
  const e = new TollgateError('INPUT_INVALID', `${what} ${path} ${why}`, {
    hint: `${what} is read from untrusted input and limited to ${limit}; check that it is the file you meant`,
  }) as ReadLimitError;
  e.limit = limit;
  return e;
}

/** A file that read past `limits.maxBytes`: one message for the sync and async readers. */
function tooLarge(what: string, path: string, limits: ReadLimits): ReadLimitError {
  const limit = formatBytes(limits.maxBytes);
  return limitError(what, path, `is over the limit of ${limit}`, limit);
}

export function formatBytes(n: number): string {
  if (n >= 1 << 30 && n % (1 << 30) === 0) return `${n / (1 << 30)} GiB`;
  if (n >= 1 << 20 && n % (1 << 20) === 0) return `${n / (1 << 20)} MiB`;
  if (n >= 1 << 10 && n % (1 << 10) === 0) return `${n / (1 << 10)} KiB`;
  return `${n} bytes`;
}

function openError(e: unknown, what: string, path: string): TollgateError {
  const code = (e as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'is a directory'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'ENOTDIR'
            ? 'a part of the path is not a folder'
            : code === 'ELOOP'
              ? 'too many symbolic links'
              : String(code ?? (e as Error).message);
  return new TollgateError('INPUT_UNREADABLE', `cannot read ${what} ${path}: ${reason}`, {
    cause: e,
  });
}

function kindOf(st: Stats): string | undefined {
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

function refuseKind(st: Stats, what: string, path: string, limits: ReadLimits): void {
  const kind = kindOf(st);
  if (kind === undefined) return;
  if (kind === 'a character device' && limits.allowDevices) return;
  throw new TollgateError(
    'INPUT_UNREADABLE',
    `cannot read ${what} ${path}: it is ${kind}, not a regular file`,
    { hint: `give the path of a regular file` },
  );
}

// O_NONBLOCK: opening a FIFO with no writer returns at once (and is then refused) instead
// of blocking in open(2).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Reads a whole file, bounded in size and time, refusing anything but a regular file. */
export async function readUntrusted(
  path: string,
  what: string,
  limits: ReadLimits,
): Promise<Buffer> {
  let fh: FileHandle;
  try {
    fh = await open(path, OPEN_FLAGS);
  } catch (e) {
    throw openError(e, what, path);
  }
  const timeoutMs = limits.timeoutMs ?? DEFAULT_READ_TIMEOUT_MS;
  let timer: NodeJS.Timeout | undefined;
  try {
    let st: Stats;
    try {
      st = await fh.stat();
    } catch (e) {
      throw openError(e, what, path);
    }
    refuseKind(st, what, path, limits);
    if (st.isFile() && st.size > limits.maxBytes) {
      throw limitError(
        what,
        path,
        `is ${st.size} bytes, over the limit of ${formatBytes(limits.maxBytes)}`,
        formatBytes(limits.maxBytes),
      );
    }
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            limitError(
              what,
              path,
              `did not finish reading within ${timeoutMs / 1000} s`,
              `${timeoutMs / 1000} s`,
            ),
          ),
        timeoutMs,
      );
    });
    timedOut.catch(() => undefined);
    const chunks: Buffer[] = [];
    let total = 0;
    // Regular files in larger reads (fewer round trips); devices in small ones.
    const chunk = st.isFile() ? 16 * CHUNK : CHUNK;
    for (;;) {
      // One byte over the limit is enough to know the file is too large.
      const want = Math.min(chunk, limits.maxBytes + 1 - total);
      const buf = Buffer.allocUnsafe(want);
      let bytesRead: number;
      try {
        ({ bytesRead } = await Promise.race([fh.read(buf, 0, want, null), timedOut]));
      } catch (e) {
        if (e instanceof TollgateError) throw e;
        throw openError(e, what, path);
      }
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limits.maxBytes) {
        throw tooLarge(what, path, limits);
      }
    }
    return Buffer.concat(chunks, total);
  } finally {
    if (timer) clearTimeout(timer);
    await fh.close().catch(() => undefined);
  }
}

/** The same, synchronously (for the few readers that cannot wait); no timeout is possible. */
export function readUntrustedSync(path: string, what: string, limits: ReadLimits): Buffer {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (e) {
    throw openError(e, what, path);
  }
  try {
    refuseKind(fstatSync(fd), what, path, limits);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(CHUNK, limits.maxBytes + 1 - total);
      const buf = Buffer.allocUnsafe(want);
      let n: number;
      try {
        n = readSync(fd, buf, 0, want, null);
      } catch (e) {
        throw openError(e, what, path);
      }
      if (n === 0) break;
      chunks.push(buf.subarray(0, n));
      total += n;
      if (total > limits.maxBytes) {
        throw tooLarge(what, path, limits);
      }
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

export const DEFAULT_MAX_DEPTH = 100;

/**
 * How deep `[` and `{` nest in JSON text, counted before parsing so that a hostile document
 * cannot overflow the stack of whatever walks the parsed value.
 */
function jsonDepthOver(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** Where JSON.parse stopped, without the snippet of the text it quotes (which may be a secret). */
function jsonErrorPlace(e: unknown, text: string): string {
  const msg = (e as Error).message ?? '';
  const lc = /line (\d+) column (\d+)/.exec(msg);
  if (lc) return ` (line ${lc[1]}, column ${lc[2]})`;
  const pos = /position (\d+)/.exec(msg);
  if (pos) {
    const at = Number(pos[1]);
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    return ` (line ${line}, column ${at - before.lastIndexOf('\n')})`;
  }
  if (/end of JSON input/i.test(msg)) return ' (it ends too early)';
  return '';
}

export interface ParseLimits {
  maxDepth?: number;
}

/**
 * JSON from an untrusted file, nesting bounded. The error names the file and the place but
 * never quotes the text: a file that is not JSON may be a secret read by mistake.
 */
export function parseJsonUntrusted(
  text: string | Buffer,
  what: string,
  file: string,
  limits: ParseLimits = {},
): unknown {
  const s = typeof text === 'string' ? text : text.toString('utf8');
  const max = limits.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (jsonDepthOver(s, max))
    throw limitError(what, file, `nests deeper than ${max} levels`, `${max} levels of nesting`);
  try {
    return JSON.parse(s);
  } catch (e) {
    throw new TollgateError(
      'INPUT_INVALID',
      `${what} ${file} is not valid JSON${jsonErrorPlace(e, s)}`,
      {
        hint: `check that ${file} is the ${what} you meant`,
      },
    );
  }
}

/** Reads and parses a JSON file in one step. */
export async function readJsonUntrusted(
  path: string,
  what: string,
  limits: ReadLimits & ParseLimits,
): Promise<unknown> {
  return parseJsonUntrusted(await readUntrusted(path, what, limits), what, path, limits);
}

/** Throws when a parsed value nests deeper than `max` (walked without recursion). */
export function checkDepth(value: unknown, max: number, what: string, file: string): void {
  const stack: [unknown, number][] = [[value, 0]];
  const seen = new Set<unknown>();
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (!v || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    if (d >= max)
      throw limitError(what, file, `nests deeper than ${max} levels`, `${max} levels of nesting`);
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
}
