import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Streams the file so that large artefacts (images, archives) never sit in memory. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;
export const GIT_SHA_HEX = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
