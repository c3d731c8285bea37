import type { Finding } from '../../attest/predicates/builders.js';
import { TollgateError, isTollgateError } from '../../core/errors.js';
import { parseJsonUntrusted, readUntrusted } from '../../core/untrusted.js';
import { readSarif, type SarifTool } from './sarif.js';

/** GitHub refuses SARIF over 10 MB compressed; 256 MiB of JSON is far beyond any real report. */
const MAX_SARIF_BYTES = 256 << 20;

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
    bytes = await readUntrusted(file, `${tool}'s report`, { maxBytes: MAX_SARIF_BYTES });
  } catch (e) {
    if (isTollgateError(e) && e.code === 'INPUT_INVALID') throw e; // over the limit: says so
    throw new TollgateError('INPUT_UNREADABLE', `${tool} wrote no readable report at ${file}`, {
      cause: e,
      hint: `run ${tool} by hand to see why it stopped`,
    });
  }
  let json: unknown;
  try {
    json = parseJsonUntrusted(bytes, `${tool}'s report`, file);
  } catch (e) {
    // The parser's message names the place, never the content (which may be anything).
    throw new TollgateError(
      'INPUT_INVALID',
      `${tool} wrote ${file}, which is not valid SARIF 2.1.0: ${(e as Error).message.replace(/^.* is not valid JSON/, 'not JSON').replace(/^.* nests/, 'nests')}`,
      { hint: `check the ${tool} version and its output options` },
    );
  }
  return { ...readSarif(json, { tool, file }), bytes };
}
