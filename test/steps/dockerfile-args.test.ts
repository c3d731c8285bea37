import { describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../src/steps/lint-iac/dockerfile.js';

const DIGEST = `sha256:${'0'.repeat(64)}`;

describe('Dockerfile base images given through build arguments', () => {
  it('resolves ARG defaults declared before the first FROM, as docker build does', () => {
    const text = `ARG BASE=docker.io/library/node:24-slim@${DIGEST}\nFROM \${BASE} AS build\nFROM $BASE\nUSER 1000\nHEALTHCHECK CMD true\n`;
    const ids = lintDockerfile('Containerfile', text).map((f) => f.ruleId);
    expect(ids).not.toContain('TG-DOCKER-001');
    expect(ids).not.toContain('TG-DOCKER-002');
  });

  it('flags a base image from an argument without default, and still flags :latest', () => {
    const text = `ARG BASE\nFROM \${BASE}\nFROM node:latest\nUSER 1000\nHEALTHCHECK CMD true\n`;
    const found = lintDockerfile('Containerfile', text).map(
      (f) => `${f.ruleId}:${f.location?.line}`,
    );
    expect(found).toEqual(['TG-DOCKER-001:2', 'TG-DOCKER-002:3', 'TG-DOCKER-001:3']);
  });

  it('an ARG after the first FROM does not feed a later FROM (it is stage-scoped)', () => {
    const text = `FROM node:24@${DIGEST}\nARG NEXT=node:24@${DIGEST}\nFROM \${NEXT}\nUSER 1000\nHEALTHCHECK CMD true\n`;
    expect(lintDockerfile('Containerfile', text).map((f) => f.ruleId)).toContain('TG-DOCKER-001');
  });
});
