export const id = 6787;
export const ids = [6787,9168];
export const modules = {

/***/ 79010:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ buildDsseBundle)
/* harmony export */ });
/* harmony import */ var _statement_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63037);

/**
 * Wraps a payload in DSSE and a Sigstore bundle. Given `intermediates` (DER, issuer order),
 * the bundle takes the v0.2 form with an `x509CertificateChain` (leaf first, no root): the
 * only bundle form that carries intermediates, needed for SPIFFE SVIDs whose issuer is not
 * a root. Otherwise the bundle is v0.3.
 *
 * @sigstore/sign is imported on first use: it brings an HTTP client, a cache and the
 * transparency-log clients, which a command that only verifies never needs.
 */
async function buildDsseBundle(signer, payload, options = {}) {
    const intermediates = options.intermediates ?? [];
    const [{ DSSEBundleBuilder }, { bundleToJSON }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(1040), __webpack_require__.e(2830), __webpack_require__.e(4463), __webpack_require__.e(8275), __webpack_require__.e(5179)]).then(__webpack_require__.t.bind(__webpack_require__, 15179, 19)),
        __webpack_require__.e(/* import() */ 1040).then(__webpack_require__.t.bind(__webpack_require__, 61040, 19)),
    ]);
    const builder = new DSSEBundleBuilder({
        signer,
        witnesses: options.witnesses ?? [],
        certificateChain: intermediates.length > 0,
    });
    const bundle = bundleToJSON(await builder.create({ data: payload, type: _statement_js__WEBPACK_IMPORTED_MODULE_0__/* .DSSE_PAYLOAD_TYPE */ .kM }));
    // The builder writes only the leaf into the chain; the intermediates follow it.
    bundle.verificationMaterial.x509CertificateChain?.certificates.push(...intermediates.map((der) => ({ rawBytes: der.toString('base64') })));
    return bundle;
}


/***/ }),

/***/ 12266:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ parsePublicKey),
/* harmony export */   y: () => (/* binding */ keyIdOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43959);


/** The key id Tollgate uses as the bundle's public key hint: sha256 of the SPKI DER, in hex. */
function keyIdOf(publicKey) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(publicKey.export({ type: 'spki', format: 'der' }))
        .digest('hex');
}
function parsePublicKey(pem, source) {
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(pem);
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TollgateError */ .xB('INPUT_INVALID', `${source} is not a PEM public key`, {
            cause: e,
            hint: 'use the .pub file that `tollgate keygen` wrote',
        });
    }
}


/***/ }),

/***/ 45751:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ generateKeyPair),
/* harmony export */   createKeySigner: () => (/* binding */ createKeySigner),
/* harmony export */   parsePrivateKey: () => (/* binding */ parsePrivateKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _bundle_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79010);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12266);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43959);




/** A fresh ECDSA P-256 key pair in PEM (PKCS#8 private, SPKI public), as `tollgate keygen` writes. */
function generateKeyPair() {
    const { privateKey, publicKey } = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
    return {
        privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        keyId: (0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyIdOf */ .y)(publicKey),
    };
}
function parsePrivateKey(pem, source) {
    try {
        const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(pem);
        const type = key.asymmetricKeyType;
        if (type !== 'ec' && type !== 'ed25519' && type !== 'rsa') {
            throw new Error(`unsupported key type ${type}`);
        }
        return key;
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TollgateError */ .xB('INPUT_INVALID', `${source} is not a usable private key (PEM)`, {
            cause: e,
            hint: 'create one with `tollgate keygen --out <prefix>`',
        });
    }
}
/**
 * Signs with a local key. The bundle names the key only by its hint (the key id), never by
 * the key itself: the verifier must already trust the public key, otherwise anyone could
 * sign with a key of their own and ship it in the bundle.
 */
function createKeySigner(privateKey) {
    const publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(privateKey);
    const keyId = (0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyIdOf */ .y)(publicKey);
    const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const algorithm = privateKey.asymmetricKeyType === 'ed25519' ? null : 'sha256';
    const signer = {
        sign: async (data) => ({
            signature: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(algorithm, data, privateKey),
            key: { $case: 'publicKey', publicKey: publicKeyPem, hint: keyId },
        }),
    };
    return {
        kind: 'key',
        describe: () => `key ${keyId.slice(0, 16)}`,
        signStatement: (payload) => (0,_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .buildDsseBundle */ .y)(signer, payload),
    };
}


/***/ }),

/***/ 9168:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SIGNER_HELP: () => (/* binding */ SIGNER_HELP),
  SIGNER_OPTIONS: () => (/* binding */ SIGNER_OPTIONS),
  createSigner: () => (/* binding */ createSigner),
  signerFromOptions: () => (/* binding */ signerFromOptions)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
// EXTERNAL MODULE: ./dist/core/fs.js
var fs = __webpack_require__(90275);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./dist/core/redact.js
var redact = __webpack_require__(81345);
;// CONCATENATED MODULE: ./dist/core/escape.js
/**
 * Text from an untrusted source (a tool's finding message, a predicate's reason, a file
 * name from a fork's artifact) made inert for the medium it is shown in. One module, so
 * that every renderer escapes the same way.
 */
// ESC [ … final (CSI), ESC ] … BEL or ST (OSC), ESC P/X/^/_ … ST (DCS, SOS, PM, APC), ESC + one.
const ESCAPES = 
// eslint-disable-next-line no-control-regex
/\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[PX^_][^\u001b]*(?:\u001b\\)?|\u001b[\s\S]?|\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007\u009c]*(?:\u0007|\u009c)?/g;
// C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional overrides that
// can make a line read differently from what it is.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** For a terminal: escape sequences and control characters removed, new lines kept. */
function escape_forTerminal(s) {
    return s.replace(ESCAPES, '').replace(CONTROLS, '');
}
const HTML = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/** For HTML text and attribute values. */
function forHtml(s) {
    return escape_forTerminal(s).replace(/[&<>"']/g, (c) => HTML[c]);
}
const ZWSP = '\u200b';
/**
 * For GitHub-flavoured Markdown, on one line (a table cell, a list item): no HTML, no
 * links or images, no autolinks, no @mentions or #references that notify, no table breaks,
 * no emphasis or code fences opened by the text. Bounded to `max` characters.
 */
function forMarkdown(s, max = Infinity) {
    const one = escape_forTerminal(s)
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_{}[\]()#+!|~]/g, '\\$&')
        // Mentions and team mentions: a zero-width space after @ keeps the text, drops the ping.
        .replace(/@(?=[\w-])/g, `@${ZWSP}`)
        // Autolinked URLs and www. names.
        .replace(/:\/\//g, `:${ZWSP}//`)
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
    return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
/**
 * An identifier in a Markdown code span (inline code does not mention, link or render HTML):
 * backticks cannot be escaped inside one, so they become quotes; pipes are escaped for tables.
 */
function forMarkdownCode(s, max = 120) {
    const one = escape_forTerminal(s).replace(/`/g, "'").replace(/\s+/g, ' ').slice(0, max);
    return `\`${one.replace(/\|/g, '\\|')}\``;
}

;// CONCATENATED MODULE: ./dist/cli/command.js




function parseCommandArgs(cmd, argv) {
    try {
        const { values, positionals } = parseArgs({
            args: argv,
            options: { ...cmd.options, help: { type: 'boolean', short: 'h' } },
            allowPositionals: cmd.positionals ?? false,
            strict: true,
        });
        return { values: values, positionals };
    }
    catch (e) {
        throw new TollgateError('USAGE', `tollgate ${cmd.name}: ${e.message}`, {
            hint: `see \`tollgate ${cmd.name} --help\``,
        });
    }
}
/** A required string option, or a usage error naming it. */
function required(values, name, cmd) {
    const v = values[name];
    if (typeof v !== 'string' || v === '') {
        throw new TollgateError('USAGE', `tollgate ${cmd}: --${name} is required`, {
            hint: `see \`tollgate ${cmd} --help\``,
        });
    }
    return v;
}
function optional(values, name) {
    const v = values[name];
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function list(values, name) {
    const v = values[name];
    return Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : [];
}
/**
 * Runs one command with its arguments; never throws, always returns the exit code. All it
 * prints passes the redactor: reasons and errors carry tools' words, which may hold a secret.
 */
async function executeCommand(cmd, argv, raw) {
    const io = {
        ...raw,
        out: (t) => raw.out(redactor.text(t)),
        err: (t) => raw.err(redactor.text(t)),
    };
    try {
        const { values, positionals } = parseCommandArgs(cmd, argv);
        if (values.help) {
            io.out(cmd.help.endsWith('\n') ? cmd.help : `${cmd.help}\n`);
            return 0;
        }
        return await cmd.run(values, positionals, io);
    }
    catch (e) {
        if (isTollgateError(e)) {
            // Messages may quote input (a bundle's reason, a file name): no escape sequences.
            io.err(`tollgate ${cmd.name}: ${forTerminal(e.message.replace(/^tollgate \S+: /, ''))}\n`);
            if (e.hint)
                io.err(`  hint: ${forTerminal(e.hint)}\n`);
            return e.exitCode;
        }
        // An unexpected failure is still reported in one line; TOLLGATE_DEBUG=1 shows the stack.
        io.err(`tollgate ${cmd.name}: internal error: ${forTerminal(describeError(e))}\n`);
        if (io.env.TOLLGATE_DEBUG)
            io.err(`${e.stack ?? ''}\n`);
        return 2;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./dist/attest/signers/key.js
var key = __webpack_require__(45751);
;// CONCATENATED MODULE: ./dist/cli/commands/keygen.js






const DEFAULT_KEY_PREFIX = '.tollgate/keys/tollgate';
const keygenCommand = {
    name: 'keygen',
    summary: 'create a local signing key pair (ECDSA P-256)',
    help: `Usage: tollgate keygen [--out PREFIX] [--force]

Creates PREFIX.key (private, mode 0600) and PREFIX.pub (public). Name the .pub file
under "signers:" in the policy so that the gate trusts what this key signs.

Options:
  --out PREFIX   where to write the pair (default: ${DEFAULT_KEY_PREFIX})
  --force        replace an existing key pair

Example:
  tollgate keygen --out keys/laptop
`,
    options: { out: { type: 'string' }, force: { type: 'boolean' } },
    async run(values, _pos, io) {
        const prefix = (0,external_node_path_.resolve)(io.cwd, optional(values, 'out') ?? DEFAULT_KEY_PREFIX);
        const [priv, pub] = [`${prefix}.key`, `${prefix}.pub`];
        if (!values.force) {
            for (const f of [priv, pub]) {
                const exists = await (0,promises_.access)(f).then(() => true, () => false);
                if (exists) {
                    throw new errors/* TollgateError */.xB('USAGE', `${f} already exists; not overwriting it`, {
                        hint: 'pass --force to replace it, or --out for another name',
                    });
                }
            }
        }
        const pair = (0,key/* generateKeyPair */.T)();
        await (0,fs/* writeFileAtomic */.Zf)(priv, pair.privateKeyPem, { mode: 0o600 });
        await (0,fs/* writeFileAtomic */.Zf)(pub, pair.publicKeyPem);
        io.out(`wrote ${priv} (private) and ${pub} (public)\nkey id ${pair.keyId}\n`);
        return 0;
    },
};

;// CONCATENATED MODULE: ./dist/cli/signer-options.js





/** Options shared by every command that signs. */
const SIGNER_OPTIONS = {
    signer: { type: 'string' },
    key: { type: 'string' },
    'fulcio-url': { type: 'string' },
    'rekor-url': { type: 'string' },
    'tsa-url': { type: 'string' },
    'tlog-entry': { type: 'string' },
    'spiffe-socket': { type: 'string' },
    svid: { type: 'string' },
    'svid-key': { type: 'string' },
    'svid-bundle': { type: 'string' },
};
const SIGNER_HELP = `Signing:
  --signer KIND      key (default), sigstore or spiffe
  --key FILE         private key for --signer key (default: ${DEFAULT_KEY_PREFIX}.key)
  --fulcio-url URL   Fulcio for --signer sigstore (default: the public-good instance)
  --rekor-url URL    Rekor for --signer sigstore (default: the public-good instance)
  --tsa-url URL      also take an RFC 3161 timestamp from this authority
  --tlog-entry KIND  dsse (default), intoto, or none (then --tsa-url is required)
                     The OIDC token comes from SIGSTORE_ID_TOKEN or, on GitHub Actions,
                     from the job's token endpoint (permission id-token: write).
  --spiffe-socket A  SPIFFE Workload API for --signer spiffe (default: $SPIFFE_ENDPOINT_SOCKET)
  --svid FILE        or an X.509-SVID in PEM files: certificate (leaf first, then
  --svid-key FILE    intermediates), its private key, and optionally the trust bundle
  --svid-bundle FILE (as spiffe-helper writes them)`;
async function signerFromOptions(values, io) {
    const opt = (name) => optional(values, name);
    return createSigner({
        kind: opt('signer') ?? 'key',
        key: opt('key'),
        fulcioUrl: opt('fulcio-url'),
        rekorUrl: opt('rekor-url'),
        tsaUrl: opt('tsa-url'),
        tlogEntry: opt('tlog-entry'),
        spiffeSocket: opt('spiffe-socket'),
        svid: opt('svid'),
        svidKey: opt('svid-key'),
        svidBundle: opt('svid-bundle'),
    }, io.env, io.cwd);
}
/**
 * Builds the signer the settings describe; relative files are resolved against `cwd`. Each
 * kind's code is imported only when that kind is asked for: keyless signing brings Sigstore's
 * clients, SPIFFE the gRPC stack of the Workload API.
 */
async function createSigner(s, env, cwd) {
    switch (s.kind) {
        case 'key': {
            const path = (0,external_node_path_.resolve)(cwd, s.key || `${DEFAULT_KEY_PREFIX}.key`);
            const pem = (await (0,fs/* readInput */.R5)(path, 'private key', 1 << 16).catch((e) => {
                throw new errors/* TollgateError */.xB('SIGNER_UNAVAILABLE', `no signing key at ${path}`, {
                    cause: e,
                    hint: 'create one with `tollgate keygen`, or pass --key FILE',
                });
            })).toString('utf8');
            const { createKeySigner, parsePrivateKey } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 45751));
            return createKeySigner(parsePrivateKey(pem, path));
        }
        case 'sigstore': {
            const entry = s.tlogEntry || 'dsse';
            if (!['dsse', 'intoto', 'none'].includes(entry)) {
                throw new errors/* TollgateError */.xB('USAGE', `--tlog-entry must be dsse, intoto or none, not "${entry}"`);
            }
            const [{ createSigstoreSigner }, { resolveTokenSource }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(1040), __webpack_require__.e(2830), __webpack_require__.e(4463), __webpack_require__.e(8275), __webpack_require__.e(5179), __webpack_require__.e(3708)]).then(__webpack_require__.bind(__webpack_require__, 13708)),
                __webpack_require__.e(/* import() */ 8771).then(__webpack_require__.bind(__webpack_require__, 68771)),
            ]);
            return createSigstoreSigner({
                tokenSource: resolveTokenSource({ env }),
                transparencyLog: entry === 'none' ? false : entry,
                ...(s.fulcioUrl ? { fulcioURL: s.fulcioUrl } : {}),
                ...(s.rekorUrl ? { rekorURL: s.rekorUrl } : {}),
                ...(s.tsaUrl ? { tsaURL: s.tsaUrl } : {}),
            });
        }
        case 'spiffe': {
            const file = (v) => (v ? (0,external_node_path_.resolve)(cwd, v) : undefined);
            const { createSpiffeSigner, resolveSvidSource } = await Promise.all(/* import() */[__webpack_require__.e(3033), __webpack_require__.e(1235)]).then(__webpack_require__.bind(__webpack_require__, 21235));
            const source = resolveSvidSource({
                ...(file(s.svid) ? { certFile: file(s.svid) } : {}),
                ...(file(s.svidKey) ? { keyFile: file(s.svidKey) } : {}),
                ...(file(s.svidBundle) ? { bundleFile: file(s.svidBundle) } : {}),
                ...(s.spiffeSocket ? { endpoint: s.spiffeSocket } : {}),
            });
            return createSpiffeSigner(source);
        }
        default:
            throw new errors/* TollgateError */.xB('USAGE', `unknown signer "${s.kind}"`, {
                hint: 'use --signer key, sigstore or spiffe',
            });
    }
}


/***/ })

};
