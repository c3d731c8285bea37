import { readFile } from 'node:fs/promises';
import type { Finding } from '../../attest/predicates/builders.js';
import { TollgateError } from '../../core/errors.js';
import { readSarif, type SarifTool } from './sarif.js';

/**
 * Reads a SARIF file a tool wrote. A missing file, bytes that are not JSON and JSON that is
 * not SARIF all become one typed error naming the tool and the file, so that a step fails
 * with a message instead of crashing on a half-written report.
 */
export async function readSarifFile(
  file: string,
  tool: string,
): Promise<{ tools: SarifTool[]; findings: Finding[]; bytes: Buffer }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw new TollgateError('INPUT_UNREADABLE', `${tool} wrote no readable report at ${file}`, {
      cause: e,
      hint: `run ${tool} by hand to see why it stopped`,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw new TollgateError(
      'INPUT_INVALID',
      `${tool} wrote ${file}, which is not valid SARIF 2.1.0: not JSON (${(e as Error).message})`,
      { cause: e, hint: `check the ${tool} version and its output options` },
    );
  }
  return { ...readSarif(json, { tool, file }), bytes };
}
