import { afterAll, describe, expect, it } from 'vitest';
import { createTokenIssuer } from '../../helpers/sigstore-mock-token.js';
import { runWorkflow } from './emulator.js';
import { makeRepo, removeScratch, scratch } from './repo.js';

const CALLED = `name: Called
on:
  workflow_call:
    inputs:
      greeting:
        type: string
        required: true
      loud:
        type: boolean
        default: false
      tag:
        type: string
        default: none
    secrets:
      api-key:
        required: true
    outputs:
      said:
        description: What the job said
        value: \${{ jobs.speak.outputs.said }}
permissions: {}
jobs:
  speak:
    runs-on: ubuntu-24.04
    environment: \${{ inputs.tag }}
    concurrency:
      group: speak-\${{ github.ref }}
      cancel-in-progress: true
    permissions:
      contents: write
      id-token: write
      packages: write
    outputs:
      said: \${{ steps.say.outputs.said }}
    steps:
      - id: say
        env:
          KEY: \${{ secrets.api-key }}
        run: |
          echo "said=\${{ inputs.greeting }} loud=\${{ inputs.loud }} tag=\${{ inputs.tag }}" >> "$GITHUB_OUTPUT"
          echo "key is $KEY"
      - name: Ask for an OIDC token
        run: |
          curl -sS -H "Authorization: Bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN" "$ACTIONS_ID_TOKEN_REQUEST_URL&audience=sigstore" \\
            | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const c=JSON.parse(Buffer.from(JSON.parse(s).value.split(".")[1],"base64url"));console.log(c.aud, c.job_workflow_ref, c.workflow_ref, c.environment)})'
  quiet:
    runs-on: ubuntu-24.04
    steps:
      - run: echo "token url:\${ACTIONS_ID_TOKEN_REQUEST_URL:-none}"
`;

const CALLER = `name: Caller
on: push
permissions: {}
jobs:
  call:
    permissions:
      contents: read
      id-token: write
    uses: ./.github/workflows/called.yml
    with:
      greeting: hello \${{ github.event_name }}
      loud: true
    secrets:
      api-key: \${{ secrets.API_KEY }}
  after:
    needs: call
    runs-on: ubuntu-24.04
    steps:
      - run: echo "\${{ needs.call.outputs.said }} / \${{ needs.call.result }}"
`;

const track = async <T extends { workDir: string }>(p: Promise<T>): Promise<T> => {
  const r = await p;
  scratch.push(r.workDir);
  return r;
};

afterAll(removeScratch);

describe('workflow_call', () => {
  it('passes inputs, secrets and outputs, caps permissions and records environment and concurrency', async () => {
    const repo = makeRepo({
      '.github/workflows/ci.yml': CALLER,
      '.github/workflows/called.yml': CALLED,
    });
    const issuer = createTokenIssuer();
    const r = await track(
      runWorkflow({
        repo: repo.dir,
        workflow: '.github/workflows/ci.yml',
        event: { name: 'push', sha: repo.head },
        secrets: { API_KEY: 'sk-very-secret-value' },
        issueToken: (claims) => issuer.issue({ claims }),
      }),
    );
    expect(r.result).toBe('success');
    const call = r.job('call');
    expect(call.inputs).toEqual({ greeting: 'hello push', loud: true, tag: 'none' });
    expect(call.secrets).toEqual(['api-key']);
    expect(call.outputs).toEqual({ said: 'hello push loud=true tag=none' });
    const speak = r.job('call/speak');
    expect(speak.workflow).toBe('.github/workflows/called.yml');
    // contents: write asked, read granted by the caller; packages not granted at all.
    expect(speak.permissions).toEqual({ contents: 'read', 'id-token': 'write', packages: 'none' });
    expect(speak.environment).toEqual({ name: 'none' });
    expect(speak.concurrency).toEqual({ group: 'speak-refs/heads/main', cancelInProgress: true });
    expect(speak.steps[0]?.log).toBe('key is ***');
    expect(speak.steps[1]?.log).toBe(
      'sigstore acme/shop/.github/workflows/called.yml@refs/heads/main acme/shop/.github/workflows/ci.yml@refs/heads/main none',
    );
    expect(r.oidcRequests).toEqual([
      {
        audience: 'sigstore',
        job_workflow_ref: 'acme/shop/.github/workflows/called.yml@refs/heads/main',
      },
    ]);
    expect(r.job('call/quiet').permissions).toEqual({});
    expect(r.job('call/quiet').steps[0]?.log).toBe('token url:none');
    expect(r.job('after').steps[0]?.log).toBe('hello push loud=true tag=none / success');
  });

  it("refuses a call without a required secret or with an unknown input, with GitHub's parser's message", async () => {
    const noSecret = CALLER.replace(/ {4}secrets:\n {6}api-key: .*\n/, '');
    const typo = CALLER.replace('loud: true', 'lowd: true');
    for (const [caller, message] of [
      [noSecret, 'Secret api-key is required, but not provided while calling.'],
      [typo, 'Invalid input, lowd is not defined in the referenced workflow.'],
    ] as const) {
      const repo = makeRepo({
        '.github/workflows/ci.yml': caller,
        '.github/workflows/called.yml': CALLED,
      });
      await expect(
        track(
          runWorkflow({
            repo: repo.dir,
            workflow: '.github/workflows/ci.yml',
            event: { name: 'push', sha: repo.head },
          }),
        ),
      ).rejects.toThrow(message);
    }
  });

  it("calls Tollgate's reusable workflow from this repository's HEAD, as the caller that tollgate init writes does", async () => {
    const caller = `name: Tollgate
on: push
permissions: {}
jobs:
  pre-commit:
    permissions:
      contents: read
      id-token: write
    uses: tollgate-dev/tollgate/.github/workflows/pre-commit.yml@v1
    with:
      policy: .github/tollgate.yml
`;
    const repo = makeRepo({ '.github/workflows/tollgate.yml': caller, 'README.md': 'hi\n' });
    const r = await track(
      runWorkflow({
        repo: repo.dir,
        workflow: '.github/workflows/tollgate.yml',
        event: { name: 'push', sha: repo.head },
      }),
    );
    const call = r.job('pre-commit');
    // Inputs that only feed steps are unset by default: the steps then read the
    // repository's inputs file, else their own defaults.
    expect(call.inputs).toMatchObject({
      policy: '.github/tollgate.yml',
      signer: '',
      'toolbox-image': '',
    });
    const scan = r.job('pre-commit/secret-scan');
    expect(scan.workflow).toBe('.github/workflows/pre-commit.yml');
    expect(scan.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(scan.steps.map((s) => s.kind)).toEqual([
      'emulated:actions/checkout',
      'emulated:actions/setup-node',
      'tollgate:actions/secret-scan',
    ]);
    expect(scan.steps[2]?.inputs).toMatchObject({ signer: '', mode: '' });
    // The gate runs whatever the steps did (if: always()), after them.
    const gate = r.job('pre-commit/gate');
    expect(gate.permissions).toEqual({ contents: 'read' });
    expect(gate.steps.map((s) => s.kind)).toEqual([
      'emulated:actions/checkout',
      'emulated:actions/download-artifact',
      'tollgate:actions/gate',
      'emulated:actions/upload-artifact',
    ]);
    const order = r.events
      .filter((e) => e.type === 'job-start' || e.type === 'job-end')
      .map((e) => `${e.type} ${e.job}`);
    expect(order.indexOf('job-start pre-commit/gate')).toBeGreaterThan(
      order.indexOf('job-end pre-commit/secret-scan'),
    );
    expect(order.at(-1)).toBe('job-end pre-commit');
  });
});
