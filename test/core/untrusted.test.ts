import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TollgateError } from '../../src/core/errors.js';
import { readInput } from '../../src/core/fs.js';
import { resolveInside } from '../../src/core/confine.js';
import {
  parseJsonUntrusted,
  parseYamlUntrusted,
  readUntrusted,
  readUntrustedSync,
} from '../../src/core/untrusted.js';

const dir = mkdtempSync(join(tmpdir(), 'tollgate-untrusted-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The typed error a promise or function ends with. */
async function errorOf(f: () => unknown): Promise<TollgateError> {
  try {
    await f();
  } catch (e) {
    expect(e).toBeInstanceOf(TollgateError);
    return e as TollgateError;
  }
  throw new Error('expected an error');
}

describe('reading untrusted files', () => {
  it('stops a character device that never ends at the limit, while reading', async () => {
    const e = await errorOf(() =>
      readUntrusted('/dev/zero', 'test input', { maxBytes: 1 << 20, allowDevices: true }),
    );
    expect(e.exitCode).toBe(2);
    expect(e.message).toBe('test input /dev/zero is over the limit of 1 MiB');
    const sync = await errorOf(() =>
      readUntrustedSync('/dev/zero', 'test input', { maxBytes: 4096, allowDevices: true }),
    );
    expect(sync.message).toBe('test input /dev/zero is over the limit of 4 KiB');
  });

  it('refuses devices, FIFOs and folders where a regular file is expected, without opening them for long', async () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    for (const [path, kind] of [
      ['/dev/zero', 'a character device'],
      [fifo, 'a FIFO'],
      [dir, 'a folder'],
    ] as const) {
      const e = await errorOf(() => readInput(path, 'policy file', 1024));
      expect(e.code).toBe('INPUT_UNREADABLE');
      expect(e.message).toBe(`cannot read policy file ${path}: it is ${kind}, not a regular file`);
    }
  });

  it('refuses a regular file over the limit, naming file and limit', async () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, 'x'.repeat(5000));
    const e = await errorOf(() => readInput(big, 'predicate', 4096));
    expect(e.message).toBe(`predicate ${big} is 5000 bytes, over the limit of 4 KiB`);
    expect((await readInput(big, 'predicate', 5000)).length).toBe(5000);
  });

  it('bounds JSON nesting and never quotes the text of a file that is not JSON', async () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const e = await errorOf(() => parseJsonUntrusted(deep, 'report', 'r.json'));
    expect(e.message).toBe('report r.json nests deeper than 100 levels');
    const secret = await errorOf(() =>
      parseJsonUntrusted('root:x:0:0:root:/root:/bin/bash\n', 'baseline', 'b.json'),
    );
    expect(secret.message).toMatch(/^baseline b\.json is not valid JSON/);
    expect(secret.message).not.toContain('root:x');
    // Brackets inside strings do not count.
    expect(parseJsonUntrusted(JSON.stringify({ a: '[[[[['.repeat(100) }), 'x', 'x')).toEqual({
      a: '[[[[['.repeat(100),
    });
  });

  it('bounds YAML aliases (an alias bomb) and nesting', async () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    ].join('\n');
    const e = await errorOf(() => parseYamlUntrusted(bomb, 'policy file', 'p.yml'));
    expect(e.message).toMatch(
      /^policy file p\.yml expands its aliases \(\*name\) beyond the limit of 100/,
    );
    const deep = await errorOf(() =>
      parseYamlUntrusted('a: ' + '['.repeat(150) + ']'.repeat(150), 'policy file', 'p.yml'),
    );
    expect(deep.message).toBe('policy file p.yml nests deeper than 100 levels');
  });
});

describe('paths from inputs and artifacts', () => {
  const root = join(dir, 'repo');
  mkdirSync(join(root, 'sub'), { recursive: true });
  writeFileSync(join(root, 'sub', 'ok.json'), '{}');
  symlinkSync('/etc', join(root, 'etc-link'));
  symlinkSync(join(root, 'sub'), join(root, 'inner-link'));

  it('resolves a path inside the root', () => {
    expect(resolveInside(root, 'sub/ok.json', 'the input')).toBe(join(root, 'sub', 'ok.json'));
    expect(resolveInside(root, join(root, 'sub/new.json'), 'x')).toBe(join(root, 'sub/new.json'));
    expect(resolveInside(root, 'inner-link/ok.json', 'x')).toBe(join(root, 'inner-link/ok.json'));
  });

  it('refuses .. escapes, absolute paths elsewhere and symbolic links that lead out', () => {
    for (const [path, why] of [
      ['../../../../etc/passwd', `is outside ${root}`],
      ['sub/../../x', `is outside ${root}`],
      ['/etc/passwd', `is outside ${root}`],
      ['etc-link/passwd', `leads outside ${root} through a symbolic link`],
      ['etc-link/missing/deeper', `leads outside ${root} through a symbolic link`],
    ]) {
      let err: unknown;
      try {
        resolveInside(root, path!, 'the secret-scan baseline input');
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(TollgateError);
      expect((err as TollgateError).exitCode).toBe(2);
      expect((err as TollgateError).message).toBe(
        `the secret-scan baseline input ${JSON.stringify(path)} ${why}`,
      );
    }
  });
});
