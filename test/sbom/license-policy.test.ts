import { describe, expect, it } from 'vitest';
import {
  checkLicenses,
  judgeLicense,
  parseLicenseList,
  parseSpdx,
} from '../../src/sbom/license-policy.js';
import type { SbomComponent } from '../../src/sbom/types.js';

const policy = (denied: string, allowed = '') => ({
  denied: parseLicenseList(denied),
  allowed: parseLicenseList(allowed),
});

const pkg = (name: string, license?: string): SbomComponent => ({
  name,
  version: '1.0.0',
  purl: `pkg:npm/${name}@1.0.0`,
  ecosystem: 'npm',
  bomRef: name,
  type: 'library',
  ...(license ? { license } : {}),
});

describe('licence policy', () => {
  it('parses SPDX expressions with AND binding tighter than OR', () => {
    expect(parseSpdx('MIT OR Apache-2.0 AND GPL-3.0-only')).toEqual({
      op: 'OR',
      left: { id: 'MIT' },
      right: { op: 'AND', left: { id: 'Apache-2.0' }, right: { id: 'GPL-3.0-only' } },
    });
    expect(() => parseSpdx('(MIT OR')).toThrow(/ends too early|not closed/);
  });

  it('allows an OR when any branch is allowed; an AND needs all', () => {
    const p = policy('GPL-3.0-only, AGPL-3.0-only');
    expect(judgeLicense('MIT OR GPL-3.0-only', p)).toBeUndefined();
    expect(judgeLicense('MIT AND GPL-3.0-only', p)).toBe('denied licence GPL-3.0-only');
    expect(judgeLicense('(MIT AND agpl-3.0-only) OR GPL-3.0-only', p)).toMatch(/denied/);
    expect(judgeLicense('GPL-2.0-only WITH Classpath-exception-2.0', p)).toBeUndefined();
  });

  it('with an allow list, fails unlisted and undeclared licences and names the package', () => {
    const v = checkLicenses(
      [pkg('a', 'MIT'), pkg('b', 'WTFPL'), pkg('c'), pkg('d', 'ISC OR WTFPL')],
      policy('', 'MIT ISC'),
    );
    expect(v.map((x) => [x.component.name, x.why])).toEqual([
      ['b', 'licence WTFPL is not in allowed-licenses'],
      ['c', 'no licence declared'],
    ]);
  });

  it('passes undeclared licences when only a deny list is set', () => {
    expect(checkLicenses([pkg('c'), pkg('a', 'MIT')], policy('GPL-3.0-only'))).toEqual([]);
  });
});
