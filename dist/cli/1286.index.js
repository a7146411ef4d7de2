export const id = 1286;
export const ids = [1286];
export const modules = {

/***/ 1286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  doctorCommand: () => (/* binding */ doctorCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/adapters/sheets/a1.ts
var a1 = __webpack_require__(5869);
// EXTERNAL MODULE: ./packages/core/src/adapters/sheets/auth.ts
var sheets_auth = __webpack_require__(4061);
// EXTERNAL MODULE: ./packages/core/src/adapters/shopify/operations.ts
var operations = __webpack_require__(2633);
// EXTERNAL MODULE: ./packages/core/src/domain/variables.ts
var variables = __webpack_require__(7343);
// EXTERNAL MODULE: ./packages/core/src/util/redact.ts
var redact = __webpack_require__(837);
;// CONCATENATED MODULE: ./packages/core/src/services/doctor/types.ts
// What a doctor check says: passed, failed (with the fix), or skipped (not
// used by this configuration, or not checkable because an earlier check
// failed). `detail` says what was actually proved, never more.
function pass(id, title, detail) {
    return { id, title, status: 'pass', detail };
}
function fail(id, title, detail, fix) {
    return { id, title, status: 'fail', detail, fix };
}
function skip(id, title, detail) {
    return { id, title, status: 'skip', detail };
}
function isAnswer(o) {
    return 'status' in o;
}
/** The `message` of a JSON error body (GitHub's, Google's `error.message`, OpenAI's), else a short excerpt of the text. */
function messageOf(o) {
    if (!isAnswer(o))
        return o.error;
    const body = o.body;
    const error = body?.error;
    const text = typeof body?.message === 'string'
        ? body.message
        : typeof error === 'object' && typeof error?.message === 'string'
            ? error.message
            : typeof error === 'string'
                ? error
                : typeof body?.errors === 'string'
                    ? body.errors
                    : o.text;
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat || '(empty body)';
}

;// CONCATENATED MODULE: ./packages/core/src/services/doctor/github-access.ts
// Can the GitHub token do what the supervisor must? Judged from answers to
// probes that change nothing: reads for the read permissions, and for each
// write a request GitHub must authorise before it can find out that the
// request is impossible (a ref, a variable, an issue or a branch that cannot
// exist). GitHub checks a fine-grained token's or an App token's permission
// before it looks at the request, so a missing permission answers 403
// "Resource not accessible by …" with x-accepted-github-permissions, and a
// granted one gets as far as 404/422 (that order is what GitHub's answers
// show, not a documented promise). Nothing is ever written or run.

const GITHUB_PROBES = {
    'actions-read': {
        title: 'token can read workflow runs (Actions: read)',
        label: 'Actions',
        level: 'read',
        appInput: 'permission-actions',
        authorised: [200],
        proves: (ctx) => `listed the runs of ${ctx.workflowFile}`,
    },
    'actions-write': {
        title: 'token can dispatch the publish workflow (Actions: write)',
        label: 'Actions',
        level: 'write',
        appInput: 'permission-actions',
        authorised: [422],
        proves: () => 'GitHub authorised a dispatch and refused only the probe’s impossible ref (nothing was dispatched)',
    },
    'variables-write': {
        title: 'token can write repository variables (Variables: write)',
        label: 'Variables',
        level: 'write',
        appInput: 'permission-actions-variables',
        authorised: [404, 422],
        proves: () => 'GitHub authorised a variable update and answered that the probe’s reserved name does not exist (nothing was written)',
    },
    'issues-write': {
        title: 'token can write issues (Issues: write)',
        label: 'Issues',
        level: 'write',
        appInput: 'permission-issues',
        authorised: [404, 422],
        proves: () => 'GitHub authorised an issue update and answered that issue #0 does not exist (nothing was written)',
    },
    'contents-write': {
        title: 'token can write the state branch (Contents: write)',
        label: 'Contents',
        level: 'write',
        appInput: 'permission-contents',
        authorised: [404, 409, 422],
        proves: (ctx) => `GitHub authorised a file write and refused only the probe’s impossible branch (nothing was written; the state branch ${ctx.stateBranch} is created on the first write)`,
    },
};
function permissionFix(spec, ctx) {
    const level = spec.level === 'write' ? 'Read and write' : 'Read-only';
    return (`give ${ctx.tokenName} the repository permission ${spec.label}: ${level}. ` +
        `GitHub App: the App's settings → Permissions & events → Repository permissions → ${spec.label}, then accept the new permission on the installation ` +
        `(with actions/create-github-app-token, also list \`${spec.appInput}: ${spec.level}\`). ` +
        `Fine-grained PAT: edit the token → Repository permissions → ${spec.label}: ${level} (for ${ctx.repository}).`);
}
/** The answer to GET /repos/{owner}/{repo}: does the token see the repository at all? */
function evaluateRepository(o, ctx) {
    const id = 'github.repository';
    const title = `token sees ${ctx.repository}`;
    const common = commonFailure(o, id, title, ctx);
    if (common)
        return common;
    if (isAnswer(o) && o.status === 200) {
        const body = o.body;
        const visibility = body?.private === true ? 'private' : body?.private === false ? 'public' : 'visible';
        return pass(id, title, `${ctx.repository} is ${visibility} to the token${tokenFacts(o.headers)}`);
    }
    if (isAnswer(o) && o.status === 404) {
        return fail(id, title, `${ctx.repository} was not found with this token (404: ${messageOf(o)})`, `check GITHUB_REPOSITORY (owner/name); a GitHub App must be installed on ${ctx.repository}; ` +
            `a fine-grained PAT must list it under Repository access (and belong to its owner)`);
    }
    return unexpected(o, id, title);
}
/**
 * What GitHub's headers tell about the token itself: a fine-grained PAT's
 * expiry (github-authentication-token-expiration), a classic token's scopes
 * (x-oauth-scopes). App installation tokens report neither.
 */
function tokenFacts(headers) {
    const facts = [];
    const expires = headers['github-authentication-token-expiration'];
    if (expires)
        facts.push(`the token expires ${expires}`);
    const scopes = headers['x-oauth-scopes'];
    if (scopes !== undefined)
        facts.push(`a classic token with scopes: ${scopes || 'none'}`);
    return facts.length > 0 ? `; ${facts.join('; ')}` : '';
}
/** One permission probe's answer. */
function evaluatePermission(probe, o, ctx) {
    const spec = GITHUB_PROBES[probe];
    const id = `github.${probe}`;
    const common = commonFailure(o, id, spec.title, ctx);
    if (common)
        return common;
    if (!isAnswer(o))
        return unexpected(o, id, spec.title);
    if (o.status === 403) {
        const needs = o.headers['x-accepted-github-permissions'];
        return fail(id, spec.title, `GitHub refused: ${messageOf(o)}${needs ? ` (the endpoint needs ${needs})` : ''}`, permissionFix(spec, ctx));
    }
    if (o.status === 410 && probe === 'issues-write') {
        return fail(id, spec.title, `issues are turned off for ${ctx.repository} (410: ${messageOf(o)})`, `turn Issues on: repository Settings → General → Features → Issues (incidents are issues)`);
    }
    if (o.status === 404 && (probe === 'actions-read' || probe === 'actions-write')) {
        return fail(id, spec.title, `the workflow ${ctx.workflowFile} was not found (404: ${messageOf(o)})`, `commit .github/workflows/${ctx.workflowFile} to the default branch, or set workflow-file (WORKFLOW_FILE) to its name`);
    }
    if (spec.authorised.includes(o.status))
        return pass(id, spec.title, spec.proves(ctx));
    return unexpected(o, id, spec.title);
}
/** Failures every GitHub probe shares: no answer, a rejected token, a rate limit. */
function commonFailure(o, id, title, ctx) {
    if (!isAnswer(o)) {
        return fail(id, title, `no answer from GitHub: ${o.error}`, 'check GITHUB_API_URL and the network, then run again');
    }
    if (o.status === 401) {
        return fail(id, title, `GitHub rejected the token (401: ${messageOf(o)})`, `${ctx.tokenName} is missing, expired, revoked or mistyped: make a new token and store it as the ${ctx.tokenName} secret`);
    }
    const limited = (o.status === 403 || o.status === 429) && o.headers['x-ratelimit-remaining'] === '0';
    if (limited || o.status === 429) {
        return fail(id, title, `GitHub rate-limited the token (${o.status}: ${messageOf(o)})`, 'wait for the limit to reset (x-ratelimit-reset) and run the doctor again');
    }
    return undefined;
}
function unexpected(o, id, title) {
    const what = isAnswer(o) ? `HTTP ${o.status}: ${messageOf(o)}` : o.error;
    return fail(id, title, `unexpected answer (${what})`, 'run again; if it persists, check githubstatus.com');
}

;// CONCATENATED MODULE: ./packages/core/src/services/doctor/http.ts
async function probe(fetchImpl, url, request, timeoutMs) {
    const { method = 'GET', headers = {}, body } = request;
    const encoded = body === undefined || typeof body === 'string' || body instanceof URLSearchParams ? body : JSON.stringify(body);
    const contentType = body === undefined ? {} : body instanceof URLSearchParams ? {} : { 'content-type': 'application/json' };
    try {
        const response = await fetchImpl(url, {
            method,
            headers: { accept: 'application/json', ...contentType, ...headers },
            body: encoded,
            signal: AbortSignal.timeout(timeoutMs),
        });
        const text = await response.text();
        let json;
        try {
            json = text ? JSON.parse(text) : undefined;
        }
        catch {
            json = undefined;
        }
        return { status: response.status, headers: Object.fromEntries(response.headers), body: json, text };
    }
    catch (error) {
        const e = error;
        if (e.name === 'TimeoutError' || e.name === 'AbortError')
            return { error: `no answer within ${timeoutMs / 1000} s` };
        return { error: e.cause?.message ? `${e.message} (${e.cause.message})` : e.message };
    }
}

;// CONCATENATED MODULE: ./packages/core/src/services/doctor/llm-model.ts
// The LLM: one tiny chat completion with the configured model proves the
// base URL, the key and the model together (listing models would not: many
// OpenAI-compatible servers have no GET /models/{id}).

function evaluateLlm(model, o) {
    const id = 'llm.model';
    const title = model ? `LLM answers with model "${model}"` : 'LLM answers with the configured model';
    if (o.kind === 'not-configured') {
        return skip(id, title, 'LLM_BASE_URL is not set: the executor publishes ready content only (rows with content or content_path)');
    }
    if (o.kind === 'missing-model')
        return fail(id, title, 'LLM_MODEL is not set', 'set the LLM_MODEL variable to a model your provider serves (the doctor checks the model by that setting)');
    const a = o.answer;
    if (!isAnswer(a))
        return fail(id, title, `no answer from the LLM: ${a.error}`, 'check LLM_BASE_URL and the network');
    const body = a.body;
    if (a.status === 200 && Array.isArray(body?.choices)) {
        return pass(id, title, `a one-line completion came back${typeof body?.model === 'string' ? ` from ${body.model}` : ''}`);
    }
    const code = (a.body?.error?.code ?? '');
    if (a.status === 401 || a.status === 403) {
        return fail(id, title, `the LLM refused the key (${a.status}: ${messageOf(a)})`, 'store a valid key as the LLM_API_KEY secret');
    }
    if (a.status === 404 && (code === 'model_not_found' || /model/i.test(messageOf(a)))) {
        return fail(id, title, `the server does not know model "${model}" (404: ${messageOf(a)})`, 'set LLM_MODEL to a model the key can use (your provider’s model list)');
    }
    if (a.status === 404) {
        return fail(id, title, `no chat completions endpoint there (404: ${messageOf(a)})`, 'check LLM_BASE_URL: it usually ends in /v1');
    }
    if (a.status === 429) {
        return fail(id, title, `the LLM refused for quota or rate (429: ${messageOf(a)})`, 'check the account’s plan and billing, then run again');
    }
    return fail(id, title, `unexpected answer (HTTP ${a.status}: ${messageOf(a)})`, 'run the doctor again');
}

// EXTERNAL MODULE: ./packages/core/src/model.ts
var model = __webpack_require__(6388);
;// CONCATENATED MODULE: ./packages/core/src/services/doctor/sheet-tabs.ts
// The Google Sheet, when the queue lives there: each tab must exist and be
// readable with the configured credentials, and the Queue tab's header must
// name at least the `id` column (the queue's key). The run log's missing
// columns are written by the run log itself on its first append.


const TAB_SETTING = { queue: 'SHEETS_QUEUE_TAB', runlog: 'SHEETS_RUNLOG_TAB' };
/** Judge the answer to values.get of the tab's first row ('Tab'!1:1). */
function evaluateSheetTab(kind, tab, o, sheetsId) {
    const id = `sheets.${kind}-tab`;
    const title = kind === 'queue' ? `Sheet tab "${tab}" has the queue header` : `Sheet tab "${tab}" (run log) is there`;
    if (!isAnswer(o))
        return fail(id, title, `no answer from Google Sheets: ${o.error}`, 'check the network and run again');
    if (o.status === 200) {
        const values = o.body?.values ?? [];
        const header = (values[0] ?? []).map((cell) => String(cell ?? '')
            .trim()
            .toLowerCase());
        if (kind === 'runlog') {
            const missing = model/* RUN_LOG_COLUMNS */.pt.filter((c) => !header.includes(c));
            return pass(id, title, missing.length === 0
                ? 'every run-log column is in the header'
                : `readable; the run log adds its missing columns on the first append (${missing.length} of ${model/* RUN_LOG_COLUMNS */.pt.length})`);
        }
        if (header.includes('id')) {
            const known = header.filter((h) => model/* QUEUE_COLUMNS */.W_.includes(h)).length;
            return pass(id, title, `header row names id and ${known - 1} other queue column(s)`);
        }
        return fail(id, title, header.length === 0 ? `tab "${tab}" has no header row` : `the header row of "${tab}" has no id column`, `put the queue header in row 1 of "${tab}", at least: ${model/* QUEUE_COLUMNS */.W_.slice(0, 4).join(', ')}, status ` +
            '(or copy the header of examples/queue.csv)');
    }
    if (o.status === 400) {
        return fail(id, title, `the spreadsheet has no tab "${tab}" (400: ${messageOf(o)})`, `add a tab named "${tab}" to the spreadsheet, or set ${TAB_SETTING[kind]} to the tab's name`);
    }
    if (o.status === 404) {
        return fail(id, title, `spreadsheet ${sheetsId} was not found (404)`, 'check SHEETS_ID: the id in the sheet URL between /d/ and /edit');
    }
    if (o.status === 401 || o.status === 403) {
        return fail(id, title, `Google refused the credentials (${o.status}: ${messageOf(o)})`, 'share the spreadsheet with the service account’s client_email as Editor, and check GOOGLE_SERVICE_ACCOUNT_JSON ' +
            '(or GOOGLE_OAUTH_ACCESS_TOKEN, which expires after an hour)');
    }
    return fail(id, title, `unexpected answer (HTTP ${o.status}: ${messageOf(o)})`, 'run the doctor again');
}

;// CONCATENATED MODULE: ./packages/core/src/services/doctor/shopify-blog.ts
// The blog the articles go to must exist, looked up by its handle
// (SHOPIFY_BLOG_HANDLE) as the publisher looks it up.

/** Judge the GraphQL answer to the BlogByHandle query. */
function evaluateShopifyBlog(handle, o) {
    const id = 'shopify.blog';
    const title = `Shopify blog "${handle}" exists`;
    if (!isAnswer(o))
        return fail(id, title, `no answer from Shopify: ${o.error}`, 'check the network and run again');
    const body = o.body;
    const nodes = body?.data?.blogs?.nodes;
    if (o.status !== 200 || !Array.isArray(nodes)) {
        return fail(id, title, `could not list blogs (HTTP ${o.status}: ${messageOf(o)})`, 'see shopify.scopes and run again');
    }
    const found = nodes.find((n) => n.handle === handle);
    if (found)
        return pass(id, title, `found (${String(found.id)})`);
    const others = nodes.map((n) => String(n.handle)).filter(Boolean);
    return fail(id, title, `no blog has the handle "${handle}"${others.length > 0 ? ` (the store has: ${others.join(', ')})` : ''}`, 'create it in the Shopify admin (Content → Blog posts → Manage blogs → Add blog; the handle is the last part ' +
        'of its URL), or set SHOPIFY_BLOG_HANDLE to an existing blog’s handle');
}

;// CONCATENATED MODULE: ./packages/core/src/services/doctor/shopify-credentials.ts
// Shopify credentials: a Dev Dashboard app's client id and secret must
// exchange for an Admin API token (the client credentials grant); a legacy
// custom app's static Admin API token must be accepted by the Admin API.

const ID = 'shopify.credentials';
function evaluateShopifyCredentials(o) {
    if (o.kind === 'missing') {
        return fail(ID, 'Shopify credentials', `${o.missing} is not set`, 'set SHOPIFY_STORE_DOMAIN (a variable, like my-store.myshopify.com) and either SHOPIFY_CLIENT_ID (variable) + ' +
            'SHOPIFY_CLIENT_SECRET (secret) from your Dev Dashboard app, or SHOPIFY_ADMIN_TOKEN (secret) of a legacy custom app');
    }
    if (o.kind === 'client-credentials') {
        const title = `Shopify client credentials exchange for a token on ${o.store}`;
        const x = o.exchange;
        if (!isAnswer(x))
            return fail(ID, title, `no answer from ${o.store}: ${x.error}`, 'check SHOPIFY_STORE_DOMAIN and the network');
        const token = x.body?.access_token;
        if (x.status === 200 && typeof token === 'string' && token) {
            return pass(ID, title, 'Shopify issued an Admin API access token (client credentials grant)');
        }
        if (x.status === 404) {
            return fail(ID, title, `no token endpoint at ${o.store} (404)`, 'check SHOPIFY_STORE_DOMAIN: the store’s my-store.myshopify.com domain');
        }
        if (x.status >= 400 && x.status < 500) {
            return fail(ID, title, `Shopify refused the client id and secret (${x.status}: ${messageOf(x)})`, 'copy Client ID and Secret from the Dev Dashboard → your app → Settings into SHOPIFY_CLIENT_ID (variable) and ' +
                `SHOPIFY_CLIENT_SECRET (secret); the app must be installed on ${o.store}, a store of the app's own organization`);
        }
        return fail(ID, title, `unexpected answer (HTTP ${x.status}: ${messageOf(x)})`, 'run the doctor again');
    }
    const title = `Shopify accepts SHOPIFY_ADMIN_TOKEN on ${o.store}`;
    const g = o.graphql;
    if (!isAnswer(g))
        return fail(ID, title, `no answer from ${o.store}: ${g.error}`, 'check SHOPIFY_STORE_DOMAIN and the network');
    if (g.status === 200)
        return pass(ID, title, 'the Admin API answered with this token (legacy custom app)');
    if (g.status === 401) {
        return fail(ID, title, `Shopify rejected SHOPIFY_ADMIN_TOKEN (401: ${messageOf(g)})`, 'the token was revoked or mistyped; custom apps made since 1 January 2026 have no static token: make a Dev ' +
            'Dashboard app and set SHOPIFY_CLIENT_ID / SHOPIFY_CLIENT_SECRET instead');
    }
    if (g.status === 404) {
        return fail(ID, title, `no Admin API at ${o.store} (404)`, 'check SHOPIFY_STORE_DOMAIN and SHOPIFY_API_VERSION (a supported YYYY-MM version)');
    }
    return fail(ID, title, `unexpected answer (HTTP ${g.status}: ${messageOf(g)})`, 'run the doctor again');
}

;// CONCATENATED MODULE: ./packages/core/src/services/doctor/shopify-scopes.ts
// The app's granted access scopes, read with the Admin GraphQL query
// `currentAppInstallation { accessScopes { handle } }`: blogs and articles
// need read_content (or read_online_store_pages) and articleCreate /
// articleUpdate need write_content (or write_online_store_pages); the
// catalog lookups (products and collections for internal links, BROKEN_LINK)
// need read_products — without it the executor only warns and checks no
// link, so the doctor is where a team learns it. A write scope includes its read.

const shopify_scopes_ID = 'shopify.scopes';
const TITLE = 'Shopify app has the scopes it needs (read_content, write_content, read_products)';
const READ_SCOPES = ['read_content', 'read_online_store_pages', 'write_content', 'write_online_store_pages'];
const WRITE_SCOPES = ['write_content', 'write_online_store_pages'];
const CATALOG_SCOPES = ['read_products', 'write_products'];
const FIX = 'Dev Dashboard → your app → Versions → create a version whose access scopes include read_content, ' +
    'write_content and read_products → release it, then approve the updated scopes on the store when its admin asks; ' +
    'a legacy custom app: Shopify admin → Settings → Apps → Develop apps → the app → Configuration → Admin API scopes';
/** Judge the GraphQL answer to the AccessScopes query. */
function evaluateShopifyScopes(o) {
    if (!isAnswer(o))
        return fail(shopify_scopes_ID, TITLE, `no answer from Shopify: ${o.error}`, 'check the network and run again');
    const body = o.body;
    const list = body?.data?.currentAppInstallation?.accessScopes;
    if (o.status !== 200 || !Array.isArray(list)) {
        return fail(shopify_scopes_ID, TITLE, `could not read the granted scopes (HTTP ${o.status}: ${messageOf(o)})`, FIX);
    }
    const granted = list.map((s) => String(s.handle ?? ''));
    const missing = [
        ...(granted.some((s) => READ_SCOPES.includes(s)) ? [] : ['read_content']),
        ...(granted.some((s) => WRITE_SCOPES.includes(s)) ? [] : ['write_content']),
        ...(granted.some((s) => CATALOG_SCOPES.includes(s)) ? [] : ['read_products']),
    ];
    const shown = granted.length > 0 ? granted.join(', ') : 'none';
    if (missing.length === 0)
        return pass(shopify_scopes_ID, TITLE, `granted: ${shown}`);
    const named = missing.length > 1 ? `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}` : missing[0];
    return fail(shopify_scopes_ID, TITLE, `missing ${named} (granted: ${shown})`, FIX);
}

;// CONCATENATED MODULE: ./packages/core/src/services/doctor/switches.ts
// The kill-switch variables WF_ENABLED and ALLOW_PUBLISH: each must exist as
// a repository variable with a value the pipeline knows (an unset or
// mistyped switch reads as "off" in a way nobody chose).


/**
 * What to suggest when a switch is missing or wrong: a new install starts
 * safe (drafts only); a human turns live publishing on, never the doctor.
 */
const SUGGESTED = { WF_ENABLED: 'true', ALLOW_PUBLISH: 'human_disabled' };
/** Judge the answer to GET /repos/{owner}/{repo}/actions/variables/{name}. */
function evaluateSwitch(name, o, repository) {
    const id = `variables.${name}`;
    const allowed = variables/* SWITCHES */.Xj[name].values;
    const title = `variable ${name} is ${allowed.join(' or ')}`;
    const setIt = (value) => `repository Settings → Secrets and variables → Actions → Variables: set ${name} to ${value} ` +
        `(or \`gh variable set ${name} --body ${value} --repo ${repository}\`)`;
    const first = SUGGESTED[name] ?? allowed[0];
    if (!isAnswer(o))
        return fail(id, title, `no answer from GitHub: ${o.error}`, 'check the network and run again');
    if (o.status === 200) {
        const value = o.body?.value;
        const text = typeof value === 'string' ? value.trim() : '';
        if (allowed.includes(text))
            return pass(id, title, `${name}=${text}`);
        return fail(id, title, `${name} holds a value the pipeline does not know (${JSON.stringify(text).slice(0, 40)}); allowed: ${allowed.join(', ')}`, setIt(first));
    }
    if (o.status === 404) {
        return fail(id, title, `${name} does not exist in ${repository}`, `${setIt(first)} (${variables/* SWITCHES */.Xj[name].meaning})`);
    }
    if (o.status === 403) {
        return fail(id, title, `GitHub refused to read ${name}: ${messageOf(o)}`, 'give the token the repository permission Variables (see github.variables-write)');
    }
    return fail(id, title, `unexpected answer (HTTP ${o.status}: ${messageOf(o)})`, 'run the doctor again');
}

;// CONCATENATED MODULE: ./packages/core/src/services/doctor/run.ts
// `autopilot doctor`: probe each service the configuration names, judge each
// answer with the pure checks beside this file, and return the checklist.
// The only I/O is here. No probe writes or runs anything (see
// github-access.ts for how the write permissions are proved), and every text
// that goes out is redacted, runtime tokens (an exchanged Shopify token, a
// Google access token) included.














const DOCTOR_GROUPS = ['github', 'variables', 'sheets', 'shopify', 'llm'];
/** Every check the doctor can report, in the order it reports them (each has a RUNBOOK entry). */
const CHECK_IDS = (/* unused pure expression or super */ null && ([
    'github.repository',
    'github.actions-read',
    'github.actions-write',
    'github.variables-write',
    'github.issues-write',
    'github.contents-write',
    'variables.WF_ENABLED',
    'variables.ALLOW_PUBLISH',
    'sheets.queue-tab',
    'sheets.runlog-tab',
    'shopify.credentials',
    'shopify.scopes',
    'shopify.blog',
    'llm.model',
]));
/** Names no real object can have, so a probe that GitHub authorises still changes nothing. */
const PROBES = {
    /** `..` is not allowed in a git ref name: no branch or tag can be called this. */
    ref: 'autopilot-doctor..probe',
    /** Variable names may not start with GITHUB_: this one cannot exist. */
    variable: 'GITHUB_AUTOPILOT_DOCTOR_PROBE',
    /** Issue numbers start at 1. */
    issue: 0,
    path: '.autopilot-doctor-probe',
};
const ACCESS_SCOPES = `query AccessScopes {
  currentAppInstallation { accessScopes { handle } }
}`;
async function runDoctor(options) {
    const { config } = options;
    const fetchImpl = options.fetch ?? globalThis.fetch;
    const timeoutMs = (config.requestTimeout ?? 30) * 1000;
    const groups = new Set(options.groups ?? DOCTOR_GROUPS);
    const runtimeSecrets = [];
    const ctx = {
        config,
        fetch: fetchImpl,
        timeoutMs,
        runtimeSecrets,
        tokenName: options.tokenName ?? 'AUTOPILOT_TOKEN',
    };
    const wanted = async (group, run) => groups.has(group) ? run(ctx) : [];
    const parts = await Promise.all([
        wanted('github', gitHubChecks),
        wanted('variables', switchChecks),
        wanted('sheets', sheetChecks),
        wanted('shopify', shopifyChecks),
        wanted('llm', llmChecks),
    ]);
    const scrub = (0,redact/* createRedactor */.lY)({ secrets: runtimeSecrets });
    const checks = parts.flat().map((c) => ({
        ...c,
        detail: scrub(c.detail),
        ...(c.fix !== undefined ? { fix: scrub(c.fix) } : {}),
    }));
    return { checks, ok: checks.every((c) => c.status !== 'fail') };
}
// ── GitHub ──────────────────────────────────────────────────────────────
function gitHubSetup(c) {
    const { config } = c;
    if (!config.githubToken || !config.repository) {
        const missing = !config.githubToken ? 'the GitHub token' : 'the repository (owner/name)';
        return fail('github.repository', 'GitHub token and repository', `${missing} is not set`, `in the workflow, pass secrets.${c.tokenName} as GITHUB_TOKEN (doctor.yml does); on your machine set GITHUB_TOKEN ` +
            'and GITHUB_REPOSITORY=owner/name (or --github-token / --repository)');
    }
    return {
        api: `${config.githubApiUrl.replace(/\/+$/, '')}/repos/${config.repository}`,
        headers: {
            authorization: `Bearer ${config.githubToken}`,
            accept: 'application/vnd.github+json',
            'x-github-api-version': '2022-11-28',
            'user-agent': 'shopify-blog-autopilot-doctor',
        },
    };
}
function gitHubContext(c) {
    return {
        repository: c.config.repository ?? '(unset)',
        tokenName: c.tokenName,
        workflowFile: c.config.workflowFile,
        stateBranch: c.config.stateBranch,
    };
}
async function gitHubChecks(c) {
    const setup = gitHubSetup(c);
    if ('status' in setup)
        return [setup];
    const { api, headers } = setup;
    const ask = (path, method = 'GET', body) => probe(c.fetch, `${api}${path}`, { method, headers, body }, c.timeoutMs);
    const gh = gitHubContext(c);
    const repository = evaluateRepository(await ask(''), gh);
    const probes = {
        'actions-read': () => ask(`/actions/workflows/${encodeURIComponent(gh.workflowFile)}/runs?per_page=1`),
        'actions-write': () => ask(`/actions/workflows/${encodeURIComponent(gh.workflowFile)}/dispatches`, 'POST', { ref: PROBES.ref }),
        'variables-write': () => ask(`/actions/variables/${PROBES.variable}`, 'PATCH', { value: 'doctor-probe' }),
        'issues-write': () => ask(`/issues/${PROBES.issue}`, 'PATCH', {}),
        'contents-write': () => ask(`/contents/${PROBES.path}`, 'PUT', {
            message: 'autopilot doctor probe (never written: the branch cannot exist)',
            content: '',
            branch: PROBES.ref,
        }),
    };
    const names = Object.keys(probes);
    if (repository.status !== 'pass') {
        return [
            repository,
            ...names.map((name) => skip(`github.${name}`, name, 'not checked: the token cannot see the repository')),
        ];
    }
    const answers = await Promise.all(names.map((name) => probes[name]()));
    return [repository, ...names.map((name, i) => evaluatePermission(name, answers[i], gh))];
}
async function switchChecks(c) {
    const setup = gitHubSetup(c);
    if ('status' in setup) {
        return variables/* KILL_SWITCH */.Gn.map((name) => skip(`variables.${name}`, `variable ${name}`, 'not checked: the GitHub token or repository is not set'));
    }
    const answers = await Promise.all(variables/* KILL_SWITCH */.Gn.map((name) => probe(c.fetch, `${setup.api}/actions/variables/${name}`, { headers: setup.headers }, c.timeoutMs)));
    return variables/* KILL_SWITCH */.Gn.map((name, i) => evaluateSwitch(name, answers[i], gitHubContext(c).repository));
}
// ── Google Sheets ───────────────────────────────────────────────────────
async function sheetChecks(c) {
    const { config } = c;
    const backend = config.queueBackend ?? (config.sheetsId ? 'sheets' : 'repo');
    const tabs = [
        ['queue', config.sheetsQueueTab],
        ['runlog', config.sheetsRunlogTab],
    ];
    if (backend !== 'sheets') {
        return [skip('sheets.queue-tab', 'Google Sheet', `not used: the queue backend is ${backend}`)];
    }
    if (!config.sheetsId) {
        return [
            fail('sheets.queue-tab', 'Google Sheet', 'queue-backend is sheets but SHEETS_ID is not set', 'set the SHEETS_ID variable'),
        ];
    }
    let token;
    try {
        const auth = (0,sheets_auth/* createSheetsAuth */.T)({
            serviceAccountJson: config.googleServiceAccountJson,
            accessToken: config.googleOauthAccessToken,
        });
        const got = await auth.getAccessToken();
        const value = typeof got === 'string' ? got : got?.token;
        if (!value)
            throw new Error('Google issued no access token');
        token = value;
        c.runtimeSecrets.push(token);
    }
    catch (error) {
        return [
            fail('sheets.queue-tab', 'Google Sheets credentials', `no Google access token: ${error.message}`, 'set GOOGLE_SERVICE_ACCOUNT_JSON to the service account’s key JSON (or GOOGLE_OAUTH_ACCESS_TOKEN)'),
        ];
    }
    const root = (config.sheetsApiUrl ?? 'https://sheets.googleapis.com/').replace(/\/*$/, '/');
    const sheetsId = config.sheetsId;
    const answers = await Promise.all(tabs.map(([, tab]) => probe(c.fetch, `${root}v4/spreadsheets/${encodeURIComponent(sheetsId)}/values/${encodeURIComponent(`${(0,a1/* quoteTab */._H)(tab)}!1:1`)}?valueRenderOption=FORMATTED_VALUE`, { headers: { authorization: `Bearer ${token}` } }, c.timeoutMs)));
    return tabs.map(([kind, tab], i) => evaluateSheetTab(kind, tab, answers[i], sheetsId));
}
// ── Shopify ─────────────────────────────────────────────────────────────
async function shopifyChecks(c) {
    const { config } = c;
    const store = config.shopifyStoreDomain;
    const endpoint = config.shopifyApiUrl ?? (store ? `https://${store}/admin/api/${config.shopifyApiVersion}/graphql.json` : '');
    const graphql = (token, query, variables = {}) => probe(c.fetch, endpoint, { method: 'POST', headers: { 'x-shopify-access-token': token }, body: { query, variables } }, c.timeoutMs);
    const dependents = (why) => [
        skip('shopify.scopes', 'Shopify app scopes', `not checked: ${why}`),
        skip('shopify.blog', `Shopify blog "${config.shopifyBlogHandle}"`, `not checked: ${why}`),
    ];
    // The publisher's order: a static Admin API token wins over client credentials.
    let credentials;
    let token;
    let scopesAnswer;
    if (!store && !config.shopifyApiUrl) {
        credentials = { kind: 'missing', missing: 'SHOPIFY_STORE_DOMAIN' };
    }
    else if (config.shopifyAdminToken) {
        token = config.shopifyAdminToken;
        scopesAnswer = await graphql(token, ACCESS_SCOPES);
        credentials = { kind: 'admin-token', store: store ?? endpoint, graphql: scopesAnswer };
    }
    else if (config.shopifyClientId && config.shopifyClientSecret) {
        const exchange = await probe(c.fetch, new URL('/admin/oauth/access_token', endpoint).toString(), {
            method: 'POST',
            body: new URLSearchParams({
                grant_type: 'client_credentials',
                client_id: config.shopifyClientId,
                client_secret: config.shopifyClientSecret,
            }),
        }, c.timeoutMs);
        const issued = isAnswer(exchange)
            ? exchange.body?.access_token
            : undefined;
        if (typeof issued === 'string' && issued) {
            token = issued;
            c.runtimeSecrets.push(issued);
        }
        credentials = { kind: 'client-credentials', store: store ?? endpoint, exchange };
    }
    else {
        credentials = {
            kind: 'missing',
            missing: config.shopifyClientId ? 'SHOPIFY_CLIENT_SECRET' : 'SHOPIFY_CLIENT_ID (or SHOPIFY_ADMIN_TOKEN)',
        };
    }
    const first = evaluateShopifyCredentials(credentials);
    if (first.status !== 'pass' || !token)
        return [first, ...dependents('the Shopify credentials did not work')];
    scopesAnswer ??= await graphql(token, ACCESS_SCOPES);
    const scopes = evaluateShopifyScopes(scopesAnswer);
    if (scopes.status !== 'pass') {
        return [first, scopes, dependents('the app cannot read blogs without its scopes')[1]];
    }
    const blog = evaluateShopifyBlog(config.shopifyBlogHandle, await graphql(token, operations/* BLOG_BY_HANDLE */.Oj.query, { query: (0,operations/* searchTerm */.nk)('handle', config.shopifyBlogHandle) }));
    return [first, scopes, blog];
}
// ── LLM ─────────────────────────────────────────────────────────────────
async function llmChecks(c) {
    const { config } = c;
    if (!config.llmBaseUrl)
        return [evaluateLlm(config.llmModel, { kind: 'not-configured' })];
    if (!config.llmModel)
        return [evaluateLlm(undefined, { kind: 'missing-model' })];
    const answer = await probe(c.fetch, `${config.llmBaseUrl.replace(/\/+$/, '')}/chat/completions`, {
        method: 'POST',
        headers: config.llmApiKey ? { authorization: `Bearer ${config.llmApiKey}` } : {},
        body: { model: config.llmModel, messages: [{ role: 'user', content: 'Reply with the single word OK.' }] },
    }, c.timeoutMs);
    return [evaluateLlm(config.llmModel, { kind: 'asked', answer })];
}

// EXTERNAL MODULE: ./packages/core/src/util/terminal.ts
var terminal = __webpack_require__(3268);
;// CONCATENATED MODULE: ./packages/core/src/services/doctor/render.ts
// The checklist as a person reads it: one line per check (✓ passed, ✗ failed,
// – skipped), what it observed, and under a failure the fix. Markdown for the
// job summary. Server text is shown with its control characters escaped.

const MARK = { pass: '✓', fail: '✗', skip: '–' };
/** Server text, made safe for a terminal: control characters become visible escapes. */
function printable(text) {
    return (0,terminal/* escapeForTerminal */.f)(text);
}
function renderChecklist(checks) {
    const lines = checks.map((c) => {
        const head = `${MARK[c.status]} ${printable(c.title)} — ${printable(c.detail)} [${c.id}]`;
        return c.status === 'fail' && c.fix ? `${head}\n    fix: ${printable(c.fix)}` : head;
    });
    return [...lines, '', summaryLine(checks)].join('\n');
}
function renderMarkdown(checks) {
    const cell = (text) => printable(text).replace(/\|/g, '\\|');
    const rows = checks.map((c) => `| ${MARK[c.status]} | ${cell(c.title)} | ${cell(c.detail)} | ${c.status === 'fail' && c.fix ? cell(c.fix) : ''} | \`${c.id}\` |`);
    return [
        '## autopilot doctor',
        '',
        summaryLine(checks),
        '',
        '| | check | observed | fix | RUNBOOK |',
        '|---|---|---|---|---|',
        ...rows,
        '',
    ].join('\n');
}
function summaryLine(checks) {
    const count = (s) => checks.filter((c) => c.status === s).length;
    const failed = count('fail');
    return `${failed === 0 ? 'All checks passed' : `${failed} check(s) failed`}: ${count('pass')} passed, ${failed} failed, ${count('skip')} skipped.`;
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/doctor.ts
// `autopilot doctor [github|variables|sheets|shopify|llm …]`: check this
// configuration against the live services and print a checklist with the fix
// for each failure. Exit 0 only when every check passed, 1 when one failed,
// 2 for bad usage or configuration. In a GitHub Actions job the checklist
// also goes to the job summary ($GITHUB_STEP_SUMMARY).



async function doctorCommand(ctx, rest) {
    const unknown = rest.filter((group) => !DOCTOR_GROUPS.includes(group));
    if (unknown.length > 0) {
        throw new errors/* UserError */.yo(`doctor: unknown check group ${unknown.map((g) => `"${g}"`).join(', ')}; expected any of: ${DOCTOR_GROUPS.join(', ')}`);
    }
    const report = await runDoctor({
        config: ctx.config,
        ...(rest.length > 0 ? { groups: rest } : {}),
    });
    ctx.say(renderChecklist(report.checks));
    ctx.result({ ok: report.ok, checks: report.checks });
    const summaryFile = ctx.env.GITHUB_STEP_SUMMARY;
    if (summaryFile)
        await (0,promises_.appendFile)(summaryFile, ctx.redact(renderMarkdown(report.checks)), 'utf8');
    return report.ok ? 0 : 1;
}


/***/ }),

/***/ 5869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T5: () => (/* binding */ tabRange),
/* harmony export */   _H: () => (/* binding */ quoteTab),
/* harmony export */   bP: () => (/* binding */ rowsRange),
/* harmony export */   sL: () => (/* binding */ rowRange),
/* harmony export */   w1: () => (/* binding */ columnRange)
/* harmony export */ });
/* unused harmony export columnLetters */
// A1 notation for the ranges the Sheets adapters send. Tab names are always
// quoted (with inner quotes doubled), so names with spaces, '!' or digits work.
function quoteTab(tab) {
    return `'${tab.replace(/'/g, "''")}'`;
}
/** 0 → A, 25 → Z, 26 → AA. */
function columnLetters(index) {
    let n = index + 1;
    let letters = '';
    while (n > 0) {
        const rest = (n - 1) % 26;
        letters = String.fromCharCode(65 + rest) + letters;
        n = Math.floor((n - 1) / 26);
    }
    return letters;
}
/** The whole tab. */
function tabRange(tab) {
    return quoteTab(tab);
}
/** Cells `fromCol..toCol` (0-based) of one sheet row (1-based, as Sheets counts). */
function rowRange(tab, sheetRow, fromCol, toCol) {
    return `${quoteTab(tab)}!${columnLetters(fromCol)}${sheetRow}:${columnLetters(toCol)}${sheetRow}`;
}
/** One column from `fromRow` (1-based) down. */
function columnRange(tab, col, fromRow = 1) {
    const letters = columnLetters(col);
    return `${quoteTab(tab)}!${letters}${fromRow}:${letters}`;
}
/** Whole sheet rows `fromRow..toRow` (1-based, inclusive), every column. */
function rowsRange(tab, fromRow, toRow) {
    return `${quoteTab(tab)}!${fromRow}:${toRow}`;
}


/***/ }),

/***/ 4061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ createSheetsAuth)
/* harmony export */ });
/* unused harmony export SHEETS_SCOPE */
/* harmony import */ var google_auth_library__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(492);
/* harmony import */ var google_auth_library__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(google_auth_library__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
// The credentials the Sheets client sends: a service account's key JSON, a
// ready OAuth access token, or Application Default Credentials — in that
// order of preference. A malformed key is the user's mistake and says so,
// naming the setting, without echoing the (secret) content.


const SHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';
function createSheetsAuth(options) {
    if (options.serviceAccountJson?.trim()) {
        const key = parseServiceAccount(options.serviceAccountJson);
        return new google_auth_library__WEBPACK_IMPORTED_MODULE_0__.JWT({ email: key.client_email, key: key.private_key, scopes: [SHEETS_SCOPE] });
    }
    if (options.accessToken?.trim()) {
        const client = new google_auth_library__WEBPACK_IMPORTED_MODULE_0__.OAuth2Client();
        client.setCredentials({ access_token: options.accessToken.trim() });
        return client;
    }
    if (options.useAdc)
        return new google_auth_library__WEBPACK_IMPORTED_MODULE_0__.GoogleAuth({ scopes: [SHEETS_SCOPE] });
    throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('Google Sheets needs credentials: set GOOGLE_SERVICE_ACCOUNT_JSON (a service account key JSON) or ' +
        'GOOGLE_OAUTH_ACCESS_TOKEN, or use Application Default Credentials.');
}
function parseServiceAccount(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('GOOGLE_SERVICE_ACCOUNT_JSON is not valid JSON; expected the key file of a service account, as downloaded from Google Cloud.');
    }
    const key = (parsed ?? {});
    const missing = ['client_email', 'private_key'].filter((field) => typeof key[field] !== 'string' || key[field] === '');
    if (missing.length > 0) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`GOOGLE_SERVICE_ACCOUNT_JSON has no ${missing.join(' or ')}; expected a service account key JSON (type "service_account").`);
    }
    return { client_email: key.client_email, private_key: key.private_key };
}


/***/ }),

/***/ 2633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JV: () => (/* binding */ SEO_DESCRIPTION_METAFIELD),
/* harmony export */   Oj: () => (/* binding */ BLOG_BY_HANDLE),
/* harmony export */   Rb: () => (/* binding */ ARTICLE_UPDATE),
/* harmony export */   _V: () => (/* binding */ ARTICLE_READ),
/* harmony export */   bL: () => (/* binding */ ARTICLES_BY_HANDLE),
/* harmony export */   dy: () => (/* binding */ ARTICLE_BY_ID),
/* harmony export */   hV: () => (/* binding */ SEO_TITLE_METAFIELD),
/* harmony export */   mb: () => (/* binding */ ARTICLE_CREATE),
/* harmony export */   nk: () => (/* binding */ searchTerm),
/* harmony export */   uJ: () => (/* binding */ ITEM_METAFIELD)
/* harmony export */ });
// The GraphQL Admin operations the publisher sends. Each is named: the
// client keeps the last cost per operation name to predict the next one.
/** Where the item id lives on an article we made (a single_line_text_field metafield). */
const ITEM_METAFIELD = { namespace: 'autopilot', key: 'item_id', type: 'single_line_text_field' };
/**
 * Where Shopify keeps an article's SEO title and meta description: the
 * `global.title_tag` and `global.description_tag` metafields, which themes
 * render into <title> and <meta name="description">. They have no metafield
 * definition, so the writer names the type (MetafieldInput.type is
 * "required when creating or updating a metafield without a definition");
 * single_line_text_field fits both, and we send both on one line.
 */
const SEO_TITLE_METAFIELD = { namespace: 'global', key: 'title_tag', type: 'single_line_text_field' };
const SEO_DESCRIPTION_METAFIELD = {
    namespace: 'global',
    key: 'description_tag',
    type: 'single_line_text_field',
};
const ARTICLE_FIELDS = `
  id
  handle
  title
  isPublished
  publishedAt
  blog { id handle }
  itemId: metafield(namespace: "${ITEM_METAFIELD.namespace}", key: "${ITEM_METAFIELD.key}") { value }
`;
const BLOG_BY_HANDLE = {
    name: 'BlogByHandle',
    query: `query BlogByHandle($query: String!) {
  blogs(first: 5, query: $query) { nodes { id handle title } }
}`,
};
const ARTICLE_BY_ID = {
    name: 'ArticleById',
    query: `query ArticleById($id: ID!) {
  article(id: $id) { ${ARTICLE_FIELDS} }
}`,
};
/**
 * An article's content, as a kept version holds it (Article: body is HTML,
 * author is an ArticleAuthor { name }, image an Image { url altText }; the
 * SEO title and description are the global metafields).
 */
const ARTICLE_READ = {
    name: 'ArticleRead',
    query: `query ArticleRead($id: ID!) {
  article(id: $id) {
    ${ARTICLE_FIELDS}
    summary
    body
    tags
    author { name }
    image { url altText }
    seoTitle: metafield(namespace: "${SEO_TITLE_METAFIELD.namespace}", key: "${SEO_TITLE_METAFIELD.key}") { value }
    seoDescription: metafield(namespace: "${SEO_DESCRIPTION_METAFIELD.namespace}", key: "${SEO_DESCRIPTION_METAFIELD.key}") { value }
  }
}`,
};
const ARTICLES_BY_HANDLE = {
    name: 'ArticlesByHandle',
    query: `query ArticlesByHandle($query: String!) {
  articles(first: 10, query: $query) { nodes { ${ARTICLE_FIELDS} } }
}`,
};
const ARTICLE_CREATE = {
    name: 'ArticleCreate',
    query: `mutation ArticleCreate($article: ArticleCreateInput!) {
  articleCreate(article: $article) {
    article { ${ARTICLE_FIELDS} }
    userErrors { code field message }
  }
}`,
};
const ARTICLE_UPDATE = {
    name: 'ArticleUpdate',
    query: `mutation ArticleUpdate($id: ID!, $article: ArticleUpdateInput!) {
  articleUpdate(id: $id, article: $article) {
    article { ${ARTICLE_FIELDS} }
    userErrors { code field message }
  }
}`,
};
/** A search-syntax term with its value quoted, e.g. `handle:"summer-sale"`. */
function searchTerm(field, value) {
    return `${field}:"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}


/***/ }),

/***/ 7343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gn: () => (/* binding */ KILL_SWITCH),
/* harmony export */   Rz: () => (/* binding */ checkVariable),
/* harmony export */   Xj: () => (/* binding */ SWITCHES),
/* harmony export */   qB: () => (/* binding */ SWITCH_NAMES)
/* harmony export */ });
/* unused harmony exports isSwitchName, editDistance, closestName */
// The switches an operator sets as repository variables (locally
// `<state>/variables.json`): their names and the values each allows, in one
// place. `vars set` checks against it, and the executor and supervisor read
// the switches by these names. A mistyped switch must never look like it
// worked, so anything else is refused with the closest known name.
const SWITCHES = {
    WF_ENABLED: {
        values: ['true', 'false'],
        meaning: '`false` stops publishing; the pipeline keeps writing drafts for review',
    },
    ALLOW_PUBLISH: {
        values: ['human_enabled', 'human_disabled'],
        meaning: 'only `human_enabled` lets the executor publish live',
    },
    REQUIRE_APPROVAL: {
        values: ['true', 'false'],
        meaning: 'in publish mode, only drafts a human approved are published',
    },
};
const SWITCH_NAMES = Object.keys(SWITCHES);
/** The kill-switch proper: both must be on for a live publish. */
const KILL_SWITCH = ['WF_ENABLED', 'ALLOW_PUBLISH'];
function isSwitchName(name) {
    return Object.hasOwn(SWITCHES, name);
}
/**
 * Levenshtein distance (insert, delete, substitute: 1 each). Written here
 * because it is a dozen lines over three short names; no dependency of the
 * project computes it.
 */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitute = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitute);
        }
        previous = current;
    }
    return previous[b.length];
}
/** The candidate closest to `name` (ignoring case), when close enough to be a typo. */
function closestName(name, candidates) {
    const wanted = name.toUpperCase();
    let best;
    for (const candidate of candidates) {
        const distance = editDistance(wanted, candidate.toUpperCase());
        if (!best || distance < best.distance)
            best = { name: candidate, distance };
    }
    const tolerance = Math.max(2, Math.floor(wanted.length / 3));
    return best && best.distance <= tolerance ? best.name : undefined;
}
/** Whether `name=value` may be set: a known switch and one of its values, exactly as the readers compare them. */
function checkVariable(name, value) {
    if (!isSwitchName(name)) {
        const closest = closestName(name, SWITCH_NAMES);
        return {
            ok: false,
            message: `unknown variable "${name}"${closest ? `; did you mean ${closest}?` : ''} ` +
                `Known variables: ${SWITCH_NAMES.join(', ')}`,
        };
    }
    const allowed = SWITCHES[name].values;
    if (!allowed.includes(value)) {
        const near = allowed.find((v) => v.toLowerCase() === value.trim().toLowerCase());
        return {
            ok: false,
            message: `${name} "${value}" is not valid; expected ${allowed.join(' or ')}${near ? ` (did you mean ${near}?)` : ''}`,
        };
    }
    return { ok: true, name, value };
}


/***/ })

};
