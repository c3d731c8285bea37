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

describe('--only keeps the graph transitive order', () => {
  it('orders container after compile, through the steps left out', () => {
    const plan = makePlan([], ['compile', 'container']);
    expect(plan.needs.get('container')).toEqual([]);
    expect(plan.through.get('container')).toEqual(['compile']);
    expect(plan.through.get('compile')).toEqual([]);
  });

  it('stops at a planned step: its own order carries the rest', () => {
    const plan = makePlan([], ['compile', 'instrument', 'coverage', 'container']);
    expect(plan.needs.get('instrument')).toEqual(['compile']);
    // coverage reaches instrument through the tests, not compile again.
    expect(plan.through.get('coverage')).toEqual(['instrument']);
    expect(plan.needs.get('container')).toEqual(['coverage']);
    // lint-openapi (left out) needs compile: container depends on compile through it.
    expect(plan.through.get('container')).toEqual(['compile']);
  });

  it('a whole stage has nothing to add', () => {
    const plan = makePlan(['per-commit'], []);
    for (const s of plan.steps) expect(plan.through.get(s.id)).toEqual([]);
  });
});
