import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { MAX_BUNDLE_BYTES } from '../../src/gate/gate.js';
import {
  asSource,
  COMMIT,
  makeKey,
  OTHER_COMMIT,
  PolicyDir,
  sign,
  statusOf,
  tamperPayload,
  type KeyPair,
} from '../helpers/gate-fixture.js';

// Each case plants one specific problem and asserts the specific verdict the gate gives it.
let dir: PolicyDir;
let ci: KeyPair;
let laptop: KeyPair;
let stranger: KeyPair;
let policy: string;

beforeAll(() => {
  dir = new PolicyDir();
  ci = makeKey();
  laptop = makeKey();
  stranger = makeKey();
  dir.file('ci.pub', ci.publicKeyPem);
  dir.file('laptop.pub', laptop.publicKeyPem);
  policy = `version: 1
signers:
  ci: { key: ci.pub }
  laptop: { key: laptop.pub }
defaults:
  signers: [ci]
stages:
  per-commit:
    require: [unit-tests, sast]
steps:
  sast:
    signers: [ci, laptop]
`;
});
afterAll(() => dir.remove());

const sast = (signer = ci, extra: Partial<Parameters<typeof sign>[0]> = {}) =>
  sign({ step: 'sast', predicateType: PREDICATE.scanResult, signer: signer.signer, ...extra });
const unit = (signer = ci, extra: Partial<Parameters<typeof sign>[0]> = {}) =>
  sign({ step: 'unit-tests', signer: signer.signer, ...extra });

describe('gate tamper and misuse cases', () => {
  it('passes when every required step has a good attestation (control)', async () => {
    const v = await dir.gate(policy, [
      asSource('unit-tests.json', await unit()),
      asSource('sast.json', await sast()),
    ]);
    expect(v.verdict).toBe('pass');
    expect(v.steps.map((s) => s.status)).toEqual(['passed', 'passed']);
  });

  it('payload edited after signing: invalid-signature', async () => {
    const b = tamperPayload(await unit(), (s) => {
      (s.predicate as { result: string }).result = 'PASSED';
      (s.predicate as { passedTests: string[] }).passedTests.push('extra');
    });
    const v = await dir.gate(policy, [asSource('x.json', b), asSource('sast.json', await sast())]);
    expect(statusOf(v, 'unit-tests')).toBe('invalid-signature');
    expect(v.verdict).toBe('fail');
  });

  it('signature swapped from another bundle of the same key: invalid-signature', async () => {
    const a = (await unit()) as { dsseEnvelope: { signatures: { sig: string }[] } };
    const b = (await sast()) as { dsseEnvelope: { signatures: { sig: string }[] } };
    a.dsseEnvelope.signatures[0]!.sig = b.dsseEnvelope.signatures[0]!.sig;
    const v = await dir.gate(policy, [asSource('unit-tests.json', a), asSource('sast.json', b)]);
    expect(statusOf(v, 'unit-tests')).toBe('invalid-signature');
    expect(statusOf(v, 'sast')).toBe('passed');
  });

  it('signed with a key the policy does not know: untrusted-signer', async () => {
    const v = await dir.gate(policy, [
      asSource('u.json', await unit(stranger)),
      asSource('s.json', await sast()),
    ]);
    expect(statusOf(v, 'unit-tests')).toBe('untrusted-signer');
    expect(v.steps[0]!.reason).toContain('does not trust');
  });

  it('signed by a trusted key that is not allowed for this step: untrusted-signer', async () => {
    const v = await dir.gate(policy, [
      asSource('u.json', await unit(laptop)),
      asSource('s.json', await sast(laptop)),
    ]);
    expect(statusOf(v, 'unit-tests')).toBe('untrusted-signer');
    expect(v.steps[0]!.reason).toMatch(/not among the signers allowed.*\(ci\)/);
    expect(statusOf(v, 'sast')).toBe('passed');
  });

  it('key hint pointed at another trusted key: invalid-signature', async () => {
    const b = (await unit(laptop)) as { verificationMaterial: { publicKey: { hint: string } } };
    b.verificationMaterial.publicKey.hint = ci.keyId;
    const v = await dir.gate(policy, [asSource('u.json', b), asSource('s.json', await sast())]);
    expect(statusOf(v, 'unit-tests')).toBe('invalid-signature');
  });

  it('statement about another commit (replay): wrong-subject', async () => {
    const v = await dir.gate(policy, [
      asSource('u.json', await unit(ci, { commit: OTHER_COMMIT })),
      asSource('s.json', await sast()),
    ]);
    expect(statusOf(v, 'unit-tests')).toBe('wrong-subject');
    expect(v.steps[0]!.reason).toContain(OTHER_COMMIT.slice(0, 12));
  });

  it('a stale attestation of an older commit next to a good one does not fail the step', async () => {
    const v = await dir.gate(policy, [
      asSource('old.json', await unit(ci, { commit: OTHER_COMMIT })),
      asSource('u.json', await unit()),
      asSource('s.json', await sast()),
    ]);
    expect(statusOf(v, 'unit-tests')).toBe('passed');
  });

  it('commit subject digest changed after signing: invalid-signature', async () => {
    const b = tamperPayload(await unit(ci, { commit: OTHER_COMMIT }), (s) => {
      (s.subject as { digest: Record<string, string> }[])[0]!.digest.gitCommit = COMMIT;
    });
    const v = await dir.gate(policy, [asSource('u.json', b), asSource('s.json', await sast())]);
    expect(statusOf(v, 'unit-tests')).toBe('invalid-signature');
  });

  it('predicate type swapped after signing: invalid-signature', async () => {
    const b = tamperPayload(
      await sast(ci, {
        predicateType: PREDICATE.vulns,
        predicate: { scanner: { uri: 'x', result: [] } },
      }),
      (s) => {
        s.predicateType = PREDICATE.scanResult;
      },
    );
    const v = await dir.gate(policy, [asSource('u.json', await unit()), asSource('s.json', b)]);
    expect(statusOf(v, 'sast')).toBe('invalid-signature');
  });

  it('a validly signed attestation of the wrong predicate type: malformed', async () => {
    const b = await sast(ci, { predicateType: PREDICATE.testResult });
    const v = await dir.gate(policy, [asSource('u.json', await unit()), asSource('s.json', b)]);
    expect(statusOf(v, 'sast')).toBe('malformed');
    expect(v.steps[1]!.reason).toContain(PREDICATE.scanResult);
  });

  it('two attestations for one step that disagree: conflicting', async () => {
    const failing = await unit(ci, {
      predicate: { result: 'FAILED', passedTests: [], failedTests: ['t1'] },
    });
    const v = await dir.gate(policy, [
      asSource('u1.json', await unit()),
      asSource('u2.json', failing),
      asSource('s.json', await sast()),
    ]);
    expect(statusOf(v, 'unit-tests')).toBe('conflicting');
  });

  it('two identical-outcome attestations for one step are accepted', async () => {
    const v = await dir.gate(policy, [
      asSource('u1.json', await unit()),
      asSource('u2.json', await unit()),
      asSource('s.json', await sast()),
    ]);
    expect(statusOf(v, 'unit-tests')).toBe('passed');
  });

  it('required step without attestation: missing', async () => {
    const v = await dir.gate(policy, [asSource('s.json', await sast())]);
    expect(statusOf(v, 'unit-tests')).toBe('missing');
    expect(v.verdict).toBe('fail');
  });

  it('bundle that is not JSON: malformed, attributed by file name', async () => {
    const v = await dir.gate(policy, [
      asSource('unit-tests.sigstore.json', '{"mediaType": nope'),
      asSource('s.json', await sast()),
    ]);
    expect(statusOf(v, 'unit-tests')).toBe('malformed');
  });

  it('truncated bundle: malformed', async () => {
    const text = JSON.stringify(await unit());
    const v = await dir.gate(policy, [
      asSource('unit-tests.json', text.slice(0, text.length / 2)),
      asSource('s.json', await sast()),
    ]);
    expect(statusOf(v, 'unit-tests')).toBe('malformed');
    expect(v.steps[0]!.reason).toContain('not valid JSON');
  });

  it('oversized bundle: malformed without parsing it', async () => {
    const v = await dir.gate(policy, [
      asSource('unit-tests.json', ' '.repeat(MAX_BUNDLE_BYTES + 1)),
      asSource('s.json', await sast()),
    ]);
    expect(statusOf(v, 'unit-tests')).toBe('malformed');
    expect(v.steps[0]!.reason).toContain('limit');
  });

  it('unknown bundle media type: malformed', async () => {
    const b = {
      ...(await unit()),
      mediaType: 'application/vnd.dev.sigstore.bundle+json;version=9',
    };
    const v = await dir.gate(policy, [
      asSource('unit-tests.json', b),
      asSource('s.json', await sast()),
    ]);
    expect(statusOf(v, 'unit-tests')).toBe('malformed');
  });

  it('signature that is not base64: malformed', async () => {
    const b = (await unit()) as { dsseEnvelope: { signatures: { sig: string }[] } };
    b.dsseEnvelope.signatures[0]!.sig = '!!not base64!!';
    const v = await dir.gate(policy, [asSource('u.json', b), asSource('s.json', await sast())]);
    expect(statusOf(v, 'unit-tests')).toBe('malformed');
  });

  it('envelope with two signatures: malformed', async () => {
    const b = (await unit()) as { dsseEnvelope: { signatures: { sig: string }[] } };
    b.dsseEnvelope.signatures.push({ ...b.dsseEnvelope.signatures[0]! });
    const v = await dir.gate(policy, [asSource('u.json', b), asSource('s.json', await sast())]);
    expect(statusOf(v, 'unit-tests')).toBe('malformed');
  });

  it('signed payload that is not an in-toto Statement v1: malformed', async () => {
    const b = tamperPayload(await unit(), () => undefined);
    // Re-sign a payload with the wrong statement type through a raw signer call.
    const payload = JSON.parse(
      Buffer.from(
        (b as { dsseEnvelope: { payload: string } }).dsseEnvelope.payload,
        'base64',
      ).toString(),
    ) as Record<string, unknown>;
    payload._type = 'https://in-toto.io/Statement/v0.1';
    const resigned = await ci.signer.signStatement(Buffer.from(JSON.stringify(payload)));
    const v = await dir.gate(policy, [
      asSource('unit-tests.json', resigned),
      asSource('s.json', await sast()),
    ]);
    expect(statusOf(v, 'unit-tests')).toBe('malformed');
    expect(v.steps[0]!.reason).toContain('Statement/v1');
  });

  it('signed statement that names no step: malformed', async () => {
    const statement = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'x', digest: { gitCommit: COMMIT } }],
      predicateType: PREDICATE.testResult,
      predicate: { result: 'PASSED' },
    };
    const b = await ci.signer.signStatement(Buffer.from(JSON.stringify(statement)));
    const v = await dir.gate(policy, [
      asSource('unit-tests.json', b),
      asSource('s.json', await sast()),
    ]);
    expect(statusOf(v, 'unit-tests')).toBe('malformed');
  });

  it('failing tests: failed, naming the tests', async () => {
    const b = await unit(ci, {
      predicate: {
        result: 'FAILED',
        passedTests: ['a'],
        failedTests: ['checkout rejects empty cart'],
      },
    });
    const v = await dir.gate(policy, [asSource('u.json', b), asSource('s.json', await sast())]);
    expect(statusOf(v, 'unit-tests')).toBe('failed');
    expect(v.steps[0]!.reason).toContain('checkout rejects empty cart');
  });

  it('a step that reports its own failure is failed even with a clean predicate', async () => {
    const b = await sast(ci, { status: 'failed', reason: 'eslint crashed: exit 2' });
    const v = await dir.gate(policy, [asSource('u.json', await unit()), asSource('s.json', b)]);
    expect(statusOf(v, 'sast')).toBe('failed');
    expect(v.steps[1]!.reason).toBe('eslint crashed: exit 2');
  });

  const highFinding = {
    scanner: { name: 'eslint', version: '9.0.0' },
    counts: { high: 1 },
    findings: [
      {
        ruleId: 'detect-eval-with-expression',
        severity: 'high',
        location: { path: 'src/a.ts', line: 3 },
        fingerprint: 'fp1',
      },
    ],
  };

  it('a finding at the threshold: failed, naming the rule and place', async () => {
    const v = await dir.gate(policy, [
      asSource('u.json', await unit()),
      asSource('s.json', await sast(ci, { predicate: highFinding })),
    ]);
    expect(statusOf(v, 'sast')).toBe('failed');
    expect(v.steps[1]!.reason).toContain('detect-eval-with-expression (high) in src/a.ts:3');
  });

  it('an unexpired exception waives the finding and says so', async () => {
    const withException = `${policy}exceptions:\n  - step: sast\n    ruleId: detect-eval-with-expression\n    reason: reviewed, input is constant\n    expires: 2026-12-31\n`;
    const v = await dir.gate(withException, [
      asSource('u.json', await unit()),
      asSource('s.json', await sast(ci, { predicate: highFinding })),
    ]);
    expect(statusOf(v, 'sast')).toBe('passed');
    expect(v.steps[1]!.waived?.[0]).toContain('reviewed, input is constant');
  });

  it('an expired exception no longer applies, and the verdict says it expired', async () => {
    const withException = `${policy}exceptions:\n  - step: sast\n    ruleId: detect-eval-with-expression\n    reason: reviewed\n    expires: 2026-11-25\n`;
    const v = await dir.gate(withException, [
      asSource('u.json', await unit()),
      asSource('s.json', await sast(ci, { predicate: highFinding })),
    ]);
    expect(statusOf(v, 'sast')).toBe('failed');
    expect(v.notes.join('\n')).toMatch(/policy\.yml:\d+: exception for sast expired on 2026-11-25/);
  });

  it('a finding below the threshold passes', async () => {
    const medium = {
      scanner: { name: 'eslint', version: '9.0.0' },
      counts: { medium: 1 },
      findings: [{ ruleId: 'r', severity: 'medium' }],
    };
    const v = await dir.gate(policy, [
      asSource('u.json', await unit()),
      asSource('s.json', await sast(ci, { predicate: medium })),
    ]);
    expect(statusOf(v, 'sast')).toBe('passed');
  });

  it('findings known only by count (truncated list) still count against the threshold', async () => {
    const truncated = {
      scanner: { name: 'eslint', version: '9.0.0' },
      counts: { critical: 2 },
      findings: [],
      findingsTruncated: true,
    };
    const v = await dir.gate(policy, [
      asSource('u.json', await unit()),
      asSource('s.json', await sast(ci, { predicate: truncated })),
    ]);
    expect(statusOf(v, 'sast')).toBe('failed');
  });
});

describe('a step that failed on its findings is judged by the policy', () => {
  const withException = () =>
    `${policy}exceptions:\n  - step: sast\n    ruleId: detect-eval-with-expression\n    reason: constant input, reviewed\n    expires: 2026-12-31\n`;
  const finding = {
    scanner: { name: 'eslint', version: '9.0.0' },
    counts: { high: 1 },
    findings: [
      {
        ruleId: 'detect-eval-with-expression',
        severity: 'high',
        location: { path: 'src/a.ts', line: 3 },
      },
    ],
  };

  it('failure: findings — an exception for the finding lets the step pass', async () => {
    const b = await sast(ci, {
      predicate: finding,
      status: 'failed',
      failure: 'findings',
      reason: '1 high finding',
    });
    const v = await dir.gate(withException(), [
      asSource('u.json', await unit()),
      asSource('s.json', b),
    ]);
    expect(statusOf(v, 'sast')).toBe('passed');
    expect(v.steps[1]!.waived?.[0]).toContain('constant input, reviewed');
  });

  it('failure: findings — without an exception the policy threshold fails it', async () => {
    const b = await sast(ci, { predicate: finding, status: 'failed', failure: 'findings' });
    const v = await dir.gate(policy, [asSource('u.json', await unit()), asSource('s.json', b)]);
    expect(statusOf(v, 'sast')).toBe('failed');
  });

  it('failure: tool — no exception can waive a tool that did not do its job', async () => {
    const b = await sast(ci, {
      predicate: finding,
      status: 'failed',
      failure: 'tool',
      reason: 'eslint crashed',
    });
    const v = await dir.gate(withException(), [
      asSource('u.json', await unit()),
      asSource('s.json', b),
    ]);
    expect(statusOf(v, 'sast')).toBe('failed');
    expect(v.steps[1]!.reason).toBe('eslint crashed');
  });
});
