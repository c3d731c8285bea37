import { describe, expect, it } from 'vitest';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { makeStatement, type Statement, type Subject } from '../../src/attest/statement.js';
import {
  checkChain,
  materialsOf,
  normaliseArtefactName,
  productsOf,
} from '../../src/gate/chain.js';
import type { ChainRule } from '../../src/policy/types.js';

// Chain rules piece by piece: how names are normalised, what a step produced and consumed,
// and the exact reason each way a chain breaks is reported.

const A = 'a1'.repeat(32);
const B = 'b2'.repeat(32);
const rule: ChainRule = { step: 'container', materialsFrom: 'compile', match: 'dist/**' };

function provenance(deps: unknown[], own?: unknown[]): Statement {
  return makeStatement([], PREDICATE.slsaProvenance, {
    buildDefinition: { buildType: 'x', externalParameters: {}, resolvedDependencies: deps },
    runDetails: { builder: { id: 'local' } },
    ...(own ? { tollgate: { step: 'container', status: 'passed', materials: own } } : {}),
  });
}
function produced(subjects: Subject[]): Statement {
  return makeStatement(subjects, PREDICATE.slsaProvenance, {});
}

describe('normaliseArtefactName', () => {
  it.each([
    ['dist/app.js', 'dist/app.js'],
    ['./dist/app.js', 'dist/app.js'],
    ['dist//./app.js', 'dist/app.js'],
    ['dist/app.js/', 'dist/app.js'],
    ['pkg:npm/left-pad@1.0.0', 'pkg:npm/left-pad@1.0.0'],
    ['git+https://github.com/acme/shop', 'git+https://github.com/acme/shop'],
  ])('%s is %s', (raw, name) => {
    expect(normaliseArtefactName(raw)).toBe(name);
  });

  it.each([
    '/etc/passwd',
    'C:/dist/app.js',
    'c:app.js',
    'dist\\app.js',
    'dist/../secret',
    '..',
    '../dist/app.js',
    '',
    '.',
    './',
    '//',
  ])('%j cannot be matched safely', (raw) => {
    expect(normaliseArtefactName(raw)).toBeUndefined();
  });

  it('a colon after the first segment does not make a name a URI', () => {
    expect(normaliseArtefactName('./dist/ab:c')).toBe('dist/ab:c');
  });

  it('a URI-like name with a .. segment is refused too', () => {
    expect(normaliseArtefactName('pkg:x/../y')).toBeUndefined();
  });

  it('a single letter before a colon is a drive, not a scheme', () => {
    // `x:` is refused as a drive letter; a scheme needs two characters or more
    expect(normaliseArtefactName('x:/a')).toBeUndefined();
    expect(normaliseArtefactName('ab:/a')).toBe('ab:/a');
    expect(normaliseArtefactName('1a:b/./c')).toBe('1a:b/c');
  });
});

describe('productsOf', () => {
  it('lists SHA-256 subjects by normalised name, except the commit and unsafe names', () => {
    expect(
      productsOf([
        produced([
          { name: 'acme/shop', digest: { gitCommit: 'c'.repeat(40) } },
          { name: 'acme/shop', digest: { gitCommit: 'c'.repeat(40), sha256: B } },
          { name: './dist/app.js', digest: { sha256: A } },
          { name: '../x', digest: { sha256: A } },
          { name: 'report', digest: { sha512: 'f'.repeat(128) } },
        ]),
        produced([{ name: 'dist/b.js', digest: { sha256: B } }]),
      ]),
    ).toEqual([
      { name: 'dist/app.js', sha256: A },
      { name: 'dist/b.js', sha256: B },
    ]);
  });
});

describe('materialsOf', () => {
  it('takes resolvedDependencies and the step metadata materials, with every oddity kept', () => {
    expect(
      materialsOf([
        provenance(
          [
            { name: './dist/app.js', digest: { sha256: A } },
            { uri: 'pkg:npm/x@1', digest: { sha256: B } },
            { name: '', uri: 'dist/u.js', digest: { sha256: '' } },
            { name: 7, uri: '', digest: null },
            null,
            { name: '/abs' },
          ],
          [{ name: 'dist/own.js', digest: { sha256: A } }],
        ),
      ]),
    ).toEqual([
      { name: 'dist/app.js', declared: './dist/app.js', sha256: A },
      { name: 'pkg:npm/x@1', declared: 'pkg:npm/x@1', sha256: B },
      { name: 'dist/u.js', declared: 'dist/u.js' },
      { name: undefined, declared: undefined },
      { name: undefined, declared: undefined },
      { name: undefined, declared: '/abs' },
      { name: 'dist/own.js', declared: 'dist/own.js', sha256: A },
    ]);
  });

  it('reads nothing from a predicate without a build definition or with a non-list', () => {
    expect(materialsOf([makeStatement([], PREDICATE.slsaProvenance, {})])).toEqual([]);
    expect(
      materialsOf([
        makeStatement([], PREDICATE.slsaProvenance, {
          buildDefinition: { resolvedDependencies: { name: 'dist/a.js' } },
        }),
      ]),
    ).toEqual([]);
  });
});

describe('checkChain', () => {
  const compile = [produced([{ name: 'dist/app.js', digest: { sha256: A } }])];

  it('passes when every matching material is a product with the same digest', () => {
    expect(
      checkChain(
        rule,
        [
          provenance([
            { name: 'dist/app.js', digest: { sha256: A } },
            { name: 'base-image', digest: { sha256: B } },
          ]),
        ],
        compile,
      ),
    ).toBeUndefined();
  });

  it('a material with neither name nor uri', () => {
    expect(checkChain(rule, [provenance([{ digest: { sha256: A } }])], compile)).toBe(
      'a material of container has neither name nor uri, so it cannot be checked against compile',
    );
  });

  it('an empty or non-string uri is no uri', () => {
    const none =
      'a material of container has neither name nor uri, so it cannot be checked against compile';
    expect(checkChain(rule, [provenance([{ uri: '', digest: { sha256: A } }])], compile)).toBe(
      none,
    );
    expect(checkChain(rule, [provenance([{ uri: 7, digest: { sha256: A } }])], compile)).toBe(none);
  });

  it('a SHA-256 digest that is not a non-empty string is no digest', () => {
    for (const sha256 of [5, '', null]) {
      expect(
        checkChain(rule, [provenance([{ name: 'dist/app.js', digest: { sha256 } }])], compile),
      ).toBe(
        'material dist/app.js of container has no sha256 digest, so nothing proves it is what compile produced',
      );
    }
  });

  it('a material with an unsafe name, even one the glob would not match', () => {
    expect(
      checkChain(
        rule,
        [provenance([{ name: 'dist/app.js', digest: { sha256: A } }, { name: '../other' }])],
        compile,
      ),
    ).toBe(
      'material "../other" of container is absolute, has a ".." segment or a backslash, so it cannot be matched against "dist/**" safely',
    );
  });

  it('no material matching the rule', () => {
    expect(
      checkChain(rule, [provenance([{ name: 'lib/a.js', digest: { sha256: A } }])], compile),
    ).toBe('no material of container matches "dist/**", so nothing proves it came from compile');
  });

  it('a matching material without a SHA-256 digest, even after one that chains', () => {
    expect(
      checkChain(
        rule,
        [
          provenance([
            { name: 'dist/app.js', digest: { sha256: A } },
            { name: 'dist/b.js', digest: { sha512: 'f'.repeat(128) } },
          ]),
        ],
        compile,
      ),
    ).toBe(
      'material dist/b.js of container has no sha256 digest, so nothing proves it is what compile produced',
    );
  });

  it('a matching material the producer never produced', () => {
    expect(
      checkChain(
        rule,
        [
          provenance([
            { name: 'dist/app.js', digest: { sha256: A } },
            { name: 'dist/b.js', digest: { sha256: B } },
          ]),
        ],
        compile,
      ),
    ).toBe('material dist/b.js of container is not a product of compile');
  });

  it('a matching material whose digest differs from one of the products of that name', () => {
    expect(
      checkChain(rule, [provenance([{ name: 'dist/app.js', digest: { sha256: B } }])], compile),
    ).toBe(
      `material dist/app.js of container has sha256 ${B.slice(0, 12)}, but compile produced ${A.slice(0, 12)}`,
    );
    // two producers of the same name with different digests: the material cannot be both
    expect(
      checkChain(
        rule,
        [provenance([{ name: 'dist/app.js', digest: { sha256: A } }])],
        [...compile, produced([{ name: 'dist/app.js', digest: { sha256: B } }])],
      ),
    ).toBe(
      `material dist/app.js of container has sha256 ${A.slice(0, 12)}, but compile produced ${B.slice(0, 12)}`,
    );
  });
});
