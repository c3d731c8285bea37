import { resolveInside } from '../../core/confine.js';
import { existsSync } from 'node:fs';
import { parseJsonUntrusted, parseYamlUntrusted } from '../../core/untrusted.js';
import { TollgateError } from '../../core/errors.js';
import { readInput } from '../../core/fs.js';

/**
 * Load scenarios: one endpoint each, from a YAML/JSON file or inline
 * (`GET /items,POST /items body.json`). A file's scenario may set its own duration,
 * connections, headers, body and budgets; the step's inputs are the defaults.
 */
export interface Scenario {
  name: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  duration?: number;
  connections?: number;
  p95Ms?: number;
  p99Ms?: number;
  maxErrorRate?: number;
  minRps?: number;
}

const METHODS = /^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$/;
type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

function bad(where: string, why: string): TollgateError {
  return new TollgateError('INPUT_INVALID', `${where}: ${why}`, {
    hint: 'see docs/steps/performance.md for the scenarios format',
  });
}

async function bodyFile(repoDir: string, name: string): Promise<string> {
  const file = resolveInside(repoDir, name, 'the scenario body file');
  return (await readInput(file, 'the scenario body file')).toString('utf8');
}

function num(v: unknown, where: string, field: string): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'string' ? Number(v.replace(/%$/, '')) / (v.endsWith('%') ? 100 : 1) : v;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0)
    throw bad(where, `${field} is ${JSON.stringify(v)}; expected a number ≥ 0`);
  return n;
}

async function fromObject(repoDir: string, v: unknown, where: string): Promise<Scenario> {
  if (!isObj(v)) throw bad(where, 'a scenario is an object with at least a path');
  const method = String(v.method ?? 'GET').toUpperCase();
  if (!METHODS.test(method)) throw bad(where, `method ${method} is not an HTTP method`);
  if (typeof v.path !== 'string' || !v.path.startsWith('/'))
    throw bad(where, 'path must start with /');
  const headers: Record<string, string> = {};
  if (v.headers !== undefined) {
    if (!isObj(v.headers)) throw bad(where, 'headers is a map of name to value');
    for (const [k, h] of Object.entries(v.headers)) headers[k] = String(h);
  }
  let body: string | undefined;
  if (typeof v.bodyFile === 'string') body = await bodyFile(repoDir, v.bodyFile);
  else if (typeof v.body === 'string') body = v.body;
  else if (v.body !== undefined) body = JSON.stringify(v.body);
  if (body !== undefined && !Object.keys(headers).some((k) => k.toLowerCase() === 'content-type'))
    headers['content-type'] = 'application/json';
  const fields = {
    duration: num(v.duration, where, 'duration'),
    connections: num(v.connections, where, 'connections'),
    p95Ms: num(v.p95Ms, where, 'p95Ms'),
    p99Ms: num(v.p99Ms, where, 'p99Ms'),
    maxErrorRate: num(v.maxErrorRate, where, 'maxErrorRate'),
    minRps: num(v.minRps, where, 'minRps'),
  };
  return {
    name: typeof v.name === 'string' && v.name ? v.name : `${method} ${v.path}`,
    method,
    path: v.path,
    headers,
    ...(body !== undefined ? { body } : {}),
    ...Object.fromEntries(Object.entries(fields).filter(([, x]) => x !== undefined)),
  };
}

/** `GET /items, POST /items body.json`: method, path and an optional body file. */
async function inline(repoDir: string, text: string): Promise<Scenario[]> {
  const out: Scenario[] = [];
  for (const part of text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [method, path, file, ...rest] = part.split(/\s+/);
    if (!method || !path || rest.length || !METHODS.test(method.toUpperCase()))
      throw bad('scenarios', `"${part}" is not "METHOD /path [body-file]"`);
    out.push(
      await fromObject(
        repoDir,
        { method, path, ...(file ? { bodyFile: file } : {}) },
        `scenarios "${part}"`,
      ),
    );
  }
  return out;
}

export async function loadScenarios(
  repoDir: string,
  input: string | undefined,
): Promise<{ scenarios: Scenario[]; file?: string }> {
  const value = (input ?? '').trim();
  if (!value) return { scenarios: [await fromObject(repoDir, { path: '/' }, 'default scenario')] };
  const file = /\s/.test(value)
    ? value
    : resolveInside(repoDir, value, 'the performance input "scenarios"');
  if (!/\s/.test(value) && /\.(ya?ml|json)$/i.test(value)) {
    if (!existsSync(file))
      throw new TollgateError('INPUT_UNREADABLE', `scenarios file ${value}: no such file`, {
        hint: 'point scenarios at the file, relative to the repository, or write them inline',
      });
    const text = (await readInput(file, 'the scenarios file')).toString('utf8');
    let doc: unknown;
    try {
      doc = /\.json$/i.test(value)
        ? parseJsonUntrusted(text, 'scenarios file', value)
        : parseYamlUntrusted(text, 'scenarios file', value);
    } catch (e) {
      throw new TollgateError(
        'INPUT_INVALID',
        `${value}: not valid ${/\.json$/i.test(value) ? 'JSON' : 'YAML'}`,
        {
          cause: e,
        },
      );
    }
    const list = Array.isArray(doc) ? doc : isObj(doc) ? doc.scenarios : undefined;
    if (!Array.isArray(list) || !list.length)
      throw bad(value, 'expected a list of scenarios (or scenarios: [...])');
    const scenarios: Scenario[] = [];
    for (const [i, s] of list.entries())
      scenarios.push(await fromObject(repoDir, s, `${value} scenarios[${i}]`));
    return { scenarios, file: value };
  }
  return { scenarios: await inline(repoDir, value) };
}
