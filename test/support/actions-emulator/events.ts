/**
 * Event payloads as GitHub writes them to GITHUB_EVENT_PATH, with the fields actions read
 * (https://docs.github.com/webhooks/webhook-events-and-payloads). Only what a run of this
 * kind carries; everything else in the real payloads is left out.
 */
export interface EventSpec {
  name: 'push' | 'pull_request' | 'workflow_dispatch';
  /** The commit the run is for (GITHUB_SHA); for a pull request, the commit checked out. */
  sha: string;
  /** Push: the branch pushed (default main). Pull request: the head branch. */
  branch?: string;
  /** Push: the commit before the push (default all zeros: a new branch). */
  before?: string;
  /** Pull request: number, base branch and commit, head commit (default `sha`). */
  pull?: { number: number; base: string; baseSha: string; headSha?: string; author?: string };
  /** workflow_dispatch inputs. */
  inputs?: Record<string, string>;
}

export interface RunIdentity {
  repository: string;
  actor: string;
  defaultBranch: string;
}

const repo = (id: RunIdentity) => {
  const [owner = '', name = ''] = id.repository.split('/');
  return {
    id: 1296269,
    name,
    full_name: id.repository,
    private: false,
    owner: { login: owner, id: 1, type: 'Organization' },
    html_url: `https://github.com/${id.repository}`,
    clone_url: `https://github.com/${id.repository}.git`,
    default_branch: id.defaultBranch,
  };
};

/** GITHUB_REF for the event: the branch, or refs/pull/<n>/merge. */
export function eventRef(e: EventSpec, id: RunIdentity): string {
  if (e.name === 'pull_request') return `refs/pull/${e.pull?.number ?? 1}/merge`;
  return `refs/heads/${e.branch ?? id.defaultBranch}`;
}

export function eventPayload(e: EventSpec, id: RunIdentity): Record<string, unknown> {
  const sender = { login: id.actor, id: 2, type: 'User' };
  const repository = repo(id);
  switch (e.name) {
    case 'push': {
      const ref = eventRef(e, id);
      const before = e.before ?? '0'.repeat(40);
      return {
        ref,
        before,
        after: e.sha,
        created: /^0+$/.test(before),
        deleted: false,
        forced: false,
        base_ref: null,
        compare: `https://github.com/${id.repository}/compare/${before.slice(0, 12)}...${e.sha.slice(0, 12)}`,
        commits: [
          {
            id: e.sha,
            distinct: true,
            message: 'change',
            author: { name: id.actor, email: `${id.actor}@example.com`, username: id.actor },
          },
        ],
        head_commit: {
          id: e.sha,
          message: 'change',
          author: { name: id.actor, email: `${id.actor}@example.com`, username: id.actor },
        },
        pusher: { name: id.actor, email: `${id.actor}@example.com` },
        repository,
        sender,
      };
    }
    case 'pull_request': {
      const p = e.pull ?? { number: 1, base: id.defaultBranch, baseSha: '0'.repeat(40) };
      const head = p.headSha ?? e.sha;
      const user = { login: p.author ?? id.actor, id: 3, type: 'User' };
      return {
        action: 'synchronize',
        number: p.number,
        pull_request: {
          url: `https://api.github.com/repos/${id.repository}/pulls/${p.number}`,
          html_url: `https://github.com/${id.repository}/pull/${p.number}`,
          id: 1000 + p.number,
          number: p.number,
          state: 'open',
          draft: false,
          title: 'A change',
          user,
          merged: false,
          head: {
            label: `${repository.owner.login}:${e.branch ?? 'feature'}`,
            ref: e.branch ?? 'feature',
            sha: head,
            user,
            repo: repository,
          },
          base: {
            label: `${repository.owner.login}:${p.base}`,
            ref: p.base,
            sha: p.baseSha,
            user: repository.owner,
            repo: repository,
          },
        },
        repository,
        sender: user,
      };
    }
    case 'workflow_dispatch':
      return { inputs: e.inputs ?? {}, ref: eventRef(e, id), repository, sender, workflow: '' };
  }
}
