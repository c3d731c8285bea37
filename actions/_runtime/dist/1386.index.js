export const id = 1386;
export const ids = [1386];
export const modules = {

/***/ 51386:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REPORT: () => (/* binding */ REPORT),
/* harmony export */   iacKind: () => (/* binding */ iacKind),
/* harmony export */   lintIac: () => (/* binding */ lintIac)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43959);
/* harmony import */ var _core_glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57430);
/* harmony import */ var _common_repo_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45964);
/* harmony import */ var _common_scan_step_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62246);
/* harmony import */ var _catalogue_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(22275);
/* harmony import */ var _dockerfile_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(65110);
/* harmony import */ var _kubernetes_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(76831);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(16286);
/* harmony import */ var _terraform_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(15600);
/* harmony import */ var _workflows_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(58640);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(73497);













/**
 * lint-iac: Dockerfiles, Kubernetes manifests, Terraform and GitHub workflows under the
 * `paths` globs, each through its own rule family. One SARIF run (tool "tollgate-iac") with
 * the metadata of every rule, one scan-result. See docs/rules-iac.md.
 */
const REPORT = 'lint-iac.sarif';
/** Which family a file belongs to, by its name and place. */
function iacKind(file) {
    const name = (file.split('/').pop() ?? '').toLowerCase();
    if (/^(docker|container)file([.-].*)?$/.test(name) || name.endsWith('.dockerfile'))
        return 'dockerfile';
    if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(file))
        return 'workflow';
    if (/\.ya?ml$/.test(name))
        return 'yaml';
    if (name.endsWith('.tf'))
        return 'terraform';
    return undefined;
}
async function lintFile(kind, file, text) {
    switch (kind) {
        case 'dockerfile':
            return (0,_dockerfile_js__WEBPACK_IMPORTED_MODULE_7__/* .lintDockerfile */ .c)(file, text);
        case 'workflow':
            return []; // batched: one actionlint process for all workflows
        case 'terraform':
            return (0,_terraform_js__WEBPACK_IMPORTED_MODULE_9__/* .lintTerraform */ .aM)(file, text);
        case 'yaml': {
            const docs = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_11__/* .parseYamlFile */ .B)(file, text);
            return (0,_kubernetes_js__WEBPACK_IMPORTED_MODULE_8__/* .isKubernetes */ .Bc)(docs) ? (0,_kubernetes_js__WEBPACK_IMPORTED_MODULE_8__/* .lintKubernetes */ .U3)(file, docs) : [];
        }
    }
}
async function lint(ctx) {
    const globs = (ctx.inputs.paths ?? '**')
        .split(/[\n,]+/)
        .map((g) => g.trim())
        .filter(Boolean);
    const files = (await (0,_common_repo_files_js__WEBPACK_IMPORTED_MODULE_4__/* .listRepoFiles */ .c)(ctx.repoDir)).filter((f) => globs.some((g) => (0,_core_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .globMatch */ .e)(g, f)));
    const findings = [];
    const workflows = [];
    const seen = { dockerfile: 0, workflow: 0, yaml: 0, terraform: 0 };
    for (const file of files) {
        const kind = iacKind(file);
        if (!kind)
            continue;
        seen[kind]++;
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ctx.repoDir, file), 'utf8');
        if (kind === 'workflow')
            workflows.push({ path: file, text });
        else
            findings.push(...(await lintFile(kind, file, text)));
    }
    findings.push(...(await (0,_workflows_js__WEBPACK_IMPORTED_MODULE_10__/* .lintWorkflows */ .E2)(ctx, workflows)));
    if (Object.values(seen).every((n) => n === 0))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TollgateError */ .xB('INPUT_INVALID', `no Dockerfile, YAML, Terraform or workflow file matches ${globs.join(', ')}`, {
            hint: 'set the `paths` input to where the infrastructure code lives',
        });
    ctx.log(`checked ${seen.dockerfile} Dockerfile(s), ${seen.yaml} YAML file(s), ${seen.terraform} Terraform file(s), ${seen.workflow} workflow(s)`);
    return (0,_common_scan_step_js__WEBPACK_IMPORTED_MODULE_5__/* .finishScan */ .vi)(ctx, [
        {
            tool: {
                name: 'tollgate-iac',
                version: `1 (actionlint ${_workflows_js__WEBPACK_IMPORTED_MODULE_10__/* .ACTIONLINT_VERSION */ .hA})`,
                informationUri: _rule_js__WEBPACK_IMPORTED_MODULE_12__/* .RULES_DOC_URL */ .NT,
                rules: (0,_catalogue_js__WEBPACK_IMPORTED_MODULE_6__/* .sarifRules */ .VS)(),
            },
            findings,
        },
    ], REPORT);
}
const lintIac = {
    id: 'lint-iac',
    async run(ctx) {
        try {
            return await lint(ctx);
        }
        catch (e) {
            return (0,_common_scan_step_js__WEBPACK_IMPORTED_MODULE_5__/* .toolFailure */ .Lu)(ctx, e, 'tollgate-iac');
        }
    },
};


/***/ })

};
