import { resolveInside } from '../../core/confine.js';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TollgateError } from '../../core/errors.js';
import type { StepContext } from '../types.js';

/** Where the OCI layout goes, relative to the step's folder (the handoff contract). */
export const LAYOUT_DIR = 'image';

export type Builder = 'buildah' | 'docker' | 'node';

export interface ImageSettings {
  /** Repository name without tag, e.g. `sample-service` or `ghcr.io/owner/app`. */
  name: string;
  tag: string;
  /** `<name>:<tag>`: the layout's reference name. */
  ref: string;
  /** Build context folder, absolute. */
  context: string;
  buildArgs: Record<string, string>;
}

/** docker/distribution's grammar: lowercase path components, an optional registry host. */
const NAME =
  /^(?:[a-z0-9.-]+(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

function bad(message: string, hint: string): never {
  throw new TollgateError('INPUT_INVALID', `container: ${message}`, { hint });
}

/** KEY=VALUE lines (or comma separated); empty lines and `#` comments are skipped. */
export function parseBuildArgs(text: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of (text ?? '').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) bad(`build-args line "${line}" is not KEY=VALUE`, 'write one KEY=VALUE per line');
    out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return out;
}

export function imageSettings(ctx: StepContext): ImageSettings {
  const fallback = (ctx.repository.split('/').pop() ?? '').toLowerCase();
  const name = (ctx.inputs.image ?? '').trim() || fallback;
  if (!NAME.test(name)) {
    bad(
      `"${name}" is not a valid image name`,
      'set the image input to a lowercase name such as owner/app',
    );
  }
  const tag = (ctx.inputs.tag ?? '').trim() || ctx.commit.slice(0, 12);
  if (!TAG.test(tag))
    bad(`"${tag}" is not a valid tag`, 'tags are letters, digits, _ . - (at most 128)');
  const context = resolve(ctx.repoDir, (ctx.inputs.context ?? '').trim() || '.');
  if (!existsSync(context)) bad(`context ${context} does not exist`, 'fix the context input');
  return {
    name,
    tag,
    ref: `${name}:${tag}`,
    context,
    buildArgs: parseBuildArgs(ctx.inputs['build-args']),
  };
}

/**
 * The Containerfile to build: the `containerfile` input when it names an existing file; when
 * it is left at its default, `Containerfile` or `Dockerfile` in the context or the project.
 */
export function findContainerfile(ctx: StepContext, context: string): string | undefined {
  const input = (ctx.inputs.containerfile ?? '').trim();
  if (input && input !== 'Containerfile') {
    const path = resolveInside(ctx.repoDir, input, 'the container input "containerfile"');
    return existsSync(path) ? path : undefined;
  }
  for (const dir of [context, ctx.repoDir]) {
    for (const f of ['Containerfile', 'Dockerfile']) {
      if (existsSync(join(dir, f))) return join(dir, f);
    }
  }
  return undefined;
}

/** The image's creation time: SOURCE_DATE_EPOCH, else the commit's time, else the epoch. */
export async function createdTime(ctx: StepContext): Promise<string> {
  const sde = process.env.SOURCE_DATE_EPOCH;
  if (sde && /^\d+$/.test(sde)) return new Date(Number(sde) * 1000).toISOString();
  const res = await ctx.exec
    .run('git', ['log', '-1', '--format=%ct', ctx.commit], { cwd: ctx.repoDir, signal: ctx.signal })
    .catch(() => undefined);
  const secs = res?.code === 0 ? res.stdout.trim() : '';
  return new Date(/^\d+$/.test(secs) ? Number(secs) * 1000 : 0).toISOString();
}

/** The OCI annotations that tie the image to its source. */
export function sourceLabels(ctx: StepContext, created: string): Record<string, string> {
  const server = (process.env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  return {
    'org.opencontainers.image.source': `${server}/${ctx.repository}`,
    'org.opencontainers.image.revision': ctx.commit,
    'org.opencontainers.image.created': created,
  };
}
