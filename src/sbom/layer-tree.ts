import { createWriteStream } from 'node:fs';
import { link, mkdir, rm } from 'node:fs/promises';
import { join, posix } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Header } from 'tar-stream';
import { TollgateError } from '../core/errors.js';
import { quote, type UnpackBudget } from './unpack-limits.js';

/**
 * The unpacked file system as an index beside the folder: what each image path is (folder,
 * file, link) and each folder's children. Whiteouts are applied through the index, so one
 * whiteout costs the entries it removes, never a scan of everything unpacked; every path
 * written to disk is one the index holds as a folder of folders under the root, so no entry
 * (a `..`, a link on the way) can reach outside it.
 */

type Kind = 'dir' | 'file' | 'link';

/** What the unpack fills in: regular files with their sizes, and symbolic links. */
export interface TreeOutput {
  root: string;
  files: Map<string, number>;
  links: Map<string, string>;
  stats: { work: number };
}

const OPAQUE = '.wh..wh..opq';
const WHITEOUT = '.wh.';
/** aufs' own bookkeeping (`.wh..wh.plnk` and the like): not a whiteout of anything. */
const AUFS_META = '.wh..wh.';

/**
 * The image path a name stands for, read from `from` (an image path; '' is the root):
 * `.` and empty parts are dropped, `..` goes up. undefined when it would go above the root,
 * '' for the root itself. A leading `/` starts at the root.
 */
export function resolveImagePath(name: string, from = ''): string | undefined {
  const out = from && !name.startsWith('/') ? from.split('/') : [];
  for (const part of name.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') out.push(part);
    else if (out.pop() === undefined) return undefined;
  }
  return out.join('/');
}

const parentOf = (path: string): string => {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
};

function leaves(where: string, what: string, name: string): TollgateError {
  return new TollgateError(
    'INPUT_INVALID',
    `${where}: ${what} ${quote(name)} leaves the image root`,
    {
      hint: 'a layer entry that points above the image root is refused: the image is damaged or hostile',
    },
  );
}

export class LayerTree {
  private readonly kinds = new Map<string, Kind>([['', 'dir']]);
  private readonly children = new Map<string, Set<string>>([['', new Set()]]);
  /** Paths this layer wrote (and the folders above them): whiteouts do not touch them. */
  private written = new Set<string>(['']);
  /** Folders whose lower-layer contents this layer already removed. */
  private cleaned = new Set<string>();

  private readonly out: TreeOutput;
  private readonly budget: UnpackBudget;

  constructor(out: TreeOutput, budget: UnpackBudget) {
    this.out = out;
    this.budget = budget;
  }

  /** Whiteouts of a layer apply to the layers below it only. */
  startLayer(): void {
    this.written = new Set(['']);
    this.cleaned = new Set();
  }

  /** One unit of work: a node of the index visited or a file system call. */
  private step(): void {
    this.out.stats.work++;
  }

  private disk(path: string): string {
    return join(this.out.root, path);
  }

  /** Applies one tar entry; `stream` is its content, consumed here for regular files. */
  async apply(header: Header, stream: Readable, where: string): Promise<void> {
    this.step();
    this.budget.entry(where);
    this.budget.path(where, 'entry', header.name);
    if (header.linkname) {
      this.budget.path(where, `the link target of ${quote(header.name)}`, header.linkname);
    }
    const path = resolveImagePath(header.name);
    if (path === undefined) throw leaves(where, 'entry', header.name);
    if (path === '') return; // the root folder itself
    const dir = parentOf(path);
    const base = posix.basename(path);
    if (base === OPAQUE) return this.opaque(dir);
    if (base.startsWith(AUFS_META)) return;
    if (base.startsWith(WHITEOUT)) {
      const name = base.slice(WHITEOUT.length);
      // `.wh..` and `.wh...` would white out the folder itself or the one above it.
      if (name === '' || name === '.' || name === '..')
        throw leaves(where, 'whiteout', header.name);
      return this.whiteout(dir ? `${dir}/${name}` : name);
    }
    switch (header.type) {
      case 'directory':
        return this.ensureDir(path);
      case 'symlink': {
        // Resolved as the image would from the link's folder; never created on disk.
        const target = resolveImagePath(header.linkname, dir);
        if (target === undefined)
          throw leaves(where, `the link target of ${quote(header.name)}`, header.linkname);
        await this.ensureDir(dir);
        await this.remove(path);
        this.add(path, 'link');
        this.out.links.set(path, header.linkname);
        return;
      }
      case 'link': {
        // Hard link targets are names in the archive, from the root.
        const from = resolveImagePath(header.linkname);
        if (from === undefined)
          throw leaves(where, `the hard link target of ${quote(header.name)}`, header.linkname);
        if (from === path || this.kinds.get(from) !== 'file') return;
        await this.ensureDir(dir);
        await this.remove(path);
        this.step();
        await link(this.disk(from), this.disk(path));
        this.add(path, 'file');
        this.out.files.set(path, this.out.files.get(from) ?? 0);
        return;
      }
      case 'file':
      case 'contiguous-file':
        await this.ensureDir(dir);
        await this.remove(path);
        this.step();
        // The awaits above give the extractor time to end this entry (a damaged layer destroys
        // it). node's pipeline never settles on a tar-stream entry that is already destroyed,
        // so look first: the check and the pipeline's listeners are set in the same tick.
        if ((stream as { destroyed?: boolean }).destroyed) {
          throw new TollgateError(
            'INPUT_INVALID',
            `${where}: the layer ended inside ${quote(header.name)}`,
          );
        }
        await pipeline(stream, createWriteStream(this.disk(path), { flags: 'wx', mode: 0o644 }));
        this.add(path, 'file');
        this.out.files.set(path, header.size ?? 0);
        return;
      default:
        // Devices, FIFOs: nothing a scanner reads.
        return;
    }
  }

  private add(path: string, kind: Kind): void {
    this.kinds.set(path, kind);
    this.children.get(parentOf(path))!.add(path);
    if (kind === 'dir') this.children.set(path, new Set());
    this.written.add(path);
  }

  /**
   * A folder at an image path, and the folders above it. A later layer may put a folder where
   * a lower one had a file or a link: what was there is replaced, as the runtime's overlay would.
   */
  private async ensureDir(path: string): Promise<void> {
    if (path === '' || (this.written.has(path) && this.kinds.get(path) === 'dir')) return;
    this.step();
    await this.ensureDir(parentOf(path));
    const kind = this.kinds.get(path);
    if (kind !== 'dir') {
      if (kind) await this.remove(path);
      this.step();
      await mkdir(this.disk(path));
      this.add(path, 'dir');
    }
    this.written.add(path);
  }

  /** Removes an entry and all under it, from the index and the disk. */
  private async remove(path: string): Promise<void> {
    const kind = this.kinds.get(path);
    if (kind === undefined || path === '') return;
    const stack = [path];
    while (stack.length) {
      const p = stack.pop()!;
      this.step();
      if (this.kinds.get(p) === 'dir') {
        for (const c of this.children.get(p)!) stack.push(c);
        this.children.delete(p);
      }
      this.kinds.delete(p);
      this.out.files.delete(p);
      this.out.links.delete(p);
      this.written.delete(p);
      this.cleaned.delete(p);
    }
    this.children.get(parentOf(path))?.delete(path);
    if (kind !== 'link') {
      this.step();
      await rm(this.disk(path), { recursive: true, force: true });
    }
  }

  /** Whether this layer already removed the lower entries at `path` or a folder above it. */
  private isCleaned(path: string): boolean {
    for (let p = path; ; p = parentOf(p)) {
      this.step();
      if (this.cleaned.has(p)) return true;
      if (p === '') return false;
    }
  }

  /** `.wh.<name>`: the lower layers' entry goes, with everything under it. */
  private async whiteout(path: string): Promise<void> {
    if (!this.isCleaned(path)) await this.removeLower(path);
  }

  /** `.wh..wh..opq`: the folder stays, and only this layer's entries stay in it. */
  private async opaque(dir: string): Promise<void> {
    if (this.isCleaned(dir)) return;
    await this.ensureDir(dir);
    await this.removeLower(dir);
  }

  /**
   * Removes what lower layers put at `path` and under it, keeping what this layer wrote. A
   * folder done once is marked, so no later whiteout of this layer walks it again.
   */
  private async removeLower(path: string): Promise<void> {
    this.step();
    const kind = this.kinds.get(path);
    if (kind === undefined) return;
    if (!this.written.has(path)) return this.remove(path);
    if (kind !== 'dir') return;
    for (const c of [...this.children.get(path)!]) {
      this.step();
      if (!this.cleaned.has(c)) await this.removeLower(c);
    }
    this.cleaned.add(path);
  }
}
