import { SEVERITIES, severityRank, type Severity } from '../attest/predicates/types.js';

/**
 * The step inputs that are thresholds the policy also has, and which way is stricter. A step
 * given a stricter threshold than the policy fails on its own, and the gate must not then
 * report it passed; a laxer one must not loosen the policy. So the policy a run is judged by
 * takes, per threshold, the stricter of the two.
 */
interface ThresholdInput {
  input: string;
  threshold: 'failOn' | 'minLineCoverage' | 'minApprovals';
  /** The value as the policy holds it, or undefined when the input's text is not one. */
  parse: (text: string) => string | number | undefined;
  /** Whether `a` is stricter than `b`. */
  stricter: (a: string | number, b: string | number) => boolean;
}

const severity = (text: string): Severity | undefined =>
  (SEVERITIES as readonly string[]).includes(text) ? (text as Severity) : undefined;

const number = (max: number) => (text: string) => {
  const n = Number(text);
  return text.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= max ? n : undefined;
};

const THRESHOLD_INPUTS: ThresholdInput[] = [
  {
    input: 'fail-on',
    threshold: 'failOn',
    parse: severity,
    // 'none' (a policy that never fails on findings) is laxer than any severity.
    stricter: (a, b) =>
      b === 'none' || (a !== 'none' && severityRank(a as Severity) < severityRank(b as Severity)),
  },
  {
    input: 'min-line-coverage',
    threshold: 'minLineCoverage',
    parse: number(100),
    stricter: (a, b) => Number(a) > Number(b),
  },
  {
    input: 'min-approvals',
    threshold: 'minApprovals',
    // The policy schema holds whole numbers only.
    parse: (t) => {
      const n = number(1000)(t);
      return n !== undefined && Number.isInteger(n) ? n : undefined;
    },
    stricter: (a, b) => Number(a) > Number(b),
  },
];

/** What the gate assumes when the policy leaves a threshold out (src/gate/evaluators). */
const GATE_DEFAULT: Record<ThresholdInput['threshold'], string | number> = {
  failOn: 'high',
  minLineCoverage: 0,
  minApprovals: 1,
};

export interface AppliedThreshold {
  step: string;
  input: string;
  threshold: ThresholdInput['threshold'];
  applied: string | number;
  /** Where the applied value came from. */
  from: 'input' | 'policy';
  /** The value the other side asked for. */
  other: string | number;
}

/**
 * Tightens `thresholds` (a step's entry of the policy, changed in place) with the step's
 * inputs. Returns one entry per threshold on which the input and the policy disagree, saying
 * which one applied; agreeing or unusable inputs (the step itself rejects those) say nothing.
 */
export function applyStepThresholds(
  step: string,
  thresholds: Record<string, unknown>,
  inputs: Readonly<Record<string, string>> | undefined,
): AppliedThreshold[] {
  const out: AppliedThreshold[] = [];
  for (const t of THRESHOLD_INPUTS) {
    const text = inputs?.[t.input];
    if (text === undefined || text === '') continue;
    const given = t.parse(text);
    if (given === undefined) continue;
    const policy =
      (thresholds[t.threshold] as string | number | undefined) ?? GATE_DEFAULT[t.threshold];
    if (given === policy) continue;
    if (t.stricter(given, policy)) {
      thresholds[t.threshold] = given;
      out.push({
        step,
        input: t.input,
        threshold: t.threshold,
        applied: given,
        from: 'input',
        other: policy,
      });
    } else {
      out.push({
        step,
        input: t.input,
        threshold: t.threshold,
        applied: policy,
        from: 'policy',
        other: given,
      });
    }
  }
  return out;
}

/** One line of the run's notes for an applied threshold. */
export function describeApplied(a: AppliedThreshold): string {
  return a.from === 'input'
    ? `${a.step}: ${a.input} ${a.applied} applied, from the step's input (stricter than the policy's ${a.threshold} ${a.other})`
    : `${a.step}: ${a.threshold} ${a.applied} applied, from the policy (stricter than the step's input ${a.input} ${a.other})`;
}
