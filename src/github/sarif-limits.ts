import { gzipSync } from 'node:zlib';

/** Limits of GitHub code scanning's SARIF upload (REST "Upload an analysis as SARIF data"). */
export const SARIF_LIMITS = {
  runsPerFile: 20,
  resultsPerRun: 25_000,
  /** Of the gzip-compressed file. */
  gzipBytes: 10 * 1024 * 1024,
};

type Json = Record<string, unknown>;

export interface SarifPart {
  /** Code scanning category; analyses with another category are kept apart. */
  category: string;
  /** gzip + base64, ready for the API. */
  payload: string;
  results: number;
}

const LEVEL_RANK: Record<string, number> = { error: 0, warning: 1, note: 2, none: 3 };
const rankOf = (r: Json) => LEVEL_RANK[String(r.level ?? 'warning')] ?? 1;

/**
 * Turns one step's SARIF log into uploads GitHub accepts: each run is tagged with the
 * category (`runs[].automationDetails.id`, which is how code scanning keeps the analyses of
 * different steps apart); a file with more than 20 runs is split into parts with their own
 * category; a run over 25,000 results, or a file over 10 MB compressed, keeps its worst
 * results. Every such cut is returned as a note, so the job summary can say so.
 */
export function prepareSarif(
  log: Json,
  category: string,
  limits = SARIF_LIMITS,
): { parts: SarifPart[]; notes: string[] } {
  const notes: string[] = [];
  const runs = (Array.isArray(log.runs) ? log.runs : []) as Json[];
  const chunks: Json[][] = [];
  for (let i = 0; i < runs.length; i += limits.runsPerFile)
    chunks.push(runs.slice(i, i + limits.runsPerFile));
  if (chunks.length > 1)
    notes.push(
      `${category}: ${runs.length} runs are more than ${limits.runsPerFile} per file; uploaded in ${chunks.length} parts`,
    );
  if (!chunks.length) chunks.push([]);
  const parts = chunks.map((chunk, n) => {
    const cat = chunks.length > 1 ? `${category}/part-${n + 1}` : category;
    const tagged = chunk.map((run) => {
      let results = (Array.isArray(run.results) ? run.results : []) as Json[];
      if (results.length > limits.resultsPerRun) {
        notes.push(
          `${cat}: ${results.length} results in one run; only the ${limits.resultsPerRun} worst uploaded`,
        );
        results = worst(results, limits.resultsPerRun);
      }
      return { ...run, results, automationDetails: { id: `${cat}/` } };
    });
    return fit({ ...log, runs: tagged }, cat, limits.gzipBytes, notes);
  });
  return { parts, notes };
}

function worst(results: Json[], n: number): Json[] {
  return results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rankOf(a.r) - rankOf(b.r) || a.i - b.i)
    .slice(0, n)
    .map((x) => x.r);
}

/** Halves the largest run's results until the compressed file is under the size limit. */
function fit(log: Json, category: string, maxBytes: number, notes: string[]): SarifPart {
  const runs = log.runs as Json[];
  const count = () => runs.reduce((n, r) => n + (r.results as Json[]).length, 0);
  const before = count();
  let zipped = gzipSync(JSON.stringify(log));
  while (zipped.length > maxBytes) {
    const largest = runs.reduce((a, b) =>
      (b.results as Json[]).length > (a.results as Json[]).length ? b : a,
    );
    const n = (largest.results as Json[]).length;
    if (n === 0) break; // nothing left to drop; GitHub will say why it refuses
    largest.results = worst(largest.results as Json[], Math.floor(n / 2));
    zipped = gzipSync(JSON.stringify(log));
  }
  if (count() < before)
    notes.push(
      `${category}: compressed SARIF over ${Math.round(maxBytes / 1048576)} MB; ${before - count()} of ${before} results left out (the worst kept)`,
    );
  return { category, payload: zipped.toString('base64'), results: count() };
}
