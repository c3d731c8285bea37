import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { TollgateError } from '../../core/errors.js';
import { readInput } from '../../core/fs.js';
import { parseJsonUntrusted } from '../../core/untrusted.js';
import { packageKey } from '../affected.js';
import type { Component, OsvRecord, VulnSource } from '../types.js';
import { isOsvRecord } from './record.js';
import { zipEntries } from './zip.js';

/**
 * An offline folder of OSV records (an unpacked export of osv-vulnerabilities.storage.googleapis.com,
 * or hand-kept files): every `*.json` below it, recursively, holds one record (or an array of
 * records). The export's `all.zip` itself may be given instead of the folder. Read once, indexed by (ecosystem, package name); a file that is not an OSV record
 * is an error naming it, so a broken mirror never passes as "no vulnerabilities".
 */
/**
 * Bounds on what an OSV folder or export may make us read: one record file or zip entry,
 * the export file itself, and all records together (uncompressed). Checked while reading.
 */
export interface OsvLimits {
  maxRecordBytes: number;
  maxZipBytes: number;
  maxTotalBytes: number;
}

export const DEFAULT_OSV_LIMITS: OsvLimits = {
  maxRecordBytes: 16 * 1024 * 1024,
  maxZipBytes: 1024 * 1024 * 1024,
  maxTotalBytes: 4 * 1024 * 1024 * 1024,
};

export class OsvFolderSource implements VulnSource {
  readonly describe: string;
  private readonly dir: string;
  private readonly limits: OsvLimits;
  private index: Promise<Map<string, OsvRecord[]>> | undefined;

  constructor(dir: string, limits: Partial<OsvLimits> = {}) {
    this.dir = dir;
    this.limits = { ...DEFAULT_OSV_LIMITS, ...limits };
    this.describe = `OSV records in ${dir}`;
  }

  async query(components: Component[]): Promise<Map<string, OsvRecord[]>> {
    this.index ??= this.load();
    const index = await this.index;
    return new Map(
      components.map((c) => [c.purl, index.get(packageKey(c.ecosystem, c.name)) ?? []]),
    );
  }

  private async load(): Promise<Map<string, OsvRecord[]>> {
    let isZip = false;
    try {
      const st = await stat(this.dir);
      isZip = st.isFile() && this.dir.toLowerCase().endsWith('.zip');
      if (!st.isDirectory() && !isZip) throw new Error('not a directory');
    } catch (e) {
      throw new TollgateError(
        'INPUT_UNREADABLE',
        `vulnerability source ${this.dir} is not a readable folder (or .zip export) of OSV records`,
        {
          cause: e,
          hint: 'give an http(s) URL of an OSV API, leave it empty for https://api.osv.dev, or a folder or all.zip of OSV JSON records',
        },
      );
    }
    const index = new Map<string, OsvRecord[]>();
    let total = 0;
    for await (const [file, text] of isZip ? this.zipFiles() : this.folderFiles()) {
      total += text.length;
      if (total > this.limits.maxTotalBytes)
        throw new TollgateError(
          'INPUT_INVALID',
          `vulnerability source ${this.dir} holds more than ${this.limits.maxTotalBytes} bytes of records`,
          { hint: 'keep only the ecosystems the project uses (one all.zip per ecosystem)' },
        );
      const parsed = parseJsonUntrusted(text, 'OSV record', file, { maxDepth: 64 });
      for (const record of Array.isArray(parsed) ? parsed : [parsed]) {
        if (!isOsvRecord(record))
          throw new TollgateError(
            'INPUT_INVALID',
            `${file} is not an OSV record (needs "id" and "modified")`,
            {
              hint: 'keep only OSV JSON records (https://ossf.github.io/osv-schema/) in the folder',
            },
          );
        const keys = new Set(
          (record.affected ?? [])
            .filter((a) => a.package?.ecosystem && a.package.name)
            .map((a) => packageKey(a.package!.ecosystem, a.package!.name)),
        );
        for (const k of keys) index.set(k, [...(index.get(k) ?? []), record]);
      }
    }
    return index;
  }

  private async *folderFiles(): AsyncGenerator<[string, string]> {
    const files = (await readdir(this.dir, { recursive: true, withFileTypes: true }))
      .filter((d) => d.isFile() && d.name.endsWith('.json'))
      .map((d) => join(d.parentPath, d.name))
      .sort();
    for (const file of files)
      yield [
        file,
        (await readInput(file, 'OSV record', this.limits.maxRecordBytes)).toString('utf8'),
      ];
  }

  private async *zipFiles(): AsyncGenerator<[string, string]> {
    const zip = await readInput(this.dir, 'OSV export', this.limits.maxZipBytes);
    let entries;
    try {
      entries = zipEntries(zip, this.limits.maxRecordBytes);
    } catch (e) {
      throw new TollgateError('INPUT_INVALID', `OSV export ${this.dir}: ${(e as Error).message}`);
    }
    for (const entry of entries.filter((x) => x.name.endsWith('.json'))) {
      const where = `${this.dir}!${entry.name}`;
      let data: Buffer;
      try {
        data = entry.data();
      } catch (e) {
        throw new TollgateError('INPUT_INVALID', `OSV export ${where}: ${(e as Error).message}`);
      }
      yield [where, data.toString('utf8')];
    }
  }
}
