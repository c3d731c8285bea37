export const id = 8771;
export const ids = [8771];
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


/***/ })

};
