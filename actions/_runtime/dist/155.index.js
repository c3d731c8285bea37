export const id = 155;
export const ids = [155];
export const modules = {

/***/ 60155:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REPORT_NAME: () => (/* binding */ REPORT_NAME),
  peerReview: () => (/* binding */ peerReview)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./dist/core/fs.js
var fs = __webpack_require__(90275);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./dist/attest/predicates/types.js
var types = __webpack_require__(71262);
// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
// EXTERNAL MODULE: ./dist/github/client.js
var client = __webpack_require__(16719);
// EXTERNAL MODULE: ./dist/github/context.js
var context = __webpack_require__(27569);
// EXTERNAL MODULE: ./dist/github/octokit-read-port.js
var octokit_read_port = __webpack_require__(66426);
// EXTERNAL MODULE: ./dist/core/identity.js
var identity = __webpack_require__(2886);
;// CONCATENATED MODULE: ./dist/steps/peer-review/codeowners.js
/**
 * CODEOWNERS as GitHub reads it: the first file found of .github/CODEOWNERS, CODEOWNERS and
 * docs/CODEOWNERS; one rule per line (pattern, then owners); gitignore-style patterns; the
 * last matching rule decides a file's owners, and a rule without owners leaves it unowned.
 */
const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
/** A gitignore-style pattern as a regular expression over repository paths. */
function patternRegex(pattern) {
    let p = pattern;
    // A slash at the start or in the middle anchors the pattern at the root.
    const anchored = p.startsWith('/') || p.slice(0, -1).includes('/');
    p = p.replace(/^\//, '');
    const dirOnly = p.endsWith('/');
    p = p.replace(/\/$/, '');
    let re = '';
    for (let i = 0; i < p.length; i++) {
        const c = p[i];
        if (c === '*' && p[i + 1] === '*') {
            // "**/" any leading folders; "/**" everything below; a lone "**" anything.
            if (p[i + 2] === '/') {
                re += '(?:.*/)?';
                i += 2;
            }
            else {
                re += '.*';
                i += 1;
            }
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else if (c === '\\' && i + 1 < p.length)
            re += p[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        else
            re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
    // A pattern names a file or a folder; a folder owns everything below it. GitHub makes
    // one exception: "docs/*" owns the files directly in docs/, not those in its subfolders.
    const tail = dirOnly ? '/.*' : p.endsWith('/*') ? '' : '(?:/.*)?';
    return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${re}${tail}$`);
}
function parseCodeowners(text) {
    const rules = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (!line)
            return;
        const [pattern, ...owners] = line.split(/\s+/);
        if (!pattern)
            return;
        rules.push({ pattern, owners, line: i + 1, regex: patternRegex(pattern) });
    });
    return rules;
}
/** The owners of `path` (the last matching rule's), or undefined when no rule matches. */
function ownersOf(rules, path) {
    for (let i = rules.length - 1; i >= 0; i--)
        if (rules[i].regex.test(path))
            return rules[i];
    return undefined;
}

;// CONCATENATED MODULE: ./dist/steps/peer-review/code-owner-check.js


/**
 * Whether every changed file that has owners was approved by one of them. A user owner
 * matches by login; a team owner (@org/team) through the team membership API, which a
 * repository's GITHUB_TOKEN usually may not read: such a team is reported as unresolved
 * (and the file as missing its owner) rather than guessed. E-mail owners cannot be mapped
 * to logins through the REST API and are reported the same way.
 */
async function checkCodeOwners(port, rules, changed, approvers) {
    const unresolved = new Map();
    const membership = new Map();
    const isMember = (team, user) => {
        const key = `${team}\u0000${user}`;
        let p = membership.get(key);
        if (!p) {
            const [org, slug] = team.slice(1).split('/');
            p = port.teamMembership(org, slug, user).then((m) => {
                if (typeof m === 'object')
                    unresolved.set(team, `team ${team} cannot be resolved: ${m.unknown}`);
                return m === 'member';
            });
            membership.set(key, p);
        }
        return p;
    };
    const files = [];
    for (const path of changed) {
        const rule = ownersOf(rules, path);
        if (!rule || !rule.owners.length)
            continue;
        let approvedBy;
        for (const owner of rule.owners) {
            if (approvedBy)
                break;
            if (!owner.startsWith('@')) {
                unresolved.set(owner, `e-mail owner ${owner} cannot be matched to a login`);
                continue;
            }
            if (owner.includes('/')) {
                for (const a of approvers)
                    if (!approvedBy && (await isMember(owner, a)))
                        approvedBy = a;
            }
            else {
                approvedBy = approvers.find((a) => (0,identity/* sameIdentity */.BU)(a, owner.slice(1)));
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
async function findCodeowners(port, repo, ref, paths) {
    for (const path of paths) {
        const text = await port.getFileText(repo, path, ref);
        if (text !== undefined)
            return { path, text };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./dist/steps/peer-review/reviews.js

const DECISIVE = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);
function reviewStanding(reviews, author, headSha) {
    const latest = new Map();
    // The API lists reviews oldest first; submitted_at breaks any tie the order would not.
    const ordered = [...reviews].sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''));
    for (const r of ordered) {
        const login = (0,identity/* normaliseIdentity */.Bp)(r.user); // one entry per person, however the login is spelt
        if (login && DECISIVE.has(r.state))
            latest.set(login, r);
    }
    const out = {
        approvedBy: [],
        selfApproved: false,
        staleApprovals: [],
        changesRequested: [],
    };
    for (const [login, r] of latest) {
        if (r.state === 'CHANGES_REQUESTED')
            out.changesRequested.push(r.user);
        if (r.state !== 'APPROVED')
            continue;
        if ((0,identity/* sameIdentity */.BU)(login, author))
            out.selfApproved = true;
        else if (r.commitId !== headSha)
            out.staleApprovals.push({ reviewer: r.user, commit: r.commitId });
        else
            out.approvedBy.push({
                reviewer: r.user,
                commit: r.commitId,
                ...(r.submittedAt ? { submittedAt: r.submittedAt } : {}),
            });
    }
    return out;
}

;// CONCATENATED MODULE: ./dist/steps/peer-review/assess.js



const assess_short = (sha) => sha.slice(0, 12);
/** GitHub answers 404 both for "not a member" and for a team the token cannot see. */
const teamHint = (missing) => missing.some((f) => f.owners.some((o) => o.startsWith('@') && o.includes('/')))
    ? ' (team membership as the token sees it: GitHub answers 404 also for a team the token may not see)'
    : '';
/** Reads the pull request, its reviews and CODEOWNERS, and says whether its head is approved. */
async function assessPullRequest(port, repo, number, o) {
    const pr = await port.getPull(repo, number);
    const head = pr.headSha;
    const problems = [];
    const log = [`#${number} by ${pr.author}, head ${assess_short(head)}, base ${pr.baseRef}`];
    if (pr.state !== 'open')
        problems.push(`pull request #${number} is ${pr.state}`);
    if (o.expectedHead && o.expectedHead !== head)
        problems.push(`the head of #${number} is now ${assess_short(head)}, not ${assess_short(o.expectedHead)} of this run`);
    const s = reviewStanding(await port.listReviews(repo, number), pr.author, head);
    if (s.changesRequested.length)
        problems.push(`changes requested by ${s.changesRequested.join(', ')}`);
    if (s.approvedBy.length < o.minApprovals) {
        const why = [];
        if (s.selfApproved)
            why.push(`self-approved: an approval by the author ${pr.author} does not count`);
        for (const a of s.staleApprovals)
            why.push(`${a.reviewer} approved an older commit ${assess_short(a.commit)}, not the head ${assess_short(head)}`);
        problems.push(`${s.approvedBy.length} approval(s) of the head commit ${assess_short(head)}, ${o.minApprovals} required${why.length ? ` (${why.join('; ')})` : ''}`);
    }
    const approvers = s.approvedBy.map((a) => a.reviewer);
    let owners;
    if (o.codeOwners) {
        // The base branch's CODEOWNERS, as GitHub uses: the pull request cannot name its own owners.
        const found = await findCodeowners(port, repo, pr.baseRef, CODEOWNERS_PATHS);
        if (found) {
            const changed = await port.listPullFileNames(repo, number);
            owners = {
                file: found.path,
                ...(await checkCodeOwners(port, parseCodeowners(found.text), changed, approvers)),
            };
            const missing = owners.files.filter((f) => !f.approvedBy);
            log.push(`${found.path}: ${owners.files.length} of ${changed.length} changed file(s) have owners, ${missing.length} without an owner's approval`);
            if (missing.length) {
                const list = missing.slice(0, 10).map((f) => `${f.path} (${f.owners.join(' ')})`);
                problems.push(`no approval by a code owner of ${list.join(', ')}${missing.length > 10 ? ` and ${missing.length - 10} more` : ''}${owners.unresolved.length ? `; ${owners.unresolved.join('; ')}` : ''}${teamHint(missing)}`);
            }
        }
        else
            log.push(`no CODEOWNERS on ${pr.baseRef}: any reviewer other than the author counts`);
    }
    // Only approvals that count are listed: the gate counts the list (minus the author).
    const predicate = {
        author: pr.author,
        headSha: head,
        approvals: s.approvedBy.map((a) => ({
            reviewer: a.reviewer,
            ...(a.submittedAt ? { at: a.submittedAt } : {}),
        })),
        changesRequested: s.changesRequested,
    };
    const details = {
        pullRequest: {
            repository: `${repo.owner}/${repo.repo}`,
            number,
            baseRef: pr.baseRef,
            state: pr.state,
        },
        headSha: head,
        author: pr.author,
        minApprovals: o.minApprovals,
        approvals: s.approvedBy,
        changesRequested: s.changesRequested,
        notCounted: { selfApproval: s.selfApproved, staleApprovals: s.staleApprovals },
        ...(owners ? { codeOwners: owners } : {}),
        problems,
    };
    const summary = [
        `**Peer review of #${number}** (head \`${assess_short(head)}\`): ${problems.length ? '❌' : '✅'} ${approvers.length ? `approved by ${approvers.join(', ')}` : 'no approval of the head commit'}`,
        ...problems.map((p) => `- ${p}`),
    ].join('\n');
    return { predicate, details, problems, log, summary, approvals: approvers.length };
}

// EXTERNAL MODULE: ./dist/core/git.js
var git = __webpack_require__(43554);
// EXTERNAL MODULE: ./dist/steps/approval/result.js + 3 modules
var result = __webpack_require__(95706);
;// CONCATENATED MODULE: ./dist/steps/peer-review/local.js


/**
 * A review outside GitHub: the signed records `tollgate approve --step peer-review` keeps for
 * the commit, verified with the reviewer keys, judged like GitHub reviews (someone other than
 * the commit's author, no standing rejection). No record means no review, never a pass.
 */
async function localReview(ctx) {
    const records = await (0,result/* localRecords */.o)(ctx, 'peer-review', ctx.inputs['reviewer-keys']);
    ctx.log(`peer-review: ${records.length} signed local review(s) of ${ctx.commit.slice(0, 12)}`);
    const min = Number(ctx.inputs['min-approvals'] || '1');
    return (0,result/* reviewResult */.C)({
        title: 'Peer review (local records)',
        records,
        author: (0,git/* commitAuthor */.lh)(ctx.repoDir, ctx.commit) ?? 'unknown',
        commit: ctx.commit,
        rules: {
            approvers: [],
            allowSelfApproval: false,
            minApprovals: Number.isInteger(min) && min >= 0 ? min : 1,
        },
        none: `no review of ${ctx.commit.slice(0, 12)}: on GitHub the step reads the pull request's reviews; locally a reviewer runs tollgate approve --step peer-review`,
    });
}

;// CONCATENATED MODULE: ./dist/steps/peer-review/index.js










const REPORT_NAME = 'peer-review.json';
/** An action default like `${{ github.token }}` arrives unevaluated outside GitHub: treat it as unset. */
const given = (v) => v && !v.trim().startsWith('${{') ? v.trim() : undefined;
/** Fails without an attestation of approval: the step could not look at any review. */
function cannotCheck(reason) {
    return { status: 'failed', reason, failure: 'tool', attestations: [], products: [], reports: [] };
}
/**
 * peer-review: approvals of the pull request's head commit by someone other than its
 * author (and by a code owner of every changed file when CODEOWNERS exists), and no
 * standing change request, read from the GitHub API. Outside a pull request on GitHub
 * there is nothing to check, and the step fails saying so: a review is never assumed.
 */
const peerReview = {
    id: 'peer-review',
    async run(ctx) {
        const token = given(ctx.inputs['github-token']);
        const prText = given(ctx.inputs['pull-request']);
        // Outside GitHub the reviews are the signed records of `tollgate approve --step peer-review`.
        if (!token)
            return localReview(ctx);
        if (!prText)
            return cannotCheck('no pull request (input pull-request): peer review runs on pull request events');
        const pull = Number(prText);
        if (!Number.isInteger(pull) || pull <= 0)
            return cannotCheck(`input pull-request is "${prText}", not a pull request number`);
        const apiUrl = given(ctx.inputs['api-url']) ?? 'https://api.github.com';
        const port = (0,octokit_read_port/* octokitReadPort */.f)((0,client/* createGitHubClient */.L)({ token, baseUrl: apiUrl, warn: ctx.log }));
        let a;
        try {
            a = await assessPullRequest(port, (0,context/* parseRepo */.E3)(ctx.repository), pull, {
                minApprovals: Number(ctx.inputs['min-approvals'] || 1),
                codeOwners: (ctx.inputs['code-owners'] ?? 'true') !== 'false',
                expectedHead: given(ctx.inputs['head-sha']),
            });
        }
        catch (e) {
            return cannotCheck(`could not read the reviews of #${pull}: ${(0,errors/* describeError */.Uc)(e)}`);
        }
        for (const line of a.log)
            ctx.log(`peer-review: ${line}`);
        await (0,promises_.mkdir)(ctx.outDir, { recursive: true });
        await (0,fs/* writeFileAtomic */.Zf)((0,external_node_path_.join)(ctx.outDir, REPORT_NAME), JSON.stringify(a.details, null, 2) + '\n');
        return {
            status: a.problems.length ? 'failed' : 'passed',
            ...(a.problems.length ? { reason: a.problems.join('; '), failure: 'findings' } : {}),
            attestations: [{ predicateType: types/* PREDICATE */.W3.review, predicate: a.predicate }],
            products: [],
            reports: [REPORT_NAME],
            summary: a.summary,
            metrics: { approvals: a.approvals },
        };
    },
};


/***/ })

};
