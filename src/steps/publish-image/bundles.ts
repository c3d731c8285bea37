import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { imageSteps } from '../../oci/registry/image-steps.js';
import { bundleFileName } from '../execute-sign.js';
import type { StepContext } from '../types.js';

export interface ImageBundle {
  step: string;
  file: string;
  bytes: Buffer;
  predicateType: string;
}

/** A step attests at most this many statements (sca has two); more files are not looked for. */
const MAX_PER_STEP = 8;

/**
 * Where a step's bundles are: on GitHub next to its folder (the downloaded artifact's root);
 * locally in the run's `attestations/` beside `reports/` (see src/runner/run-folder.ts), for
 * the earlier run as well when this run reused a step's output.
 */
function bundleDirs(ctx: StepContext, step: string): string[] {
  const reports = dirname(ctx.reportsOf(step));
  return [reports, join(dirname(reports), 'attestations')];
}

function statementOf(bytes: Buffer): {
  predicateType?: string;
  subject?: { digest?: Record<string, string> }[];
} {
  const bundle = JSON.parse(bytes.toString('utf8')) as { dsseEnvelope?: { payload?: string } };
  return JSON.parse(Buffer.from(bundle.dsseEnvelope?.payload ?? '', 'base64').toString('utf8')) as {
    predicateType?: string;
  };
}

/**
 * Every bundle of the image-attesting steps whose statement names the image digest. They are
 * read without verifying: the registry copy is verified by whoever pulls it (verify-image), so
 * a bad bundle attached here is caught there, never trusted.
 */
export async function imageBundles(ctx: StepContext, digest: string): Promise<ImageBundle[]> {
  const hex = digest.replace(/^sha256:/, '');
  const found: ImageBundle[] = [];
  for (const step of imageSteps()) {
    for (const dir of bundleDirs(ctx, step)) {
      const before = found.length;
      for (let i = 0; i < MAX_PER_STEP; i++) {
        const file = join(dir, bundleFileName(step, i));
        const bytes = await readFile(file).catch(() => undefined);
        if (!bytes) break;
        let statement;
        try {
          statement = statementOf(bytes);
        } catch {
          ctx.log(`${file}: not a readable bundle; not attached`);
          continue;
        }
        if (!statement.subject?.some((s) => s.digest?.sha256 === hex)) {
          ctx.log(`${file}: does not name the image ${digest}; not attached`);
          continue;
        }
        found.push({ step, file, bytes, predicateType: statement.predicateType ?? '' });
      }
      if (found.length > before) break;
    }
  }
  return found;
}
