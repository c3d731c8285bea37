/**
 * The base images a Containerfile names, with `ARG` defaults and build arguments substituted:
 * for the provenance's parameters, and to refuse a placeholder digest before buildah tries
 * (and fails) to pull it from a registry.
 */

const ZERO_DIGEST = /@sha256:0{64}$/;

/** Lines with their `\` continuations joined; comments dropped. */
function instructions(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const raw of text.split('\n')) {
    if (/^\s*#/.test(raw)) continue;
    if (/\\\s*$/.test(raw)) {
      cur += raw.replace(/\\\s*$/, ' ');
      continue;
    }
    out.push((cur + raw).trim());
    cur = '';
  }
  if (cur.trim()) out.push(cur.trim());
  return out.filter(Boolean);
}

function substitute(value: string, args: Record<string, string>): string {
  return value.replace(
    /\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g,
    (_m, braced: string | undefined, def: string | undefined, bare: string | undefined) =>
      args[(braced ?? bare)!] ?? def ?? '',
  );
}

/** Resolved `FROM` images, without `scratch` and without earlier stages named `AS x`. */
export function baseImages(text: string, buildArgs: Record<string, string>): string[] {
  const args: Record<string, string> = {};
  const stages = new Set<string>();
  const images: string[] = [];
  for (const line of instructions(text)) {
    const arg = /^ARG\s+(\w+)(?:=(.*))?$/i.exec(line);
    if (arg) {
      const name = arg[1]!;
      args[name] = buildArgs[name] ?? substitute((arg[2] ?? '').replace(/^"(.*)"$/, '$1'), args);
      continue;
    }
    const from = /^FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (!from) continue;
    const image = substitute(from[1]!, args);
    if (image !== 'scratch' && !stages.has(image.toLowerCase())) images.push(image);
    if (from[2]) stages.add(from[2].toLowerCase());
  }
  return images;
}

/** Base images pinned to the all-zero digest: placeholders that no registry can serve. */
export function placeholderBases(images: string[]): string[] {
  return [...new Set(images.filter((i) => ZERO_DIGEST.test(i)))];
}
