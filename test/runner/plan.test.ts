import { describe, expect, it } from 'vitest';
import { makePlan } from '../../src/runner/plan.js';

describe('the plan of a local run', () => {
  it('orders stages: a later stage waits for every step of the earlier ones', () => {
    const plan = makePlan(['per-commit', 'per-pr'], []);
    expect(plan.after.get('deploy-test')).toEqual(
      plan.steps.filter((s) => s.stage === 'per-commit').map((s) => s.id),
    );
    expect(plan.after.get('compile')).toEqual([]);
    // Ordering is not a need: deploy-test needs nothing to pass.
    expect(plan.needs.get('deploy-test')).toEqual([]);
  });

  it('runs chaos after the other per-PR steps, whose measurements it would spoil', () => {
    const plan = makePlan(['per-pr'], []);
    const after = plan.after.get('chaos')!;
    for (const s of ['dast', 'api-fuzz', 'infra-scan', 'performance', 'system-tests']) {
      expect(after).toContain(s);
    }
    expect(after).not.toContain('chaos');
    expect(plan.after.get('dast')).toEqual([]);
  });
});
