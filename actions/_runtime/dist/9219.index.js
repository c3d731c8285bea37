export const id = 9219;
export const ids = [9219];
export const modules = {

/***/ 9219:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  approvalStep: () => (/* binding */ approvalStep),
  rulesOf: () => (/* binding */ rulesOf)
});

// EXTERNAL MODULE: ./dist/core/git.js
var git = __webpack_require__(43554);
// EXTERNAL MODULE: ./dist/github/client.js
var client = __webpack_require__(16719);
// EXTERNAL MODULE: ./dist/github/context.js
var context = __webpack_require__(27569);
// EXTERNAL MODULE: ./dist/github/octokit-read-port.js
var octokit_read_port = __webpack_require__(66426);
;// CONCATENATED MODULE: ./dist/steps/approval/github.js



/** An action default like `${{ github.token }}` arrives unevaluated outside GitHub: unset. */
const given = (v) => v && !v.trim().startsWith('${{') ? v.trim() : undefined;
/**
 * On GitHub the approval is the Environment's: the job waits until its required reviewers
 * decide, then this reads their decisions on the run (deployment reviews API). GitHub gives
 * no time for a decision; the step's own time stands for it, since the job could not start
 * before the approval.
 */
async function githubApprovals(i, port) {
    const all = await port.listRunApprovals((0,context/* parseRepo */.E3)(i.repository), i.runId);
    return all
        .filter((a) => a.environments.includes(i.environment))
        .filter((a) => a.state === 'approved' || a.state === 'rejected')
        .map((a) => ({
        reviewer: a.user,
        decision: a.state,
        at: i.now.toISOString(),
        ...(a.comment ? { comment: a.comment } : {}),
        file: `${i.repository} run ${i.runId}`,
    }));
}
function githubReadPort(token, apiUrl, warn) {
    return (0,octokit_read_port/* octokitReadPort */.f)((0,client/* createGitHubClient */.L)({ token, baseUrl: apiUrl, warn }));
}

// EXTERNAL MODULE: ./dist/steps/approval/result.js + 3 modules
var result = __webpack_require__(95706);
;// CONCATENATED MODULE: ./dist/steps/approval/index.js



function rulesOf(inputs) {
    const min = Number(inputs['min-approvals'] || '1');
    return {
        approvers: (inputs.approvers ?? '')
            .split(/[,\s]+/)
            .map((a) => a.trim())
            .filter(Boolean),
        allowSelfApproval: inputs['allow-self-approval'] === 'true',
        minApprovals: Number.isInteger(min) && min >= 0 ? min : 1,
    };
}
/**
 * approval: who approved this change for release. Locally the approvals are the signed
 * records of `tollgate approve`; every record must verify with an approver key. The step
 * attests the review predicate (author, commit, approvals, rejections), which the gate judges
 * again with the policy's thresholds.
 */
const approvalStep = {
    id: 'approval',
    async run(ctx) {
        const token = given(ctx.inputs['github-token']);
        const runId = Number(given(ctx.inputs['run-id']));
        const onGitHub = token !== undefined && Number.isInteger(runId) && runId > 0;
        const environment = ctx.inputs.environment || 'production-approval';
        const author = (onGitHub ? given(ctx.inputs.author) : undefined) ??
            (0,git/* commitAuthor */.lh)(ctx.repoDir, ctx.commit) ??
            'unknown';
        let records;
        if (onGitHub) {
            const apiUrl = given(ctx.inputs['api-url']) ?? 'https://api.github.com';
            records = await githubApprovals({ repository: ctx.repository, runId, environment, now: new Date() }, githubReadPort(token, apiUrl, ctx.log));
            ctx.log(`approval: ${records.length} decision(s) of ${environment}'s reviewers on run ${runId}`);
        }
        else {
            records = await (0,result/* localRecords */.o)(ctx, 'approval', ctx.inputs['approver-keys']);
            ctx.log(`approval: ${records.length} signed record(s) for ${ctx.commit.slice(0, 12)}`);
        }
        return (0,result/* reviewResult */.C)({
            title: 'Approval',
            records,
            author,
            commit: ctx.commit,
            rules: rulesOf(ctx.inputs),
            none: onGitHub
                ? `no approval on run ${runId}: give the Environment ${environment} required reviewers`
                : `no approval of ${ctx.commit.slice(0, 12)}: an approver runs tollgate approve`,
        });
    },
};


/***/ })

};
