import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { TollgateError } from '../../core/errors.js';
import type { StepContext } from '../types.js';
import { findContainerfile, type Builder } from './settings.js';

/** Whether a command is on PATH (without running it: buildah and docker are slow to start). */
export function onPath(command: string, path = process.env.PATH ?? ''): boolean {
  return path
    .split(delimiter)
    .filter(Boolean)
    .some((dir) => {
      try {
        accessSync(join(dir, command), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
}

export interface Choice {
  builder: Builder;
  containerfile?: string;
}

/**
 * `auto`: a Containerfile/Dockerfile → buildah, or docker buildx where only docker is there;
 * none but a package.json → the node builder; else an error that says what to add.
 */
export function chooseBuilder(ctx: StepContext, context: string, tools = onPath): Choice {
  const input = ((ctx.inputs.builder ?? '').trim() || 'auto') as Builder | 'auto';
  if (!['auto', 'buildah', 'docker', 'node'].includes(input)) {
    throw new TollgateError(
      'INPUT_INVALID',
      `container: builder "${input}" is not auto, buildah, docker or node`,
    );
  }
  if (input === 'node') return { builder: 'node' };
  const containerfile = findContainerfile(ctx, context);
  if (!containerfile) {
    const named = (ctx.inputs.containerfile ?? '').trim();
    if (
      input === 'auto' &&
      existsSync(join(context, 'package.json')) &&
      (!named || named === 'Containerfile')
    ) {
      return { builder: 'node' };
    }
    throw new TollgateError(
      'INPUT_INVALID',
      `container: no ${named && named !== 'Containerfile' ? named : 'Containerfile or Dockerfile'} in ${context}`,
      {
        hint: 'add a Containerfile, set the containerfile input, or use builder: node for a Node.js project',
      },
    );
  }
  if (input === 'buildah' || input === 'docker') {
    if (!tools(input)) {
      throw new TollgateError(
        'INPUT_UNREADABLE',
        `container: ${input} is not installed on this machine`,
        {
          hint:
            input === 'buildah'
              ? 'apt-get install buildah, or use builder: auto'
              : 'install Docker with buildx, or use builder: auto',
        },
      );
    }
    return { builder: input, containerfile };
  }
  if (tools('buildah')) return { builder: 'buildah', containerfile };
  if (tools('docker')) return { builder: 'docker', containerfile };
  throw new TollgateError(
    'INPUT_UNREADABLE',
    'container: neither buildah nor docker is installed to build the Containerfile',
    {
      hint: 'install buildah (apt-get install buildah), or use builder: node for a Node.js project',
    },
  );
}
