import { LineCounter, isMap, isScalar, parseDocument, type Pair } from 'yaml';
import { TollgateError } from '../core/errors.js';
import { readInput } from '../core/fs.js';
import { closest } from '../core/suggest.js';
import { findStep, STEPS } from '../pipeline/graph.js';
import { COMMON_INPUTS, STEP_INPUTS } from '../pipeline/inputs.js';

/** Per step, the inputs a local run gives it on top of the catalogue's defaults. */
export type StepInputs = Record<string, Record<string, string>>;

/**
 * Where a repository keeps the inputs of its steps: read by `tollgate run` and by the step
 * actions on GitHub alike, so a repository tuned locally behaves the same in CI.
 */
export const INPUTS_FILE = '.github/tollgate-inputs.yml';

/** Top-level key of the file whose common inputs (signer, fulcio-url, ...) apply to every step. */
export const DEFAULTS_KEY = 'defaults';

const MAX_BYTES = 1 << 20;

function known(step: string): string[] {
  return [...COMMON_INPUTS, ...(STEP_INPUTS[step] ?? [])].map((i) => i.name);
}

const COMMON = COMMON_INPUTS.map((i) => i.name);

/** One problem per unknown step or input, with a "did you mean" when a name is close. */
function checkName(step: string, name: string | undefined): string | undefined {
  if (step === DEFAULTS_KEY) {
    if (name === undefined || COMMON.includes(name)) return undefined;
    const guess = closest(name, COMMON);
    return `${DEFAULTS_KEY} may only set the inputs every step has, not "${name}"${guess ? ` (did you mean "${guess}"?)` : `; they are: ${COMMON.join(', ')}`}`;
  }
  if (!findStep(step)) {
    const guess = closest(
      step,
      STEPS.map((s) => s.id),
    );
    return `unknown step "${step}"${guess ? ` (did you mean "${guess}"?)` : ''}`;
  }
  if (name !== undefined && !known(step).includes(name)) {
    const guess = closest(name, known(step));
    return `step ${step} has no input "${name}"${guess ? ` (did you mean "${guess}"?)` : `; its inputs: ${known(step).join(', ')}`}`;
  }
  return undefined;
}

/**
 * Parses the inputs file: a map of step id → map of input name → scalar, plus an optional
 * `defaults:` map of common inputs that every step gets unless its own entry sets them. The
 * result holds the defaults already applied to every step. Every problem is reported with its
 * line, all at once, so one edit fixes the file.
 */
export function parseInputsFile(text: string, source: string): StepInputs {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const problems = doc.errors.map(
    (e) => `${source}:${e.linePos?.[0]?.line ?? 1}: ${e.message.split('\n')[0]}`,
  );
  const out: StepInputs = {};
  const lineOf = (node: { range?: [number, number, number] | null } | null | undefined) =>
    counter.linePos(node?.range?.[0] ?? 0).line;
  const root = doc.contents;
  if (problems.length === 0 && root !== null && !isMap(root)) {
    problems.push(`${source}:${lineOf(root)}: expected a map of step ids to their inputs`);
  }
  if (problems.length === 0 && isMap(root)) {
    for (const pair of root.items as Pair[]) {
      const step = isScalar(pair.key) ? String(pair.key.value) : '';
      const bad = checkName(step, undefined);
      if (bad) {
        problems.push(`${source}:${lineOf(pair.key as never)}: ${bad}`);
        continue;
      }
      if (!isMap(pair.value)) {
        problems.push(`${source}:${lineOf(pair.key as never)}: ${step}: expected a map of inputs`);
        continue;
      }
      out[step] = {};
      for (const p of pair.value.items as Pair[]) {
        const name = isScalar(p.key) ? String(p.key.value) : '';
        const why =
          checkName(step, name) ??
          (isScalar(p.value) && p.value.value !== null
            ? undefined
            : `${step}.${name}: expected a single value (quote it, or join a list with commas)`);
        if (why) problems.push(`${source}:${lineOf(p.key as never)}: ${why}`);
        else out[step]![name] = String((p.value as { value: unknown }).value);
      }
    }
  }
  const defaults = out[DEFAULTS_KEY];
  if (defaults) {
    delete out[DEFAULTS_KEY];
    for (const s of STEPS) out[s.id] = { ...defaults, ...out[s.id] };
  }
  if (problems.length) {
    throw new TollgateError('INPUT_INVALID', `invalid step inputs:\n  ${problems.join('\n  ')}`, {
      hint: `${INPUTS_FILE} maps step ids (and ${DEFAULTS_KEY}) to the inputs of their actions; see docs/runner.md`,
    });
  }
  return out;
}

/** The file's inputs; a missing file means none, unless the user named it. */
export async function loadInputsFile(
  path: string,
  display: string,
  required = false,
): Promise<StepInputs> {
  let text: string;
  try {
    text = (await readInput(path, 'step inputs file', MAX_BYTES)).toString('utf8');
  } catch (e) {
    if (!required && (e as { cause?: NodeJS.ErrnoException }).cause?.code === 'ENOENT') return {};
    throw e;
  }
  return parseInputsFile(text, display);
}

/** `--input step.name=value` flags, applied over the file. */
export function parseInputFlags(flags: string[], base: StepInputs = {}): StepInputs {
  const out: StepInputs = Object.fromEntries(Object.entries(base).map(([k, v]) => [k, { ...v }]));
  for (const flag of flags) {
    const m = /^([a-z0-9-]+)\.([a-z0-9-]+)=(.*)$/s.exec(flag);
    if (!m) {
      throw new TollgateError('USAGE', `--input "${flag}" is not STEP.NAME=VALUE`, {
        hint: 'for example --input container.builder=node',
      });
    }
    const [, step, name, value] = m as unknown as [string, string, string, string];
    const bad = checkName(step, name);
    if (bad) throw new TollgateError('USAGE', `--input ${flag}: ${bad}`);
    (out[step] ??= {})[name] = value;
  }
  return out;
}
