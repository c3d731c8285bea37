export const id = 7302;
export const ids = [7302];
export const modules = {

/***/ 65041:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ sarifRulesOf),
/* harmony export */   Ex: () => (/* binding */ ruleFinding)
/* harmony export */ });
/* unused harmony export renderRuleTable */
/** The SARIF rule table of a list of rules, each with a link to its section of the docs. */
function sarifRulesOf(rules, docUrl) {
    return rules.map((r) => ({
        id: r.id,
        name: r.title,
        shortDescription: r.title,
        help: r.help,
        helpUri: `${docUrl}#${r.id.toLowerCase()}`,
    }));
}
/** A finding of a rule at a place (a URL, host:port or file), with what was seen there. */
function ruleFinding(rule, path, detail, line) {
    return {
        ruleId: rule.id,
        severity: rule.severity,
        message: `${rule.title}: ${detail}`,
        location: { path, ...(line && line > 0 ? { line } : {}) },
    };
}
/** A Markdown table of rules for a docs page: id, severity, title, then the help of each. */
function renderRuleTable(rules) {
    const lines = ['| id | severity | rule |', '|---|---|---|'];
    for (const r of rules)
        lines.push(`| [${r.id}](#${r.id.toLowerCase()}) | ${r.severity} | ${r.title} |`);
    lines.push('');
    for (const r of rules)
        lines.push(`### ${r.id}`, '', `**${r.title}** (${r.severity})`, '', r.help, '');
    return lines;
}


/***/ }),

/***/ 33036:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ parseToolJson),
/* harmony export */   q: () => (/* binding */ runTool)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43959);

/**
 * Runs one external tool through the step's process runner. A tool that cannot be started
 * becomes a typed error naming it; an exit code outside `okCodes` becomes one that names the
 * tool, the code and the last lines of its error output.
 */
async function runTool(ctx, tool, command, args, okCodes, cwd = ctx.repoDir, input) {
    let res;
    try {
        res = await ctx.exec.run(command, args, {
            cwd,
            signal: ctx.signal,
            ...(input !== undefined ? { input } : {}),
        });
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('INPUT_UNREADABLE', `${tool} could not be started (${command})`, {
            cause: e,
            hint: `install ${tool} or check PATH`,
        });
    }
    if (!okCodes.includes(res.code)) {
        const tail = res.stderr.trim().split('\n').slice(-5).join(' | ') || res.stdout.slice(-500);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('INPUT_INVALID', `${tool} exited with code ${res.code}: ${tail}`);
    }
    return res;
}
/** JSON.parse that names the tool and the file (or stream) when the output is not JSON. */
function parseToolJson(text, tool, file) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('INPUT_INVALID', `${tool} wrote ${file}, which is not valid JSON`, {
            cause: e,
            hint: `check the ${tool} version and its output options`,
        });
    }
}


/***/ }),

/***/ 11433:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e9: () => (/* binding */ requireHttpAnswer),
/* harmony export */   nW: () => (/* binding */ requireOpenPort)
/* harmony export */ });
/* unused harmony export tcpRefusal */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43959);


/**
 * Before a step judges a deployment, it checks that something answers there. A target that
 * has gone (its job ended, it crashed, the URL is stale) would otherwise make a scan find
 * nothing and pass ("open ports: none"); here it is a failure that says so.
 */
const PROBE_MS = 5000;
const gone = (where, why) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TollgateError */ .xB('INPUT_UNREADABLE', `nothing answers at ${where} (${why}): the deployment has gone or never came up, so there is nothing to test`, { hint: 'deploy the service first (deploy-test), or set the step inputs to where it runs' });
/** Why a TCP connection to host:port fails, or undefined when it is accepted. */
function tcpRefusal(host, port, timeoutMs = PROBE_MS) {
    return new Promise((resolve) => {
        const socket = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.connect)({ host, port });
        const done = (why) => {
            socket.destroy();
            resolve(why);
        };
        socket.setTimeout(timeoutMs, () => done(`no answer in ${timeoutMs / 1000} s`));
        socket.once('connect', () => done(undefined));
        socket.once('error', (e) => done(e.code ?? e.message));
    });
}
/** Throws unless one of the ports of `host` accepts a connection (none given: nothing to check). */
async function requireOpenPort(host, ports) {
    const why = [];
    for (const port of ports) {
        const refused = await tcpRefusal(host, port);
        if (refused === undefined)
            return;
        why.push(`${port}: ${refused}`);
    }
    if (why.length)
        throw gone(`${host} port ${ports.join(', ')}`, why.join('; '));
}
/** Throws unless `url` gives an HTTP answer, whatever its status (an error page still answers). */
async function requireHttpAnswer(url, signal) {
    try {
        const res = await fetch(url, {
            redirect: 'manual',
            signal: signal
                ? AbortSignal.any([signal, AbortSignal.timeout(PROBE_MS)])
                : AbortSignal.timeout(PROBE_MS),
        });
        await res.body?.cancel();
    }
    catch (e) {
        if (signal?.aborted)
            throw e;
        const err = e;
        throw gone(url, err.cause?.code ?? err.cause?.message ?? err.message);
    }
}


/***/ }),

/***/ 97302:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REPORT: () => (/* binding */ REPORT),
  infraScan: () => (/* binding */ infraScan)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./dist/steps/common/fingerprint.js
var fingerprint = __webpack_require__(36216);
// EXTERNAL MODULE: ./dist/steps/common/rule-table.js
var rule_table = __webpack_require__(65041);
// EXTERNAL MODULE: ./dist/steps/common/target-answers.js
var target_answers = __webpack_require__(11433);
// EXTERNAL MODULE: ./dist/steps/common/scan-step.js + 1 modules
var scan_step = __webpack_require__(62246);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 23 modules
var XMLParser = __webpack_require__(41143);
// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
// EXTERNAL MODULE: ./dist/steps/common/run-tool.js
var run_tool = __webpack_require__(33036);
;// CONCATENATED MODULE: ./dist/steps/infra-scan/nmap.js





const NMAP_REPORT = 'nmap.xml';
/**
 * NSE scripts that only talk to the scanned host and port: TLS protocols and suites with
 * nmap's grade, the certificate, and the HTTP Server header. No brute force, no broadcast.
 */
const NSE_SCRIPTS = 'ssl-enum-ciphers,ssl-cert,http-server-header';
const list = (v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x) => !!x && typeof x === 'object');
function parseNmap(xml) {
    const doc = new XMLParser/* default */.A({
        ignoreAttributes: false,
        attributeNamePrefix: '@',
        parseAttributeValue: false,
        parseTagValue: false,
        isArray: (name) => ['host', 'port', 'script', 'table', 'elem'].includes(name),
    }).parse(xml);
    const run = doc.nmaprun;
    if (!run)
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `nmap wrote ${NMAP_REPORT} without <nmaprun>`);
    const ports = [];
    for (const host of list(run.host))
        for (const p of list(host.ports?.port)) {
            const svc = (p.service ?? {});
            const scripts = {};
            for (const s of list(p.script))
                scripts[String(s['@id'])] = { output: String(s['@output'] ?? ''), data: s };
            ports.push({
                port: Number(p['@portid']),
                protocol: String(p['@protocol']),
                state: String(p.state?.['@state'] ?? 'unknown'),
                service: {
                    ...(svc['@name'] ? { name: String(svc['@name']) } : {}),
                    ...(svc['@product'] ? { product: String(svc['@product']) } : {}),
                    ...(svc['@version'] ? { version: String(svc['@version']) } : {}),
                    ...(svc['@tunnel'] ? { tunnel: String(svc['@tunnel']) } : {}),
                },
                scripts,
            });
        }
    return { version: String(run['@version'] ?? 'unknown'), ports };
}
/** ssl-enum-ciphers' structured result: the protocols offered and nmap's worst grade. */
function tlsOf(p) {
    const script = p.scripts['ssl-enum-ciphers']?.data;
    if (!script)
        return undefined;
    const protocols = list(script.table).map((t) => String(t['@key']));
    const least = list(script.elem).find((e) => e['@key'] === 'least strength');
    return { protocols, ...(least ? { leastStrength: String(least['#text'] ?? '') } : {}) };
}
/**
 * A connect scan (-sT: no raw sockets, so no root needed) with version detection of the given
 * intensity (2, nmap's --version-light, by default: an unknown service costs about 11 s);
 * -Pn because a test host may not answer ping, -n because names are not looked up.
 */
async function runNmap(ctx, host, ports, intensity) {
    const out = (0,external_node_path_.join)(ctx.outDir, NMAP_REPORT);
    const args = [
        '-sT',
        '-sV',
        '--version-intensity',
        String(intensity),
        '-Pn',
        '-n',
        '-p',
        ports,
        '--script',
        NSE_SCRIPTS,
        '--host-timeout',
        '15m',
        '-oX',
        out,
        host,
    ];
    await (0,run_tool/* runTool */.q)(ctx, 'nmap', 'nmap', args, [0], ctx.outDir);
    const xml = await (0,promises_.readFile)(out, 'utf8').catch((e) => {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `nmap wrote no report ${out}`, { cause: e });
    });
    return parseNmap(xml);
}

;// CONCATENATED MODULE: ./dist/steps/infra-scan/rules.js


const INFRA_DOC_URL = 'https://tollgate.dev/docs/steps/infra-scan.md';
const rule = (id, severity, title, help) => ({
    id,
    severity,
    title,
    help,
});
const INFRA_RULES = {
    undeclared: rule('TG-INFRA-001', 'high', 'Open port the deployment does not declare', 'Close the listener, or declare the port in the manifest (containerPort, Service port, published port) if it is meant to be reachable; an undeclared port is a debug endpoint, an admin interface or a sidecar nobody reviewed.'),
    declaredClosed: rule('TG-INFRA-002', 'low', 'Declared port not open', 'The manifest declares a port on which nothing answers: remove the declaration or fix the service, so that the declared surface is the real one.'),
    oldTls: rule('TG-INFRA-003', 'high', 'Deprecated TLS or SSL protocol offered', 'Offer TLS 1.2 and 1.3 only; SSLv3, TLS 1.0 and 1.1 have known attacks and are deprecated (RFC 8996).'),
    weakCiphers: rule('TG-INFRA-004', 'high', 'Weak TLS cipher suites (nmap grade C or worse)', "Remove the suites nmap's ssl-enum-ciphers grades C to F (RC4, 3DES, export, NULL, anonymous, small DH groups); keep ECDHE with AES-GCM or ChaCha20-Poly1305."),
    riskyService: rule('TG-INFRA-005', 'high', 'Risky service exposed', 'Do not expose cleartext or unauthenticated-by-default services (telnet, FTP, rsh, VNC, X11, SNMP, Redis, Memcached, MongoDB, the Docker API, etcd); bind them to localhost or a private network, or put them behind authentication and TLS.'),
    versionBanner: rule('TG-INFRA-006', 'low', 'Service announces its version', 'Hide product versions in banners and headers (e.g. `server_tokens off`); they tell attackers which known vulnerabilities to try.'),
};
const R = INFRA_RULES;
/** Service names of nmap -sV (and default ports) that should never face a network. */
const RISKY = new Set([
    'telnet',
    'ftp',
    'tftp',
    'rsh',
    'rlogin',
    'rexec',
    'exec',
    'login',
    'shell',
    'vnc',
    'x11',
    'snmp',
    'redis',
    'memcache',
    'memcached',
    'mongodb',
    'mongod',
    'docker',
    'etcd',
    'etcd-client',
]);
const DEPRECATED = ['SSLv2', 'SSLv3', 'TLSv1.0', 'TLSv1.1'];
const WEAK_GRADES = new Set(['C', 'D', 'E', 'F']);
/** Findings for the scanned ports, compared with the declared ones. */
function judgePorts(host, scanned, declared) {
    const out = [];
    const where = (p) => `${p.protocol ?? 'tcp'}://${host}:${p.port}`;
    const open = scanned.filter((p) => p.state === 'open');
    for (const p of open) {
        const svc = [p.service?.tunnel, p.service?.name].filter(Boolean).join('/') || 'unknown service';
        const add = (r, detail) => out.push((0,rule_table/* ruleFinding */.Ex)(r, where(p), `${detail} (port ${p.port}/${p.protocol}, ${svc})`));
        if (!declared.includes(p.port))
            add(R.undeclared, `port ${p.port} is open but not declared (declared: ${declared.join(', ') || 'none'})`);
        if (p.service?.name && RISKY.has(p.service.name))
            add(R.riskyService, `${p.service.name}`);
        const tls = tlsOf(p);
        const old = tls?.protocols.filter((x) => DEPRECATED.includes(x)) ?? [];
        if (old.length)
            add(R.oldTls, `${old.join(', ')} offered`);
        if (tls?.leastStrength && WEAK_GRADES.has(tls.leastStrength))
            add(R.weakCiphers, `least strength ${tls.leastStrength}`);
        const banner = p.scripts['http-server-header']?.output.trim();
        if (p.service?.product && p.service.version)
            add(R.versionBanner, `${p.service.product} ${p.service.version}`);
        else if (banner && /\d+\.\d+/.test(banner))
            add(R.versionBanner, `Server: ${banner}`);
    }
    for (const port of declared)
        if (!open.some((p) => p.port === port) && scanned.some((p) => p.port === port))
            out.push((0,rule_table/* ruleFinding */.Ex)(R.declaredClosed, where({ port }), `port ${port} is declared but ${scanned.find((p) => p.port === port)?.state ?? 'not open'}`));
    return out;
}

// EXTERNAL MODULE: ./dist/steps/common/handoff.js
var handoff = __webpack_require__(30086);
;// CONCATENATED MODULE: ./dist/steps/infra-scan/target.js


/** nmap -p syntax limited to numbers, ranges and commas: nothing an option could hide in. */
const PORT_SPEC = /^\d{1,5}(-\d{1,5})?(,\d{1,5}(-\d{1,5})?)*$/;
/** A host name or an IP address; no leading dash, so it can never read as an nmap option. */
const HOST = /^[A-Za-z0-9_.:[\]][A-Za-z0-9_.:%[\]-]*$/;
function numbers(raw, name) {
    const parts = raw.split(/[\s,]+/).filter(Boolean);
    const out = parts.map(Number);
    const bad = parts.find((p, i) => !Number.isInteger(out[i]) || out[i] < 1 || out[i] > 65535);
    if (bad !== undefined)
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${name}: "${bad}" is not a port number (1-65535)`);
    return out;
}
/**
 * Host, ports and declared ports from the inputs, each falling back to deploy-test's
 * deployment.json. Without either, the error says which input to set.
 */
async function infraTarget(ctx) {
    const input = (k) => ctx.inputs[k]?.trim() ?? '';
    // The deployment is needed unless both host and declared ports are given: without the
    // declared ports there is nothing to compare the open ones with.
    const deployment = input('host') && input('declared-ports')
        ? undefined
        : await (0,handoff/* readDeployment */.iJ)(ctx).catch((e) => {
            throw new errors/* TollgateError */.xB('INPUT_UNREADABLE', (0,errors/* describeError */.Uc)(e), {
                cause: e,
                hint: 'run deploy-test first, or set the host, ports and declared-ports inputs',
            });
        });
    const host = input('host') || deployment.host;
    if (!HOST.test(host))
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `host "${host}" is not a host name or address`);
    const declared = input('declared-ports')
        ? numbers(input('declared-ports'), 'declared-ports')
        : (deployment?.declaredPorts ?? []);
    let ports = input('ports').replace(/\s+/g, '');
    if (!ports) {
        const all = [...new Set([...(deployment?.ports ?? []), ...declared])].sort((a, b) => a - b);
        if (!all.length)
            throw new errors/* TollgateError */.xB('INPUT_INVALID', 'infra-scan has no ports to scan', {
                hint: 'set the ports input (e.g. 8080 or 1-1024), or run deploy-test first',
            });
        ports = all.join(',');
    }
    if (!PORT_SPEC.test(ports))
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `ports "${ports}" is not a port list such as 8080,9000-9100`);
    const raw = input('version-intensity') || '2';
    const intensity = Number(raw);
    if (!Number.isInteger(intensity) || intensity < 0 || intensity > 9)
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `version-intensity is "${raw}"; expected 0 to 9`);
    const named = ports
        .split(',')
        .filter((p) => !p.includes('-'))
        .map(Number);
    const probe = deployment?.ports.length
        ? deployment.ports
        : [...new Set([...declared, ...named])].sort((a, b) => a - b);
    return { host, ports, declared, intensity, probe };
}

;// CONCATENATED MODULE: ./dist/steps/infra-scan/index.js








/**
 * infra-scan: nmap service and version detection with TLS and HTTP NSE scripts against the
 * test environment's host, the open ports compared with those the manifest declares. One
 * SARIF run (tool nmap, our rules); nmap's XML is kept next to it. See docs/steps/infra-scan.md.
 */
const REPORT = 'infra-scan.sarif';
async function scan(ctx) {
    await (0,promises_.mkdir)(ctx.outDir, { recursive: true });
    const target = await infraTarget(ctx);
    // A scan of a target that has gone finds no open port and would pass: check it is there.
    await (0,target_answers/* requireOpenPort */.nW)(target.host, target.probe);
    ctx.log(`infra-scan: nmap ${target.host} ports ${target.ports} (declared: ${target.declared.join(', ') || 'none'})`);
    const started = Date.now();
    const { version, ports } = await runNmap(ctx, target.host, target.ports, target.intensity);
    const open = ports.filter((p) => p.state === 'open').map((p) => `${p.port}/${p.protocol}`);
    ctx.log(`infra-scan: open: ${open.join(', ') || 'none'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    const findings = judgePorts(target.host, ports, target.declared);
    // Identity across runs: rule and port, not the host, which differs between deployments.
    (0,fingerprint/* assignFingerprints */.Dz)(findings, {
        anchor: (f) => ({ key: (f.location?.path ?? '').replace(/\/\/[^/]*:/, '//:') }),
    });
    const result = await (0,scan_step/* finishScan */.vi)(ctx, [
        {
            tool: {
                name: 'nmap',
                version,
                informationUri: 'https://nmap.org',
                rules: (0,rule_table/* sarifRulesOf */.C2)(Object.values(INFRA_RULES), INFRA_DOC_URL),
            },
            findings,
        },
    ], REPORT, [`- open ports: ${open.join(', ') || 'none'}; NSE scripts: ${NSE_SCRIPTS}`]);
    result.reports.push(NMAP_REPORT);
    return result;
}
const infraScan = {
    id: 'infra-scan',
    async run(ctx) {
        try {
            return await scan(ctx);
        }
        catch (e) {
            return (0,scan_step/* toolFailure */.Lu)(ctx, e, 'nmap');
        }
    },
};


/***/ })

};
