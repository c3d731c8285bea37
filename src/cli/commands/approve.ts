import { relative, resolve } from 'node:path';
import { writeApproval } from '../../approval/record.js';
import { TollgateError } from '../../core/errors.js';
import { sameIdentity } from '../../core/identity.js';
import { commitAuthor, gitUserEmail, headCommit, repositoryName } from '../../core/git.js';
import { loadLocalKey, localKeyPath } from '../../runner/local-key.js';
import { optional, type Command } from '../command.js';

export const approveCommand: Command = {
  name: 'approve',
  summary: 'record a signed stakeholder approval (or rejection) of a commit',
  help: `Usage: tollgate approve [--repo DIR] [--commit SHA] [--as NAME] [--reject] [--comment TEXT]
                        [--step approval|peer-review]

Signs, with the local key, that NAME approves COMMIT for release, and keeps the record in
<repo>/.tollgate/approvals/<step>/<commit>/. The per-merge stage's approval step verifies
every record and attests who approved; the policy decides whose approvals count and whether
the change's author may approve it. With --step peer-review the record is a local code
review, which the peer-review step counts when it runs outside a pull request. On GitHub,
the steps read the Environment's required reviewers and the pull request's reviews instead.

Options:
  --repo DIR       the repository (default: the current folder)
  --commit SHA     the commit to approve (default: HEAD)
  --as NAME        who approves (default: git config user.email)
  --reject         record a rejection instead; it blocks until that person approves
  --comment TEXT   kept in the record
  --step STEP      approval (default) or peer-review

Example:
  tollgate approve --as release-manager@example.com --comment "ship it"
`,
  options: {
    repo: { type: 'string' },
    commit: { type: 'string' },
    as: { type: 'string' },
    reject: { type: 'boolean' },
    comment: { type: 'string' },
    step: { type: 'string' },
  },
  async run(values, _pos, io) {
    const repoDir = resolve(io.cwd, optional(values, 'repo') ?? '.');
    const commit = optional(values, 'commit') ?? headCommit(repoDir);
    const author = commitAuthor(repoDir, commit);
    if (!author) {
      throw new TollgateError('USAGE', `${commit} is not a commit of ${repoDir}`, {
        hint: 'pass a commit of this repository, or omit --commit for HEAD',
      });
    }
    const reviewer = optional(values, 'as') ?? gitUserEmail(repoDir);
    if (!reviewer) {
      throw new TollgateError('USAGE', 'cannot tell who approves: git has no user.email here', {
        hint: 'pass --as NAME',
      });
    }
    const step = optional(values, 'step') ?? 'approval';
    if (step !== 'approval' && step !== 'peer-review') {
      throw new TollgateError('USAGE', `--step must be approval or peer-review, not "${step}"`);
    }
    const key = await loadLocalKey(io.env);
    if (key.created) io.err(`created the local signing key ${localKeyPath(io.env).path}\n`);
    const decision = values.reject ? 'rejected' : 'approved';
    const file = await writeApproval(
      {
        repoDir,
        repository: repositoryName(repoDir),
        commit,
        author,
        reviewer,
        decision,
        comment: optional(values, 'comment'),
        now: io.now(),
        step,
      },
      key.signer,
    );
    const self = sameIdentity(reviewer, author) ? ' (you are its author)' : '';
    const what = step === 'approval' ? '' : ` (${step})`;
    io.out(
      `${reviewer} ${decision} ${commit.slice(0, 12)}${what}${self}: ${relative(io.cwd, file) || file}\n`,
    );
    return 0;
  },
};
