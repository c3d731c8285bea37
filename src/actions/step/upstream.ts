import { readJsonUntrusted } from '../../core/untrusted.js';
import { join } from 'node:path';
import type { Subject } from '../../attest/statement.js';
import { bundleFileName } from '../../steps/execute.js';

/**
 * Products of the steps this one needs, read from their bundles when an earlier job's
 * artifact was downloaded into the reports folder. These are claims, not verified facts:
 * they only become materials, and the gate's chain rules check them against the verified
 * producer attestation.
 */
export async function upstreamProducts(
  dir: string,
  needs: string[],
): Promise<Record<string, Subject[]>> {
  const out: Record<string, Subject[]> = {};
  for (const step of needs) {
    try {
      const file = join(dir, bundleFileName(step, 0));
      const bundle = (await readJsonUntrusted(file, 'bundle', { maxBytes: 16 << 20 })) as {
        dsseEnvelope?: { payload?: string };
      };
      const statement = JSON.parse(
        Buffer.from(bundle.dsseEnvelope?.payload ?? '', 'base64').toString('utf8'),
      ) as { subject?: Subject[] };
      out[step] = (statement.subject ?? []).filter((s) => !s.digest.gitCommit);
    } catch {
      // not downloaded, or not a bundle: the step runs without that upstream
    }
  }
  return out;
}
