export const id = 8615;
export const ids = [8615];
export const modules = {

/***/ 28615:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NOTICES_NAME: () => (/* binding */ NOTICES_NAME),
  SARIF_NAME: () => (/* binding */ SARIF_NAME),
  SBOM_NAME: () => (/* binding */ SBOM_NAME),
  sca: () => (/* binding */ sca)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./dist/attest/predicates/types.js
var types = __webpack_require__(71262);
// EXTERNAL MODULE: ./dist/core/digest.js
var digest = __webpack_require__(63704);
// EXTERNAL MODULE: ./dist/core/fs.js
var fs = __webpack_require__(90275);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
// EXTERNAL MODULE: ./dist/tools/resolve.js
var resolve = __webpack_require__(82460);
;// CONCATENATED MODULE: ./dist/sbom/cdx-tool.js




const PKG = '@cyclonedx/cyclonedx-npm';
/**
 * cyclonedx-npm's command line script and version, from the step tools (src/tools/resolve.ts).
 * Its `exports` hide package.json from `require.resolve` (so the shared packagedTool cannot
 * read it); its main module is resolvable, and package.json is found by walking up from there.
 */
async function cyclonedxNpm() {
    let dir = (0,external_node_path_.dirname)(await (0,resolve/* resolveTool */.Hj)(PKG));
    for (let i = 0; i < 4; i++, dir = (0,external_node_path_.dirname)(dir)) {
        let manifest;
        try {
            manifest = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'package.json'), 'utf8'));
        }
        catch {
            continue;
        }
        const bin = manifest.bin?.['cyclonedx-npm'];
        if (manifest.name === PKG && bin)
            return { script: (0,external_node_path_.join)(dir, bin), version: manifest.version ?? 'unknown' };
    }
    throw new errors/* TollgateError */.xB('INTERNAL', `${PKG} is installed without its cyclonedx-npm command`);
}

// EXTERNAL MODULE: ./dist/sbom/cyclonedx.js
var cyclonedx = __webpack_require__(19589);
;// CONCATENATED MODULE: ./dist/sbom/lockfiles.js

/**
 * Components of ecosystems that have no SBOM tool here, read from their lockfiles: pinned
 * `requirements.txt` lines (`name==version`) and `go.sum`. Unpinned requirements are named
 * in a note: their version is decided at install time, so no SBOM can state it.
 */
async function readText(path) {
    return (0,fs/* readInput */.R5)(path, 'lock file', 256 << 20).then((b) => b.toString('utf8'), () => undefined);
}
/** PEP 503 normalised name, as OSV and purl use it. */
function pypiName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
async function pythonComponents(file, rel) {
    const text = await readText(file);
    if (text === undefined)
        return undefined;
    const components = [];
    const unpinned = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.replace(/\s+#.*$/, '').trim();
        if (!line || line.startsWith('#') || line.startsWith('-'))
            continue;
        const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*==\s*([^\s;,]+)/.exec(line);
        if (!m) {
            unpinned.push(line.split(/[\s;<>=!~[]/)[0] ?? line);
            continue;
        }
        const name = pypiName(m[1]);
        const version = m[3];
        components.push({
            name,
            version,
            purl: `pkg:pypi/${name}@${version}`,
            ecosystem: 'PyPI',
            bomRef: `pkg:pypi/${name}@${version}`,
            type: 'library',
            location: rel,
        });
    }
    const notes = unpinned.length
        ? [
            `${rel}: ${unpinned.length} requirement(s) not pinned with == and left out: ${unpinned.slice(0, 10).join(', ')}`,
        ]
        : [];
    return { components, notes };
}
async function goComponents(file, rel) {
    const text = await readText(file);
    if (text === undefined)
        return undefined;
    const seen = new Set();
    const components = [];
    for (const line of text.split(/\r?\n/)) {
        const [module, version] = line.trim().split(/\s+/);
        // `<module> <version>/go.mod` lines only pin a go.mod file, not the module's code.
        if (!module || !version || version.endsWith('/go.mod'))
            continue;
        const key = `${module}@${version}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        components.push({
            name: module,
            version,
            purl: `pkg:golang/${module}@${version}`,
            ecosystem: 'Go',
            bomRef: `pkg:golang/${key}`,
            type: 'library',
            location: rel,
        });
    }
    return components;
}

;// CONCATENATED MODULE: ./dist/sbom/app.js







const exists = (p) => (0,promises_.access)(p).then(() => true, () => false);
/** npm reads only the local tree here: no update check, no registry request. */
const env = { ...process.env, npm_config_update_notifier: 'false', npm_config_offline: 'true' };
async function npmBom(o) {
    // Without node_modules the tree and the licence ids come from the lockfile alone (no texts).
    const lockOnly = !(await exists((0,external_node_path_.join)(o.repoDir, 'node_modules')));
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tollgate-sbom-'));
    const out = (0,external_node_path_.join)(scratch, 'bom.json');
    try {
        const cdx = await cyclonedxNpm();
        const args = [cdx.script, '--output-format', 'JSON', '--spec-version', '1.5', '--omit', 'dev'];
        args.push('--flatten-components', '--output-file', out);
        if (lockOnly)
            args.push('--package-lock-only');
        const r = await o.exec.run(process.execPath, args, { cwd: o.repoDir, env, signal: o.signal });
        if (r.code === 0) {
            return {
                bom: await readBom(out, 'cyclonedx-npm'),
                tool: { name: 'cyclonedx-npm', version: cdx.version },
            };
        }
        const why = r.stderr.trim().split('\n').slice(-3).join(' ');
        o.log(`sca: cyclonedx-npm failed (exit ${r.code}: ${why}); trying npm sbom`);
        const npmArgs = ['sbom', '--sbom-format', 'cyclonedx', '--omit', 'dev'];
        if (lockOnly)
            npmArgs.push('--package-lock-only');
        const n = await o.exec.run('npm', npmArgs, { cwd: o.repoDir, env, signal: o.signal });
        if (n.code !== 0) {
            throw new errors/* TollgateError */.xB('INPUT_INVALID', `${(0,external_node_path_.join)(o.repoDir, 'package-lock.json')}: neither cyclonedx-npm nor npm sbom could read the dependency tree: ${why}`, { hint: 'run npm ci (or npm install) so that package-lock.json matches package.json' });
        }
        const v = await o.exec.run('npm', ['--version'], { cwd: o.repoDir });
        return { bom: parseBom(n.stdout, 'npm sbom'), tool: { name: 'npm', version: v.stdout.trim() } };
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}
async function readBom(path, tool) {
    return parseBom(await (0,promises_.readFile)(path, 'utf8').catch(() => ''), tool);
}
function parseBom(text, tool) {
    try {
        const bom = JSON.parse(text);
        if (bom.bomFormat !== 'CycloneDX')
            throw new Error('bomFormat is not CycloneDX');
        return bom;
    }
    catch (e) {
        throw new errors/* TollgateError */.xB('INTERNAL', `${tool} wrote no CycloneDX JSON: ${e.message}`, {
            hint: `run ${tool} in the repository by hand to see its output`,
        });
    }
}
async function repoName(repoDir) {
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(repoDir, 'package.json'), 'utf8').catch(() => undefined);
    if (text) {
        try {
            const p = JSON.parse(text);
            if (p.name)
                return { name: p.name, ...(p.version ? { version: p.version } : {}) };
        }
        catch {
            // a broken package.json is npm's error to report; the name is cosmetic here
        }
    }
    return { name: repoDir.split('/').filter(Boolean).pop() ?? 'application' };
}
async function appSbom(o) {
    const notes = [];
    const tools = [];
    const extra = [];
    let bom;
    let components = [];
    let ecosystems = 0;
    const npmLock = ['package-lock.json', 'npm-shrinkwrap.json'];
    if ((await Promise.all(npmLock.map((f) => exists((0,external_node_path_.join)(o.repoDir, f))))).some(Boolean)) {
        ecosystems++;
        const r = await npmBom(o);
        bom = r.bom;
        tools.push(r.tool);
        components = (0,cyclonedx/* componentsOfBom */.UE)(bom, o.repoDir);
        o.log(`sca: ${r.tool.name} ${r.tool.version}: ${components.length} npm package(s)`);
    }
    else if (await exists((0,external_node_path_.join)(o.repoDir, 'package.json'))) {
        notes.push('package.json without package-lock.json: npm dependencies are not pinned, so they are not in the SBOM (commit a lockfile)');
    }
    const py = await pythonComponents((0,external_node_path_.join)(o.repoDir, 'requirements.txt'), 'requirements.txt');
    if (py) {
        ecosystems++;
        extra.push(...py.components);
        notes.push(...py.notes);
    }
    const go = await goComponents((0,external_node_path_.join)(o.repoDir, 'go.sum'), 'go.sum');
    if (go) {
        ecosystems++;
        extra.push(...go);
    }
    if (ecosystems === 0) {
        notes.push('no lockfile of a known ecosystem (package-lock.json, requirements.txt, go.sum): the SBOM lists no components');
    }
    if (!bom) {
        const name = await repoName(o.repoDir);
        bom = (0,cyclonedx/* newBom */.LJ)({ type: 'application', ...name }, extra, tools);
    }
    else if (extra.length) {
        (0,cyclonedx/* appendComponents */.np)(bom, extra);
    }
    return { bom, components: [...components, ...extra], tools, notes };
}

// EXTERNAL MODULE: ./dist/sbom/notices.js
var sbom_notices = __webpack_require__(96001);
// EXTERNAL MODULE: ./dist/steps/common/sarif.js
var common_sarif = __webpack_require__(7677);
// EXTERNAL MODULE: ./dist/steps/common/scan-step.js + 1 modules
var scan_step = __webpack_require__(62246);
;// CONCATENATED MODULE: ./dist/sbom/license-policy.js

/** Comma or whitespace separated SPDX ids, compared case-insensitively. */
function parseLicenseList(value) {
    return new Set((value ?? '')
        .split(/[\s,]+/)
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean));
}
function tokens(text) {
    return text.replace(/[()]/g, ' $& ').split(/\s+/).filter(Boolean);
}
/** Parses an SPDX expression; AND binds tighter than OR, as the SPDX specification says. */
function parseSpdx(text) {
    const t = tokens(text);
    let i = 0;
    const fail = (what) => {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `licence "${text}": ${what}`);
    };
    const primary = () => {
        const tok = t[i++];
        if (tok === undefined)
            return fail('ends too early');
        if (tok === '(') {
            const e = orExpr();
            if (t[i++] !== ')')
                fail('a bracket is not closed');
            return e;
        }
        if (/^(AND|OR|WITH|\))$/i.test(tok))
            fail(`unexpected "${tok}"`);
        // `GPL-2.0 WITH Classpath-exception-2.0`: the exception only widens the licence.
        if (t[i]?.toUpperCase() === 'WITH')
            i += 2;
        return { id: tok };
    };
    const andExpr = () => {
        let left = primary();
        while (t[i]?.toUpperCase() === 'AND') {
            i++;
            left = { op: 'AND', left, right: primary() };
        }
        return left;
    };
    const orExpr = () => {
        let left = andExpr();
        while (t[i]?.toUpperCase() === 'OR') {
            i++;
            left = { op: 'OR', left, right: andExpr() };
        }
        return left;
    };
    const e = orExpr();
    if (i < t.length)
        fail(`unexpected "${t[i]}"`);
    return e;
}
function idOk(id, p) {
    const key = id.toLowerCase().replace(/\+$/, '');
    if (p.denied.has(key) || p.denied.has(id.toLowerCase()))
        return false;
    return p.allowed.size === 0 || p.allowed.has(key) || p.allowed.has(id.toLowerCase());
}
function acceptable(e, p) {
    if ('id' in e)
        return idOk(e.id, p);
    return e.op === 'OR'
        ? acceptable(e.left, p) || acceptable(e.right, p)
        : acceptable(e.left, p) && acceptable(e.right, p);
}
function ids(e) {
    return 'id' in e ? [e.id] : [...ids(e.left), ...ids(e.right)];
}
/** Why a licence fails the policy, naming the denied or unlisted ids; undefined when it passes. */
function judgeLicense(license, p) {
    let expr;
    try {
        expr = parseSpdx(license);
    }
    catch {
        // Not an SPDX expression (free text such as "SEE LICENSE IN ..."): judged as one id.
        expr = { id: license };
    }
    if (acceptable(expr, p))
        return undefined;
    const all = ids(expr);
    const denied = all.filter((id) => p.denied.has(id.toLowerCase().replace(/\+$/, '')));
    if (denied.length)
        return `denied licence ${denied.join(', ')}`;
    return `licence ${all.join(', ')} is not in allowed-licenses`;
}
/**
 * Judges every component. A package without a declared licence passes a deny list but
 * fails an allow list: with an allow list, "unknown" is not something the user allowed.
 */
function checkLicenses(components, p) {
    const out = [];
    for (const c of components) {
        if (!c.license) {
            if (p.allowed.size)
                out.push({ component: c, license: 'none', why: 'no licence declared' });
            continue;
        }
        const why = judgeLicense(c.license, p);
        if (why)
            out.push({ component: c, license: c.license, why });
    }
    return out;
}

// EXTERNAL MODULE: ./dist/steps/common/fingerprint.js
var fingerprint = __webpack_require__(36216);
;// CONCATENATED MODULE: ./dist/steps/sca/licenses.js


/**
 * The licence policy of `sca` as findings: one `license/denied` (or `license/not-allowed`)
 * finding per package, naming the package, its version and the licence. They fail the step
 * whatever its fail-on: a licence is not a matter of degree.
 */
function licensePolicyOf(ctx) {
    return {
        denied: parseLicenseList(ctx.inputs['denied-licenses']),
        allowed: parseLicenseList(ctx.inputs['allowed-licenses']),
    };
}
function licenseFindings(components, policy) {
    const purls = new Map();
    const findings = checkLicenses(components, policy).map((v) => {
        const denied = v.why.startsWith('denied');
        const f = {
            ruleId: denied ? 'license/denied' : 'license/not-allowed',
            severity: 'high',
            message: `${v.component.name}@${v.component.version}: ${v.why} (declared: ${v.license})`,
            location: { path: v.component.location ?? v.component.purl },
        };
        purls.set(f, v.component.purl);
        return f;
    });
    // The package (its purl) and where it was found, as before; the occurrence for the rest.
    return (0,fingerprint/* assignFingerprints */.Dz)(findings, {
        anchor: (f) => ({ key: `${f.location?.path ?? ''}\u0000${purls.get(f) ?? ''}` }),
    });
}

// EXTERNAL MODULE: ./dist/steps/sca/vulns.js + 20 modules
var sca_vulns = __webpack_require__(81539);
;// CONCATENATED MODULE: ./dist/steps/sca/index.js











const SBOM_NAME = 'sbom.cdx.json';
const NOTICES_NAME = 'NOTICES.txt';
const SARIF_NAME = 'sca.sarif';
/**
 * sca: the application's SBOM (CycloneDX, from the repository's lockfiles), its NOTICES
 * file, the licence policy, and the OSV matcher over its packages. It attests the SBOM
 * (predicate = the BOM) and the vulnerabilities (vulns v0.2). The image's packages, OS and
 * application alike, are container-scan's: each package is judged once (docs/steps/sca.md).
 */
const sca = {
    id: 'sca',
    async run(ctx) {
        const failAt = (0,scan_step/* failAtOf */.TP)(ctx); // a bad fail-on is a usage error before any work
        const inputs = await (0,sca_vulns/* vulnInputs */.zM)(ctx);
        const policy = licensePolicyOf(ctx);
        await (0,promises_.mkdir)(ctx.outDir, { recursive: true });
        const sbom = await appSbom({
            repoDir: ctx.repoDir,
            exec: ctx.exec,
            signal: ctx.signal,
            log: ctx.log,
        });
        for (const n of sbom.notes)
            ctx.log(`sca: ${n}`);
        const bomBytes = Buffer.from(`${JSON.stringify(sbom.bom, null, 2)}\n`);
        await (0,fs/* writeFileAtomic */.Zf)((0,external_node_path_.join)(ctx.outDir, SBOM_NAME), bomBytes);
        const notices = await (0,sbom_notices/* buildNotices */.u)(String(sbom.bom.metadata?.component?.name ?? ctx.repository), sbom.components);
        const noticesBytes = Buffer.from(notices.text);
        await (0,fs/* writeFileAtomic */.Zf)((0,external_node_path_.join)(ctx.outDir, NOTICES_NAME), noticesBytes);
        const licenses = licenseFindings(sbom.components, policy);
        const vulns = await (0,sca_vulns/* scanVulns */.Ww)(ctx, sbom.components, 'sca', new Date(), inputs);
        const licenseRun = (0,common_sarif/* writeSarif */.lg)({ name: 'tollgate-licenses', version: '1' }, licenses).runs[0];
        const sarif = { ...vulns.sarif, runs: [...vulns.sarif.runs, licenseRun] };
        const sarifBytes = Buffer.from(`${JSON.stringify(sarif, null, 2)}\n`);
        await (0,fs/* writeFileAtomic */.Zf)((0,external_node_path_.join)(ctx.outDir, SARIF_NAME), sarifBytes);
        const problems = [
            ...(licenses.length
                ? [
                    `${licenses.length} licence violation(s): ${licenses
                        .slice(0, 3)
                        .map((f) => f.message)
                        .join('; ')}`,
                ]
                : []),
            ...(vulns.blocking.length
                ? [
                    `${vulns.blocking.length} vulnerabilit${vulns.blocking.length === 1 ? 'y' : 'ies'} at or above ${failAt}: ${vulns.blocking
                        .slice(0, 3)
                        .map((f) => f.message)
                        .join('; ')}`,
                ]
                : []),
        ];
        const suppressed = vulns.findings.filter((f) => f.suppressed).length;
        const reason = problems.length
            ? problems.join('; ')
            : `${sbom.components.length} package(s), ${vulns.open.length} open vulnerabilit${vulns.open.length === 1 ? 'y' : 'ies'} (none at or above ${failAt}), no licence violation`;
        const rows = (0,sca_vulns/* vulnRows */.zI)(vulns.findings);
        return {
            status: problems.length ? 'failed' : 'passed',
            ...(problems.length ? { failure: 'findings' } : {}),
            reason,
            attestations: [
                { predicateType: types/* PREDICATE */.W3.cyclonedx, predicate: sbom.bom },
                { predicateType: types/* PREDICATE */.W3.vulns, predicate: vulns.predicate },
            ],
            products: [
                { name: SBOM_NAME, digest: { sha256: (0,digest/* sha256Hex */.fg)(bomBytes) } },
                { name: NOTICES_NAME, digest: { sha256: (0,digest/* sha256Hex */.fg)(noticesBytes) } },
                { name: SARIF_NAME, digest: { sha256: (0,digest/* sha256Hex */.fg)(sarifBytes) } },
            ],
            reports: [SBOM_NAME, NOTICES_NAME, SARIF_NAME],
            summary: [
                `### SCA\n\n${reason}.`,
                '',
                `SBOM: ${sbom.components.length} package(s) by ${sbom.tools.map((t) => `${t.name} ${t.version}`).join(', ') || 'lockfiles'}; vulnerabilities from ${vulns.source}${suppressed ? `; ${suppressed} suppressed by VEX or exceptions` : ''}; ${notices.missing.length} package(s) without licence text in ${NOTICES_NAME}.`,
                ...sbom.notes.map((n) => `- ${n}`),
                ...(rows.length
                    ? ['', '| severity | id | package | fixed in |', '|---|---|---|---|', ...rows]
                    : []),
                ...(licenses.length ? ['', ...licenses.slice(0, 30).map((f) => `- ${f.message}`)] : []),
            ].join('\n'),
            metrics: {
                packages: sbom.components.length,
                vulnerabilities: vulns.open.length,
                blocking: vulns.blocking.length,
                suppressed,
                licenseViolations: licenses.length,
                missingLicenseTexts: notices.missing.length,
            },
        };
    },
};


/***/ })

};
