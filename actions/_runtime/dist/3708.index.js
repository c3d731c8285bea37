export const id = 3708;
export const ids = [3708,8771];
export const modules = {

/***/ 68771:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SIGSTORE_AUDIENCE: () => (/* binding */ SIGSTORE_AUDIENCE),
/* harmony export */   TOKEN_ENV_VAR: () => (/* binding */ TOKEN_ENV_VAR),
/* harmony export */   envTokenSource: () => (/* binding */ envTokenSource),
/* harmony export */   githubActionsTokenSource: () => (/* binding */ githubActionsTokenSource),
/* harmony export */   jwtClaims: () => (/* binding */ jwtClaims),
/* harmony export */   resolveTokenSource: () => (/* binding */ resolveTokenSource),
/* harmony export */   staticTokenSource: () => (/* binding */ staticTokenSource)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43959);

const SIGSTORE_AUDIENCE = 'sigstore';
const TOKEN_ENV_VAR = 'SIGSTORE_ID_TOKEN';
const NO_TOKEN_HINT = 'In GitHub Actions grant the job `permissions: id-token: write`; elsewhere set ' +
    `${TOKEN_ENV_VAR} to an OIDC identity token whose audience is "${SIGSTORE_AUDIENCE}".`;
/** A token given directly (a flag or an action input). */
function staticTokenSource(token) {
    return {
        description: 'the given token',
        getToken: async () => requireJwt(token, 'the given token'),
    };
}
/** A token read from an environment variable when it is needed (default SIGSTORE_ID_TOKEN). */
function envTokenSource(env = process.env, name = TOKEN_ENV_VAR) {
    const description = `environment variable ${name}`;
    return {
        description,
        // Read on every call (not when created) so a token refreshed by the job is picked up.
        getToken: async () => {
            const value = env[name]?.trim();
            if (!value) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('SIGNER_UNAVAILABLE', `${name} is not set`, {
                    hint: NO_TOKEN_HINT,
                });
            }
            return requireJwt(value, description);
        },
    };
}
/**
 * The GitHub Actions OIDC provider: GET ACTIONS_ID_TOKEN_REQUEST_URL with the audience as a
 * query parameter and ACTIONS_ID_TOKEN_REQUEST_TOKEN as bearer token; the answer is
 * `{"value": "<jwt>"}`. A fresh token is requested on every call because they expire
 * within minutes and a step may sign long after it started.
 */
function githubActionsTokenSource(options = {}) {
    const env = options.env ?? process.env;
    const doFetch = options.fetch ?? ((url, init) => fetch(url, init));
    const audience = options.audience ?? SIGSTORE_AUDIENCE;
    const description = 'the GitHub Actions OIDC provider';
    return {
        description,
        async getToken() {
            const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
            const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
            if (!requestUrl || !requestToken) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('SIGNER_UNAVAILABLE', 'the GitHub Actions OIDC provider is not available to this job', { hint: NO_TOKEN_HINT });
            }
            const url = new URL(requestUrl);
            url.searchParams.set('audience', audience);
            // Only the origin goes into messages: the request URL carries run-specific parameters.
            const where = `${url.origin}${url.pathname}`;
            let response;
            try {
                response = await doFetch(url.toString(), {
                    method: 'GET',
                    headers: { Authorization: `Bearer ${requestToken}`, Accept: 'application/json' },
                    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
                });
            }
            catch (e) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('SIGNER_UNAVAILABLE', `cannot reach the OIDC provider ${where}`, {
                    cause: e,
                    hint: 'Check the runner can reach GitHub, then re-run the job.',
                });
            }
            if (!response.ok) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('SIGNER_UNAVAILABLE', `the OIDC provider ${where} answered HTTP ${response.status}`, { hint: NO_TOKEN_HINT });
            }
            const body = (await response.json().catch(() => undefined));
            if (typeof body?.value !== 'string') {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('SIGNER_UNAVAILABLE', `the OIDC provider ${where} sent no token`);
            }
            return requireJwt(body.value, description);
        },
    };
}
/**
 * Picks the source the way a user expects: an explicit token wins, then SIGSTORE_ID_TOKEN
 * (an explicit choice made in the environment), then the GitHub Actions provider. With none
 * available the returned source fails with SIGNER_UNAVAILABLE when asked for a token, so that
 * constructing a signer never fails just because signing is not needed yet.
 */
function resolveTokenSource(options = {}) {
    const env = options.env ?? process.env;
    if (options.token)
        return staticTokenSource(options.token);
    if (env[TOKEN_ENV_VAR]?.trim())
        return envTokenSource(env);
    if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        return githubActionsTokenSource(options);
    }
    return {
        description: 'no token source',
        getToken: () => Promise.reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('SIGNER_UNAVAILABLE', `no OIDC identity token: neither ${TOKEN_ENV_VAR} nor the GitHub Actions OIDC provider is available`, { hint: NO_TOKEN_HINT })),
    };
}
/** The claims of a JWT, read without verifying it (Fulcio verifies; this is for messages). */
function jwtClaims(token) {
    const part = token.split('.')[1];
    try {
        const claims = JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8'));
        if (claims && typeof claims === 'object' && !Array.isArray(claims)) {
            return claims;
        }
    }
    catch {
        // Fall through: the caller gets the same error for every malformed token.
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('SIGNER_UNAVAILABLE', 'the OIDC identity token is not a JWT', {
        hint: NO_TOKEN_HINT,
    });
}
function requireJwt(token, from) {
    const trimmed = token.trim();
    try {
        jwtClaims(trimmed);
    }
    catch (e) {
        // Name the source, never the token: it is a credential.
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('SIGNER_UNAVAILABLE', `the token from ${from} is not a JWT`, {
            cause: e,
            hint: NO_TOKEN_HINT,
        });
    }
    return trimmed;
}


/***/ }),

/***/ 13708:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_FULCIO_URL: () => (/* reexport */ sign_dist.DEFAULT_FULCIO_URL),
  DEFAULT_REKOR_URL: () => (/* reexport */ sign_dist.DEFAULT_REKOR_URL),
  createSigstoreSigner: () => (/* binding */ createSigstoreSigner)
});

// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(15179);
// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
// EXTERNAL MODULE: ./dist/attest/bundle.js
var attest_bundle = __webpack_require__(79010);
// EXTERNAL MODULE: ./dist/attest/signers/oidc.js
var oidc = __webpack_require__(68771);
;// CONCATENATED MODULE: ./dist/attest/signers/sigstore-errors.js


/**
 * Turns what @sigstore/sign throws into SIGNING_FAILED naming the service, its URL and the
 * HTTP status (or the network error code), so that a failing step says which service to
 * look at instead of printing a stack trace. The library's error codes tell the services
 * apart: CA_* is Fulcio, TLOG_* is Rekor, TSA_* is the timestamp authority.
 */
function toSigningError(e, services) {
    if ((0,errors/* isTollgateError */.bK)(e))
        return e;
    if (e instanceof sign_dist.InternalError) {
        // The token is fetched before the library runs; a token error here is ours, passed through.
        if ((0,errors/* isTollgateError */.bK)(e.cause))
            return e.cause;
        const service = serviceOf(e.code, services);
        if (service) {
            return new errors/* TollgateError */.xB('SIGNING_FAILED', `${service.name} at ${service.url} ${failureOf(e.cause)}`, { cause: e, hint: hintFor(e.cause) });
        }
    }
    return new errors/* TollgateError */.xB('SIGNING_FAILED', `keyless signing failed: ${messageOf(e)}`, {
        cause: e,
    });
}
function serviceOf(code, services) {
    if (code.startsWith('CA_'))
        return { name: 'Fulcio', url: services.fulcioURL };
    if (code.startsWith('TLOG_'))
        return { name: 'Rekor', url: services.rekorURL ?? 'unknown' };
    if (code.startsWith('TSA_'))
        return { name: 'the timestamp authority', url: services.tsaURL ?? 'unknown' };
    return undefined;
}
/** "answered HTTP 500: ..." for an HTTP answer, "is unreachable (ECONNREFUSED)" otherwise. */
function failureOf(cause) {
    const c = cause;
    if (typeof c?.statusCode === 'number') {
        // The library formats HTTP errors as "(status) message"; keep only the message part.
        const detail = typeof c.message === 'string' ? c.message.replace(/^\(\d+\)\s*/, '') : '';
        return `answered HTTP ${c.statusCode}${detail ? `: ${detail}` : ''}`;
    }
    if (typeof c?.code === 'string')
        return `is unreachable (${c.code})`;
    return `failed: ${messageOf(cause)}`;
}
function hintFor(cause) {
    const status = cause?.statusCode;
    if (status === 401 || status === 403) {
        return 'The service refused the identity token: check its issuer and audience ("sigstore").';
    }
    if (typeof status === 'number' && status >= 500) {
        return 'The service failed on its side; retry later or check its status page.';
    }
    return 'Check the service URL and that this machine can reach it.';
}
function messageOf(e) {
    return e instanceof Error ? e.message : String(e);
}

;// CONCATENATED MODULE: ./dist/attest/signers/sigstore.js







/**
 * Sigstore keyless signer: an ephemeral key, a short-lived Fulcio certificate for the OIDC
 * identity, and at least one witness that proves the signature was made while the
 * certificate was valid (a Rekor entry, an RFC 3161 timestamp, or both). Without a witness
 * the bundle could not be verified after the certificate expires ten minutes later, so a
 * signer without one is refused when it is created rather than producing useless bundles.
 */
function createSigstoreSigner(options = {}) {
    const tokenSource = options.tokenSource ?? (0,oidc.resolveTokenSource)();
    const fulcioURL = checkURL(options.fulcioURL ?? sign_dist.DEFAULT_FULCIO_URL, 'Fulcio');
    const entryType = options.transparencyLog ?? 'dsse';
    const rekorURL = entryType ? checkURL(options.rekorURL ?? sign_dist.DEFAULT_REKOR_URL, 'Rekor') : undefined;
    const tsaURL = options.tsaURL ? checkURL(options.tsaURL, 'timestamp authority') : undefined;
    if (!rekorURL && !tsaURL) {
        throw new errors/* TollgateError */.xB('SIGNER_UNAVAILABLE', 'keyless signing needs a transparency log, a timestamp authority, or both', { hint: 'Enable the Rekor transparency log or configure a timestamp authority URL.' });
    }
    const fetchOptions = { timeout: options.timeoutMs ?? 15_000, retry: options.retries ?? 2 };
    const witnesses = [];
    if (rekorURL && entryType) {
        witnesses.push(new sign_dist.RekorWitness({ rekorBaseURL: rekorURL, entryType, ...fetchOptions }));
    }
    if (tsaURL)
        witnesses.push(new sign_dist.TSAWitness({ tsaBaseURL: tsaURL, ...fetchOptions }));
    const services = { fulcioURL, rekorURL, tsaURL };
    let identity;
    return {
        kind: 'sigstore',
        describe: () => identity ?? `keyless via ${fulcioURL}, token from ${tokenSource.description}`,
        async signStatement(payload) {
            // Fetched here, not inside the library, so token problems stay SIGNER_UNAVAILABLE and
            // a malformed token never ends up in the library's error message.
            const token = await tokenSource.getToken();
            const issuer = (0,oidc.jwtClaims)(token).iss;
            const signer = new sign_dist.FulcioSigner({
                identityProvider: { getToken: () => Promise.resolve(token) },
                fulcioBaseURL: fulcioURL,
                ...fetchOptions,
            });
            let bundle;
            try {
                bundle = await (0,attest_bundle/* buildDsseBundle */.y)(signer, payload, { witnesses });
            }
            catch (e) {
                throw toSigningError(e, services);
            }
            const san = certificateSAN(bundle);
            if (san)
                identity = typeof issuer === 'string' ? `${san} (issuer ${issuer})` : san;
            return bundle;
        },
    };
}
function checkURL(value, service) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* TollgateError */.xB('SIGNER_UNAVAILABLE', `the ${service} URL "${value}" is not a URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* TollgateError */.xB('SIGNER_UNAVAILABLE', `the ${service} URL "${value}" is not http(s)`);
    }
    // The clients append API paths to the base URL; a trailing slash would double it.
    return value.replace(/\/+$/, '');
}
/** The certificate identity (URI or email SAN) of a v0.3 keyless bundle. */
function certificateSAN(bundle) {
    const raw = bundle.verificationMaterial.certificate?.rawBytes;
    if (!raw)
        return undefined;
    try {
        return dist.X509Certificate.parse(Buffer.from(raw, 'base64')).subjectAltName;
    }
    catch {
        // Only used for describe(); the verifier parses the certificate for real.
        return undefined;
    }
}


/***/ })

};
