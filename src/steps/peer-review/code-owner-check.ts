import { sameIdentity } from '../../core/identity.js';
import type { RepoRef } from '../../github/port.js';
import type { GitHubReadPort } from '../../github/read-port.js';
import { ownersOf, type OwnerRule } from './codeowners.js';

export interface OwnedFile {
  path: string;
  owners: string[];
  /** The CODEOWNERS line whose rule decided the owners. */
  line: number;
  /** The approver who counts as an owner, when one does. */
  approvedBy?: string;
}

export interface CodeOwnerResult {
  files: OwnedFile[];
  /** Owners that could not be checked, with why (teams the token may not read, e-mails). */
  unresolved: string[];
}

/**
 * Whether every changed file that has owners was approved by one of them. A user owner
 * matches by login; a team owner (@org/team) through the team membership API, which a
 * repository's GITHUB_TOKEN usually may not read: such a team is reported as unresolved
 * (and the file as missing its owner) rather than guessed. E-mail owners cannot be mapped
 * to logins through the REST API and are reported the same way.
 */
export async function checkCodeOwners(
  port: GitHubReadPort,
  rules: OwnerRule[],
  changed: string[],
  approvers: string[],
): Promise<CodeOwnerResult> {
  const unresolved = new Map<string, string>();
  const membership = new Map<string, Promise<boolean>>();
  const isMember = (team: string, user: string): Promise<boolean> => {
    const key = `${team}\u0000${user}`;
    let p = membership.get(key);
    if (!p) {
      const [org, slug] = team.slice(1).split('/') as [string, string];
      p = port.teamMembership(org, slug, user).then((m) => {
        if (typeof m === 'object')
          unresolved.set(team, `team ${team} cannot be resolved: ${m.unknown}`);
        return m === 'member';
      });
      membership.set(key, p);
    }
    return p;
  };
  const files: OwnedFile[] = [];
  for (const path of changed) {
    const rule = ownersOf(rules, path);
    if (!rule || !rule.owners.length) continue;
    let approvedBy: string | undefined;
    for (const owner of rule.owners) {
      if (approvedBy) break;
      if (!owner.startsWith('@')) {
        unresolved.set(owner, `e-mail owner ${owner} cannot be matched to a login`);
        continue;
      }
      if (owner.includes('/')) {
        for (const a of approvers) if (!approvedBy && (await isMember(owner, a))) approvedBy = a;
      } else {
        approvedBy = approvers.find((a) => sameIdentity(a, owner.slice(1)));
      }
    }
    files.push({
      path,
      owners: rule.owners,
      line: rule.line,
      ...(approvedBy ? { approvedBy } : {}),
    });
  }
  return { files, unresolved: [...unresolved.values()] };
}

/** Reads the first CODEOWNERS GitHub would use, at the pull request's head. */
export async function findCodeowners(
  port: GitHubReadPort,
  repo: RepoRef,
  ref: string,
  paths: string[],
): Promise<{ path: string; text: string } | undefined> {
  for (const path of paths) {
    const text = await port.getFileText(repo, path, ref);
    if (text !== undefined) return { path, text };
  }
  return undefined;
}
