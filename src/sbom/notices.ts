import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SbomComponent } from './types.js';

/**
 * The NOTICES file: for every package, its declared licence and the licence text it ships
 * (LICENSE*, LICENCE*, COPYING*, NOTICE* in its folder; Debian's copyright file). A package
 * that ships no text is listed with that said, so the gap is visible rather than silent.
 */

const TEXT_FILE = /^(licen[cs]e|copying|notice)(\b|[._-])/i;
/** Some packages ship a whole licence collection; the first 64 KiB make the notice. */
const MAX_TEXT = 64 * 1024;

async function textsOf(source: string): Promise<{ name: string; text: string }[]> {
  const info = await stat(source).catch(() => undefined);
  if (!info) return [];
  const files = info.isFile()
    ? [source]
    : (await readdir(source).catch(() => [] as string[]))
        .filter((n) => TEXT_FILE.test(n))
        .sort()
        .map((n) => join(source, n));
  const out: { name: string; text: string }[] = [];
  for (const f of files) {
    const buf = await readFile(f).catch(() => undefined);
    if (!buf) continue;
    const cut = buf.length > MAX_TEXT;
    const text = buf.subarray(0, MAX_TEXT).toString('utf8');
    out.push({
      name: f.slice(f.lastIndexOf('/') + 1),
      text: cut ? `${text}\n[… cut at 64 KiB]` : text,
    });
  }
  return out;
}

export interface Notices {
  text: string;
  /** Packages whose licence text was not found. */
  missing: SbomComponent[];
}

export async function buildNotices(title: string, components: SbomComponent[]): Promise<Notices> {
  const seen = new Set<string>();
  const parts: string[] = [
    `NOTICES for ${title}`,
    '',
    'Third-party software in this product, with the licence each declares and the licence',
    'text it ships.',
    '',
  ];
  const missing: SbomComponent[] = [];
  const sorted = [...components].sort((a, b) =>
    a.name === b.name ? a.version.localeCompare(b.version) : a.name.localeCompare(b.name),
  );
  for (const c of sorted) {
    const key = `${c.purl}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const texts = c.licenseSource ? await textsOf(c.licenseSource) : [];
    parts.push('='.repeat(78), `${c.name} ${c.version}`, `Package: ${c.purl}`);
    parts.push(`Licence: ${c.license ?? 'none declared'}`);
    if (c.location) parts.push(`Location: ${c.location}`);
    parts.push('');
    if (!texts.length) {
      missing.push(c);
      parts.push(
        `Licence text: not found (the package ships no LICENSE, LICENCE, COPYING or NOTICE file${c.location ? ` in ${c.location}` : ''}).`,
        '',
      );
      continue;
    }
    for (const t of texts) parts.push(`--- ${t.name} ---`, t.text.trimEnd(), '');
  }
  if (seen.size === 0) parts.push('No third-party packages were found.');
  return { text: `${parts.join('\n')}\n`, missing };
}
