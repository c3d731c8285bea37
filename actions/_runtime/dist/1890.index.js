export const id = 1890;
export const ids = [1890];
export const modules = {

/***/ 91890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REPORT: () => (/* binding */ REPORT),
  iacKind: () => (/* binding */ iacKind),
  lintIac: () => (/* binding */ lintIac)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
// EXTERNAL MODULE: ./dist/core/glob.js
var glob = __webpack_require__(57430);
// EXTERNAL MODULE: ./dist/steps/common/repo-files.js
var repo_files = __webpack_require__(45964);
// EXTERNAL MODULE: ./dist/steps/common/native-tools.js
var native_tools = __webpack_require__(923);
// EXTERNAL MODULE: ./dist/steps/common/scan-step.js + 1 modules
var scan_step = __webpack_require__(62246);
// EXTERNAL MODULE: ./dist/steps/lint-iac/catalogue.js
var catalogue = __webpack_require__(22275);
// EXTERNAL MODULE: ./dist/steps/lint-iac/dockerfile.js
var dockerfile = __webpack_require__(65110);
// EXTERNAL MODULE: ./dist/steps/lint-iac/kubernetes.js + 1 modules
var kubernetes = __webpack_require__(76831);
// EXTERNAL MODULE: ./dist/steps/lint-iac/native-iac.js
var native_iac = __webpack_require__(74001);
// EXTERNAL MODULE: ./dist/steps/lint-iac/rule.js
var rule = __webpack_require__(16286);
// EXTERNAL MODULE: ./dist/steps/lint-iac/terraform.js + 1 modules
var terraform = __webpack_require__(15600);
// EXTERNAL MODULE: ./dist/steps/lint-iac/workflows.js
var lint_iac_workflows = __webpack_require__(58640);
// EXTERNAL MODULE: ./dist/steps/lint-iac/yaml-source.js
var yaml_source = __webpack_require__(73497);
// EXTERNAL MODULE: ./dist/steps/common/run-tool.js
var run_tool = __webpack_require__(33036);
;// CONCATENATED MODULE: ./dist/steps/lint-iac/zizmor.js



/**
 * GitHub workflow security through zizmor (PyPI, installed by scripts/setup.sh): template
 * injection, unpinned actions and images, dangerous triggers, excessive permissions,
 * credentials persisted by checkout. actionlint checks that a workflow is correct; zizmor
 * that it is safe. Runs offline (no GitHub API); absent, the step says so and keeps actionlint.
 */
const ZIZMOR_URI = 'https://docs.zizmor.sh/audits/';
/** Our workflow rules and the zizmor audits that report the same problem at the same line. */
const ZIZMOR_COVERED = {
    'TG-GHA-001': ['zizmor/template-injection'],
    'TG-GHA-003': ['zizmor/hardcoded-container-credentials'],
};
/** Rule ids are the audit's own name under `zizmor/`, as the docs list them. */
const zizmorRuleId = (ident) => `zizmor/${ident}`;
const SEVERITY = {
    High: 'high',
    Medium: 'medium',
    Low: 'low',
    Informational: 'info',
    Unknown: 'info',
};
const LOWER = {
    critical: 'high',
    high: 'medium',
    medium: 'low',
    low: 'info',
    info: 'info',
};
/**
 * zizmor's severity, one step lower when zizmor itself has low confidence in the finding
 * (e.g. `container: ${{ inputs.image }}`, which may or may not be pinned by digest): a guess
 * should not stop a pipeline that a certain finding of the same audit would.
 */
function zizmorSeverity(severity, confidence) {
    const s = SEVERITY[severity] ?? 'medium';
    return confidence === 'Low' ? LOWER[s] : s;
}
/** Turns zizmor's JSON (format v1) into findings; paths are the ones it was given. */
function parseZizmor(json, source) {
    if (!Array.isArray(json))
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `zizmor wrote ${source}, which is not a JSON list`, {
            hint: 'check the zizmor version: its --format json output is a list of findings',
        });
    return json
        .filter((f) => !f.ignored)
        .map((f, i) => {
        if (typeof f?.ident !== 'string' || !Array.isArray(f.locations))
            throw new errors/* TollgateError */.xB('INPUT_INVALID', `zizmor's finding ${i} in ${source} has no ident`);
        const primary = f.locations.find((l) => l.symbolic?.kind === 'Primary') ?? f.locations[0] ?? {};
        const local = primary.symbolic?.key?.Local;
        const path = local?.given_path ?? local?.verbatim_path ?? '';
        const row = primary.concrete?.location?.start_point?.row;
        return {
            ruleId: zizmorRuleId(f.ident),
            severity: zizmorSeverity(f.determinations?.severity, f.determinations?.confidence),
            message: `${f.desc} (zizmor ${f.ident}, confidence ${f.determinations?.confidence?.toLowerCase()})`,
            location: { path, ...(typeof row === 'number' ? { line: row + 1 } : {}) },
        };
    });
}
/** zizmor over the given workflow files (paths relative to the repository). */
async function runZizmor(ctx, files) {
    if (files.length === 0)
        return { findings: [] };
    const path = await ctx.tools?.find('zizmor');
    const tool = path && (await (0,native_tools/* identifyTool */.Jp)(ctx.exec, 'zizmor', path, ['--version'], ctx.repoDir));
    if (!tool) {
        ctx.log('zizmor is not installed (scripts/setup.sh installs it): workflow security audits skipped, actionlint only');
        return { findings: [] };
    }
    // Exit codes 10-14 say "findings of this severity"; --no-exit-codes keeps 0 for those and
    // leaves a non-zero code for a real failure (a workflow it cannot read).
    const args = ['--offline', '--format', 'json', '--no-progress', '--color', 'never'];
    const res = await (0,run_tool/* runTool */.q)(ctx, 'zizmor', tool.path, [...args, '--no-exit-codes', ...files], [0]);
    return {
        tool,
        findings: parseZizmor((0,run_tool/* parseToolJson */.I)(res.stdout, 'zizmor', 'its standard output'), 'its standard output'),
    };
}

;// CONCATENATED MODULE: ./dist/steps/lint-iac/index.js
















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
/** Our findings of one file, and whether checkov should read it too (a Kubernetes YAML). */
async function lintFile(kind, file, text) {
    if (kind === 'yaml') {
        const docs = (0,yaml_source/* parseYamlFile */.B)(file, text);
        return (0,kubernetes/* isKubernetes */.Bc)(docs)
            ? { findings: await (0,kubernetes/* lintKubernetes */.U3)(file, docs), checkov: true }
            : { findings: [], checkov: false };
    }
    return { findings: await lintOne(kind, file, text), checkov: kind !== 'workflow' };
}
async function lintOne(kind, file, text) {
    switch (kind) {
        case 'dockerfile':
            return (0,dockerfile/* lintDockerfile */.c)(file, text);
        case 'workflow':
            return []; // batched: one actionlint process for all workflows
        case 'terraform':
            return (0,terraform/* lintTerraform */.aM)(file, text);
        case 'yaml':
            return [];
    }
}
async function lint(ctx) {
    const globs = (ctx.inputs.paths ?? '**')
        .split(/[\n,]+/)
        .map((g) => g.trim())
        .filter(Boolean);
    const files = (await (0,repo_files/* listRepoFiles */.c)(ctx.repoDir)).filter((f) => globs.some((g) => (0,glob/* globMatch */.e)(g, f)));
    const findings = [];
    const workflows = [];
    const forCheckov = [];
    const dockerfiles = [];
    const seen = { dockerfile: 0, workflow: 0, yaml: 0, terraform: 0 };
    for (const file of files) {
        const kind = iacKind(file);
        if (!kind)
            continue;
        seen[kind]++;
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(ctx.repoDir, file), 'utf8');
        if (kind === 'workflow') {
            workflows.push({ path: file, text });
            continue;
        }
        const own = await lintFile(kind, file, text);
        findings.push(...own.findings);
        if (own.checkov)
            forCheckov.push(file);
        if (kind === 'dockerfile')
            dockerfiles.push(file);
    }
    findings.push(...(await (0,lint_iac_workflows/* lintWorkflows */.E2)(ctx, workflows)));
    const zizmor = await runZizmor(ctx, workflows.map((w) => w.path));
    const dedup = (0,native_tools/* dropCovered */.gI)(zizmor.findings, findings, ZIZMOR_COVERED);
    zizmor.findings = dedup.kept;
    if (dedup.dropped)
        ctx.log(`zizmor: ${dedup.dropped} finding(s) already reported by our own rules`);
    const severities = Object.fromEntries(catalogue/* IAC_RULES */.or.map((r) => [r.id, r.severity]));
    const natives = {
        checkov: await (0,native_iac/* runCheckov */.X)(ctx, forCheckov, ['dockerfile', 'kubernetes', 'terraform'], severities),
        hadolint: await (0,native_iac/* runHadolint */.tC)(ctx, dockerfiles, severities),
    };
    for (const [name, run] of Object.entries(natives)) {
        const { kept, dropped } = (0,native_iac/* dropDuplicates */.Gf)(run.findings, run.spans, findings);
        run.findings = kept;
        if (run.tool)
            ctx.log(`${name}: ${kept.length} finding(s), ${dropped} already reported by our own rules`);
    }
    if (Object.values(seen).every((n) => n === 0))
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `no Dockerfile, YAML, Terraform or workflow file matches ${globs.join(', ')}`, {
            hint: 'set the `paths` input to where the infrastructure code lives',
        });
    ctx.log(`checked ${seen.dockerfile} Dockerfile(s), ${seen.yaml} YAML file(s), ${seen.terraform} Terraform file(s), ${seen.workflow} workflow(s)`);
    return (0,scan_step/* finishScan */.vi)(ctx, [
        {
            tool: {
                name: 'tollgate-iac',
                version: `1 (actionlint ${lint_iac_workflows/* ACTIONLINT_VERSION */.hA})`,
                informationUri: rule/* RULES_DOC_URL */.NT,
                rules: (0,catalogue/* sarifRules */.VS)(),
            },
            findings,
        },
        ...(0,native_tools/* nativeRun */.r4)(zizmor, ZIZMOR_URI),
        ...(0,native_tools/* nativeRun */.r4)(natives.checkov, native_iac/* CHECKOV_URI */.Ly),
        ...(0,native_tools/* nativeRun */.r4)(natives.hadolint, native_iac/* HADOLINT_URI */.Rd),
    ], REPORT);
}
const lintIac = {
    id: 'lint-iac',
    async run(ctx) {
        try {
            return await lint(ctx);
        }
        catch (e) {
            return (0,scan_step/* toolFailure */.Lu)(ctx, e, 'tollgate-iac');
        }
    },
};


/***/ })

};
