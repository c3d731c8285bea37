import { TollgateError } from '../../core/errors.js';
import type { Descriptor, ImageIndex } from '../types.js';
import { RegistryHttp, type RegistryHttpOptions } from './http.js';
import {
  MANIFEST_ACCEPT,
  checkBlob,
  checkedManifest,
  isDigest,
  type OciTarget,
  type StoredManifest,
} from './target.js';

/** Blobs above this are uploaded in chunks (PATCH), so no single request carries a huge body. */
export const CHUNK_BYTES = 16 * 1024 * 1024;

/**
 * One repository of an OCI distribution registry (distribution spec 1.1): manifests by tag or
 * digest, blob existence checks, cross-repository mounts, monolithic and chunked uploads and the
 * referrers API.
 */
export class RegistryRepository implements OciTarget {
  readonly name: string;
  private readonly http: RegistryHttp;
  private readonly scope: string;

  readonly repository: string;

  /** Blobs above this size are uploaded in chunks of this size. */
  readonly chunkBytes: number;

  constructor(opts: RegistryHttpOptions, repository: string, chunkBytes = CHUNK_BYTES) {
    this.repository = repository;
    this.chunkBytes = chunkBytes;
    this.http = new RegistryHttp(opts);
    this.name = `${opts.registry}/${repository}`;
    this.scope = `repository:${repository}:pull,push`;
  }

  private req(method: string, path: string, headers?: Record<string, string>, body?: Buffer) {
    return this.http.request(method, path, {
      scope: this.scope,
      ...(headers ? { headers } : {}),
      ...(body ? { body } : {}),
    });
  }

  private async fail(res: Response, what: string): Promise<never> {
    const text = (await res.text().catch(() => '')).slice(0, 300).trim();
    throw new TollgateError(
      res.status === 403 ? 'INPUT_UNREADABLE' : 'INPUT_INVALID',
      `${this.name}: ${what} failed: HTTP ${res.status}${text ? ` ${text}` : ''}`,
      res.status === 403
        ? { hint: 'the credentials may not push to or pull from this repository' }
        : {},
    );
  }

  async hasBlob(digest: string): Promise<boolean> {
    const res = await this.req('HEAD', `/v2/${this.repository}/blobs/${digest}`);
    await res.body?.cancel();
    if (res.status === 404) return false;
    if (!res.ok) return this.fail(res, `HEAD blob ${digest}`);
    return true;
  }

  async getBlob(desc: Descriptor): Promise<Buffer> {
    const res = await this.req('GET', `/v2/${this.repository}/blobs/${desc.digest}`);
    if (!res.ok) return this.fail(res, `GET blob ${desc.digest}`);
    return checkBlob(this.name, Buffer.from(await res.arrayBuffer()), desc);
  }

  /** Tries a cross-repository mount from `from` (same registry); true when the blob is now here. */
  async mountBlob(digest: string, from: string): Promise<boolean> {
    const q = new URLSearchParams({ mount: digest, from });
    const res = await this.req('POST', `/v2/${this.repository}/blobs/uploads/?${q}`);
    await res.body?.cancel();
    if (res.status === 201) return true;
    if (res.status === 202) return false; // the registry opened an upload instead; it expires unused
    return this.fail(res, `mount ${digest} from ${from}`);
  }

  async putBlob(data: Buffer, desc: Descriptor): Promise<void> {
    const start = await this.req('POST', `/v2/${this.repository}/blobs/uploads/`);
    await start.body?.cancel();
    if (start.status !== 202) return this.fail(start, `start upload of ${desc.digest}`);
    let location = this.location(start);
    if (data.length > this.chunkBytes) {
      for (let off = 0; off < data.length; off += this.chunkBytes) {
        const chunk = data.subarray(off, Math.min(off + this.chunkBytes, data.length));
        const res = await this.req(
          'PATCH',
          location,
          {
            'content-type': 'application/octet-stream',
            'content-range': `${off}-${off + chunk.length - 1}`,
            'content-length': String(chunk.length),
          },
          chunk,
        );
        await res.body?.cancel();
        if (res.status !== 202) return this.fail(res, `upload chunk of ${desc.digest}`);
        location = this.location(res);
      }
      data = Buffer.alloc(0);
    }
    const url = new URL(location, this.http.base);
    url.searchParams.set('digest', desc.digest);
    const res = await this.req(
      'PUT',
      url.toString(),
      { 'content-type': 'application/octet-stream', 'content-length': String(data.length) },
      data,
    );
    await res.body?.cancel();
    if (res.status !== 201) return this.fail(res, `upload of ${desc.digest}`);
  }

  private location(res: Response): string {
    const loc = res.headers.get('location');
    if (!loc)
      throw new TollgateError('INPUT_INVALID', `${this.name}: upload answer has no Location`);
    return new URL(loc, this.http.base).toString();
  }

  async hasManifest(digest: string): Promise<boolean> {
    const res = await this.req('HEAD', `/v2/${this.repository}/manifests/${digest}`, {
      accept: MANIFEST_ACCEPT,
    });
    await res.body?.cancel();
    if (res.status === 404) return false;
    if (!res.ok) return this.fail(res, `HEAD manifest ${digest}`);
    return true;
  }

  async getManifest(ref: string): Promise<StoredManifest | undefined> {
    const res = await this.req('GET', `/v2/${this.repository}/manifests/${ref}`, {
      accept: MANIFEST_ACCEPT,
    });
    if (res.status === 404) {
      await res.body?.cancel();
      return undefined;
    }
    if (!res.ok) return this.fail(res, `GET manifest ${ref}`);
    const bytes = Buffer.from(await res.arrayBuffer());
    return checkedManifest(
      `${this.name}:${ref}`,
      bytes,
      isDigest(ref) ? ref : undefined,
      res.headers.get('content-type'),
    );
  }

  async putManifest(m: StoredManifest, tag?: string): Promise<{ subjectIndexed: boolean }> {
    const res = await this.req(
      'PUT',
      `/v2/${this.repository}/manifests/${tag ?? m.digest}`,
      { 'content-type': m.mediaType },
      m.bytes,
    );
    await res.body?.cancel();
    if (res.status !== 201) return this.fail(res, `PUT manifest ${tag ?? m.digest}`);
    const echoed = res.headers.get('docker-content-digest');
    if (echoed && echoed !== m.digest) {
      throw new TollgateError(
        'INPUT_INVALID',
        `${this.name}: stored manifest as ${echoed}, not ${m.digest}`,
      );
    }
    return { subjectIndexed: res.headers.has('oci-subject') };
  }

  async referrersApi(digest: string): Promise<Descriptor[] | undefined> {
    const res = await this.req('GET', `/v2/${this.repository}/referrers/${digest}`, {
      accept: 'application/vnd.oci.image.index.v1+json',
    });
    // 404 (or 405 on some proxies) means no referrers API: the spec's signal to use the tag schema.
    if (res.status === 404 || res.status === 405) {
      await res.body?.cancel();
      return undefined;
    }
    if (!res.ok) return this.fail(res, `GET referrers of ${digest}`);
    const index = (await res.json()) as ImageIndex;
    return Array.isArray(index.manifests) ? index.manifests : [];
  }
}
