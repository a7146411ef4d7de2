export const id = 2968;
export const ids = [2968];
export const modules = {

/***/ 2244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ postChatCompletion)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _util_abort__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2332);
/* harmony import */ var _util_http_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4735);
// One POST to {baseUrl}/chat/completions with the retry and error rules of an
// OpenAI-compatible API: 429/5xx and network errors are retried honouring
// retry-after; a timeout, a bad key, an unknown model or a rejected request
// each become the error a host knows how to report. A request also ends
// when the run's signal fires (its time budget); then nothing is retried.



/** POST the body; `structured` says whether it carries a json_schema response_format. */
async function postChatCompletion(body, structured, options) {
    const url = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
    const headers = { 'content-type': 'application/json', accept: 'application/json' };
    if (options.apiKey)
        headers.authorization = `Bearer ${options.apiKey}`;
    let lastProblem = '';
    for (let attempt = 0;; attempt++) {
        let response;
        let text;
        (0,_util_abort__WEBPACK_IMPORTED_MODULE_0__/* .throwIfRunAborted */ .IZ)();
        try {
            response = await options.fetch(url, {
                method: 'POST',
                headers,
                body: JSON.stringify(body),
                signal: (0,_util_abort__WEBPACK_IMPORTED_MODULE_0__/* .requestSignal */ .OL)(options.timeoutMs),
            });
            text = await response.text();
        }
        catch (error) {
            (0,_util_abort__WEBPACK_IMPORTED_MODULE_0__/* .throwIfRunAborted */ .IZ)();
            if (isTimeout(error)) {
                throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .ItemError */ .ie('LLM_TIMEOUT', `the model did not answer within ${options.timeoutMs} ms`, true);
            }
            lastProblem = `cannot reach ${hostOf(url)}: ${options.scrub(describeNetworkError(error))}`;
            if (attempt >= options.maxRetries)
                break;
            await wait(attempt, undefined, lastProblem, options);
            continue;
        }
        if (response.ok)
            return { kind: 'reply', reply: parseReply(text, options) };
        const error = parseErrorBody(text, options.scrub);
        if (structured && mentionsResponseFormat(error.message) && response.status !== 429) {
            return { kind: 'schema_rejected', message: error.message };
        }
        if (response.status === 401 || response.status === 403)
            throw badKey(response.status, error, options);
        if (response.status === 404)
            throw notFound(error, options);
        if (response.status === 429 && error.code === 'insufficient_quota') {
            throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the LLM provider refused LLM_API_KEY for lack of quota (429 insufficient_quota): check the account's plan and billing. Server said: ${error.message}`);
        }
        if (!(0,_util_http_retry__WEBPACK_IMPORTED_MODULE_2__/* .isRetryableStatus */ .PS)(response.status)) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .ItemError */ .ie('LLM_REQUEST_REJECTED', `the model server rejected the request (${response.status}${error.code ? ` ${error.code}` : ''}): ${error.message}`, false);
        }
        lastProblem = `${response.status}${error.code ? ` ${error.code}` : ''}: ${error.message}`;
        if (attempt >= options.maxRetries)
            break;
        await wait(attempt, response.headers, lastProblem, options);
    }
    throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .ItemError */ .ie('LLM_UNAVAILABLE', `the model server is unavailable after ${options.maxRetries + 1} attempts (last: ${lastProblem})`, true);
}
async function wait(attempt, headers, problem, options) {
    const ms = (0,_util_http_retry__WEBPACK_IMPORTED_MODULE_2__/* .retryWaitMs */ .Ko)(attempt, headers, options.now(), options.random);
    options.log?.warn('LLM request failed, retrying', { attempt: attempt + 1, wait_ms: ms, problem });
    await (0,_util_http_retry__WEBPACK_IMPORTED_MODULE_2__/* .waitBeforeRetry */ .jy)(options.sleep, ms);
}
function parseReply(text, options) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .ItemError */ .ie('LLM_BAD_RESPONSE', `the model server answered with something that is not JSON: ${excerpt(options.scrub(text))}`, true);
    }
    const root = (json ?? {});
    const choice = root.choices?.[0];
    if (!choice?.message) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .ItemError */ .ie('LLM_BAD_RESPONSE', 'the model server answered without choices[0].message', true);
    }
    if (typeof choice.message.refusal === 'string' && choice.message.refusal) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .ItemError */ .ie('LLM_REFUSED', `the model refused: ${excerpt(choice.message.refusal)}`, false);
    }
    return {
        content: typeof choice.message.content === 'string' ? choice.message.content : '',
        finishReason: typeof choice.finish_reason === 'string' ? choice.finish_reason : '',
        promptTokens: count(root.usage?.prompt_tokens),
        completionTokens: count(root.usage?.completion_tokens),
    };
}
/** OpenAI's `{error:{message,type,code}}`, llama.cpp's numeric code, or plain text. */
function parseErrorBody(text, scrub) {
    try {
        const json = JSON.parse(text);
        const error = json.error;
        if (typeof error === 'object' && error !== null) {
            const { message, code, type } = error;
            return {
                message: excerpt(scrub(String(message ?? text))),
                code: typeof code === 'string' ? code : typeof type === 'string' ? type : '',
            };
        }
        const message = typeof error === 'string' ? error : (json.message ?? json.detail);
        if (message !== undefined)
            return { message: excerpt(scrub(typeof message === 'string' ? message : JSON.stringify(message))), code: '' };
    }
    catch {
        // not JSON: fall through to the raw text
    }
    return { message: excerpt(scrub(text.trim() || '(empty body)')), code: '' };
}
function mentionsResponseFormat(message) {
    return /response_format|json_schema|structured output/i.test(message);
}
function badKey(status, error, options) {
    const what = options.apiKey ? 'rejected LLM_API_KEY' : 'requires a key and LLM_API_KEY is not set';
    return new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the model server at ${hostOf(options.baseUrl)} ${what} (${status}): ${error.message}`);
}
function notFound(error, options) {
    if (error.code === 'model_not_found' || /model/i.test(error.message)) {
        return new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the model server at ${hostOf(options.baseUrl)} does not know LLM_MODEL "${options.model}" (404): ${error.message}`);
    }
    return new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the model server answered 404 for ${hostOf(options.baseUrl)}/…/chat/completions: check LLM_BASE_URL (it usually ends in /v1) and LLM_MODEL "${options.model}"`);
}
function isTimeout(error) {
    return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}
function describeNetworkError(error) {
    if (!(error instanceof Error))
        return String(error);
    const cause = error.cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return 'the LLM_BASE_URL';
    }
}
function count(value) {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
}
function excerpt(text, max = 300) {
    return text.length > max ? `${text.slice(0, max)}…` : text;
}


/***/ }),

/***/ 8234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ extractJsonObject)
/* harmony export */ });
// Finding the JSON object in a model's plain-text answer, for servers that do
// not support structured output: "Here is your article: ```json {...} ```".
// Hand-written because no installed library finds a balanced object inside
// prose; JSON.parse does the actual parsing.
/** The whole text as JSON, a ```json fenced block, or the first balanced {...} that parses; undefined if none. */
function extractJsonObject(text) {
    const whole = tryObject(text.trim());
    if (whole)
        return whole;
    for (const match of text.matchAll(/```[a-zA-Z]*[ \t]*\r?\n([\s\S]*?)```/g)) {
        const fenced = tryObject((match[1] ?? '').trim());
        if (fenced)
            return fenced;
    }
    for (let start = text.indexOf('{'); start !== -1; start = text.indexOf('{', start + 1)) {
        const end = matchingBrace(text, start);
        if (end === -1)
            continue;
        const candidate = tryObject(text.slice(start, end + 1));
        if (candidate)
            return candidate;
    }
    return undefined;
}
function tryObject(text) {
    if (!text.startsWith('{'))
        return undefined;
    try {
        const value = JSON.parse(text);
        return typeof value === 'object' && value !== null && !Array.isArray(value)
            ? value
            : undefined;
    }
    catch {
        return undefined;
    }
}
/** Index of the brace closing the one at `start`, skipping braces inside strings; -1 when unbalanced. */
function matchingBrace(text, start) {
    let depth = 0;
    let inString = false;
    for (let i = start; i < text.length; i++) {
        const ch = text[i];
        if (inString) {
            if (ch === '\\')
                i++;
            else if (ch === '"')
                inString = false;
            continue;
        }
        if (ch === '"')
            inString = true;
        else if (ch === '{')
            depth++;
        else if (ch === '}') {
            depth--;
            if (depth === 0)
                return i;
        }
    }
    return -1;
}


/***/ }),

/***/ 2968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OpenAiCompatibleGenerator: () => (/* binding */ OpenAiCompatibleGenerator)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/util/http-retry.ts
var http_retry = __webpack_require__(4735);
// EXTERNAL MODULE: ./packages/core/src/adapters/llm/chat-client.ts
var chat_client = __webpack_require__(2244);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./packages/core/src/adapters/llm/draft-schema.ts
// The shape we ask the model for, twice: as the JSON Schema sent in
// `response_format` (strict mode wants every property required and no
// others), and as the zod schema that checks what actually came back.


const DRAFT_SCHEMA_NAME = 'blog_article_draft';
const DRAFT_JSON_SCHEMA = {
    type: 'object',
    properties: {
        title: { type: 'string', description: 'The article title, plain text.' },
        summary: { type: 'string', description: 'One or two sentences for listings and search results.' },
        body_markdown: { type: 'string', description: 'The article body in Markdown, with ## headings.' },
        tags: { type: 'array', items: { type: 'string' }, description: 'A few short topic tags.' },
        meta_title: {
            type: 'string',
            description: 'The SEO title search results show, plain text, at most 60 characters.',
        },
        meta_description: {
            type: 'string',
            description: 'The meta description search results show, 70 to 160 characters.',
        },
        image_alt: {
            type: 'string',
            description: 'Alt text for the featured image, one short sentence (empty when the article has no image).',
        },
    },
    required: ['title', 'summary', 'body_markdown', 'tags', 'meta_title', 'meta_description', 'image_alt'],
    additionalProperties: false,
};
const nonEmpty = (what) => schemas/* string */.YjP({ error: `expected ${what} as text` })
    .trim()
    .min(1, { error: `expected ${what}, got an empty string` });
const DraftOutput = schemas/* object */.Ikc({
    title: nonEmpty('the title'),
    summary: schemas/* string */.YjP({ error: 'expected the summary as text' }).trim(),
    body_markdown: nonEmpty('the body in Markdown'),
    // Lenient on tags only: some models answer "a, b" instead of ["a", "b"]; missing means none.
    tags: schemas/* preprocess */.vkY((value) => (typeof value === 'string' ? value.split(',') : value), schemas/* array */.YOg(schemas/* string */.YjP({ error: 'expected each tag as text' })))
        .optional()
        .transform((tags) => (tags ?? []).map((tag) => tag.trim()).filter((tag) => tag !== '')),
    // Lenient: a model that leaves them out gets the gate's meta rules to answer, not an error.
    meta_title: optionalText('the meta title'),
    meta_description: optionalText('the meta description'),
    image_alt: optionalText('the image alt text'),
});
/** Text or absent; an empty string is absent. */
function optionalText(what) {
    return schemas/* string */.YjP({ error: `expected ${what} as text` })
        .optional()
        .transform((text) => text?.trim() || undefined);
}
/** A Draft from the model's parsed JSON, or ItemError LLM_BAD_OUTPUT naming the first bad field. */
function toDraft(value) {
    const parsed = DraftOutput.safeParse(value);
    if (parsed.success) {
        // No image_url here, whatever the answer holds: a model must not invent image URLs.
        const { meta_title, meta_description, image_alt, ...draft } = parsed.data;
        return {
            ...draft,
            ...(meta_title && { meta_title }),
            ...(meta_description && { meta_description }),
            ...(image_alt && { image_alt }),
        };
    }
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'the object';
    const problem = issue && value[String(issue.path[0])] === undefined ? 'is missing' : `is not usable: ${issue?.message}`;
    throw new errors/* ItemError */.ie('LLM_BAD_OUTPUT', `the model's answer has no valid "${field}": it ${problem} (expected title, summary, body_markdown and tags)`, true);
}

// EXTERNAL MODULE: ./packages/core/src/adapters/llm/json-extract.ts
var json_extract = __webpack_require__(8234);
;// CONCATENATED MODULE: ./packages/core/src/adapters/llm/prompt.ts
const DEFAULT_SYSTEM_PROMPT = "You are an experienced editor writing articles for an online store's blog. Write accurate, useful, " +
    "friendly articles in plain language for the store's customers. Never invent facts about products, prices " +
    'or policies; never use placeholders such as [TODO] or TBD.';
/** Said in every request: structured-output servers enforce it anyway, plain ones need it spelled out. */
const OUTPUT_INSTRUCTIONS = 'Answer with exactly one JSON object and nothing else, with these keys: ' +
    '"title" (plain text, at most 70 characters), "summary" (one or two sentences, at most 160 characters), ' +
    '"body_markdown" (the article in Markdown, with ## section headings, no top-level # title), ' +
    '"tags" (an array of a few short strings), ' +
    '"meta_title" (the title search results show, at most 60 characters), ' +
    '"meta_description" (what search results show under it, 70 to 160 characters), ' +
    '"image_alt" (alt text describing the featured image in one short sentence; empty when there is no image).';
function buildMessages(request, options = {}) {
    const system = [options.systemPrompt?.trim() || DEFAULT_SYSTEM_PROMPT];
    if (options.styleGuide?.trim())
        system.push(`Style guide:\n${options.styleGuide.trim()}`);
    system.push(OUTPUT_INSTRUCTIONS);
    const messages = [
        { role: 'system', content: system.join('\n\n') },
        { role: 'user', content: describeItem(request.item) },
    ];
    if (request.fix) {
        messages.push({ role: 'assistant', content: JSON.stringify(request.fix.draft) });
        messages.push({ role: 'user', content: describeFindings(request.fix.findings) });
    }
    return messages;
}
function describeItem(item) {
    const lines = ['Write a blog article.'];
    lines.push(item.title.trim() ? `Title: ${item.title.trim()}` : 'Title: (choose a fitting title)');
    if (item.brief.trim())
        lines.push(`Brief: ${item.brief.trim()}`);
    if (item.keywords.length > 0)
        lines.push(`Keywords (use each one, word for word, in the body): ${item.keywords.join(', ')}`);
    if (item.language?.trim())
        lines.push(`Language: write the whole article in ${item.language.trim()}.`);
    if (item.image_url?.trim())
        lines.push(`Featured image: ${item.image_url.trim()} (write image_alt for it; do not add other images).`);
    else
        lines.push('Featured image: none (leave image_alt empty; never invent image URLs).');
    if (item.links && item.links.length > 0)
        lines.push(`Feature these products or collections of the shop (by handle): ${item.links.join(', ')}`);
    if (item.catalog && item.catalog.length > 0) {
        lines.push('The shop has these matching products and collections; link to one or more of them where it helps the reader, ' +
            'with exactly these URLs (never link to other pages of the shop, never invent a URL):');
        for (const entry of item.catalog)
            lines.push(`- ${entry.kind} "${entry.title}": ${entry.url}`);
    }
    return lines.join('\n');
}
function describeFindings(findings) {
    const list = findings.map((finding) => `- ${finding.code}: ${finding.message}`).join('\n');
    return [
        'A validator checked that draft and found these problems:',
        list || '- (none listed)',
        'Write a corrected draft that fixes every problem and keeps what was fine. Answer with the whole draft as the same JSON object.',
    ].join('\n');
}

;// CONCATENATED MODULE: ./packages/core/src/adapters/llm/openai-generator.ts
// The Generator port over any OpenAI-compatible chat completions API
// (OpenAI, Azure-style gateways, Ollama, vLLM, llama.cpp server, LM Studio).
// Asks for structured output (json_schema); when a server rejects it or
// ignores it, falls back to plain content with the JSON extracted from the
// text, and keeps to that for the rest of the run.






class OpenAiCompatibleGenerator {
    options;
    mode = 'json_schema';
    client;
    constructor(options) {
        this.options = options;
        const key = options.apiKey;
        const redact = options.redact ?? ((text) => text);
        this.client = {
            baseUrl: options.baseUrl,
            apiKey: key,
            model: options.model,
            timeoutMs: options.timeoutMs ?? 60_000,
            maxRetries: options.maxRetries ?? 3,
            fetch: options.fetch ?? globalThis.fetch,
            sleep: options.sleep ?? http_retry/* realSleep */.uk,
            random: options.random ?? Math.random,
            now: options.now ?? (() => new Date()),
            scrub: (text) => redact(key ? text.split(key).join('***') : text),
            log: options.log,
        };
    }
    /** 'plain' once the server has shown it does not do json_schema. */
    get outputMode() {
        return this.mode;
    }
    async generate(request) {
        const replies = [];
        const ask = async () => {
            const outcome = await (0,chat_client/* postChatCompletion */.n)(this.body(request), this.mode === 'json_schema', this.client);
            if (outcome.kind === 'schema_rejected') {
                this.fallBack(`the server rejected json_schema: ${outcome.message}`);
                return undefined;
            }
            replies.push(outcome.reply);
            return outcome.reply;
        };
        // At most one extra request: the one repeated in plain mode after the server refused or ignored the schema.
        let reply = (await ask()) ?? (await ask());
        let json = reply ? this.parse(reply) : undefined;
        if (reply && !json && this.mode === 'json_schema') {
            this.fallBack('the server ignored json_schema and answered with text that holds no JSON object');
            reply = await ask();
            json = reply ? this.parse(reply) : undefined;
        }
        if (!reply || !json) {
            const truncated = reply?.finishReason === 'length' ? ' (the answer was cut off at the token limit)' : '';
            throw new errors/* ItemError */.ie('LLM_BAD_OUTPUT', `the model's answer holds no JSON object${truncated}`, true);
        }
        return { draft: toDraft(json), usage: this.usage(replies) };
    }
    body(request) {
        const body = {
            model: this.options.model,
            messages: buildMessages(request, {
                systemPrompt: this.options.systemPrompt,
                styleGuide: this.options.styleGuide,
            }),
        };
        if (this.options.temperature !== undefined)
            body.temperature = this.options.temperature;
        if (this.mode === 'json_schema') {
            body.response_format = {
                type: 'json_schema',
                json_schema: { name: DRAFT_SCHEMA_NAME, strict: true, schema: DRAFT_JSON_SCHEMA },
            };
        }
        return body;
    }
    /** The JSON object in the answer; in json_schema mode a non-JSON answer means the server ignored the schema. */
    parse(reply) {
        const json = (0,json_extract/* extractJsonObject */.h)(reply.content);
        if (json && this.mode === 'json_schema' && !isWholeJson(reply.content)) {
            this.fallBack('the server answered json_schema requests with text around the JSON');
        }
        return json;
    }
    fallBack(reason) {
        if (this.mode === 'plain')
            return;
        this.mode = 'plain';
        this.options.log?.warn('LLM structured output not supported; using plain JSON answers for the rest of the run', {
            model: this.options.model,
            reason,
        });
    }
    usage(replies) {
        const tokensIn = replies.reduce((sum, reply) => sum + reply.promptTokens, 0);
        const tokensOut = replies.reduce((sum, reply) => sum + reply.completionTokens, 0);
        const pricing = this.options.pricing;
        const cost = pricing ? (tokensIn * pricing.inputPerMillion + tokensOut * pricing.outputPerMillion) / 1_000_000 : 0;
        // Round to a millionth of a dollar: enough for sums, free of float noise in the run log.
        return { tokens_in: tokensIn, tokens_out: tokensOut, cost_usd: Math.round(cost * 1e6) / 1e6 };
    }
}
function isWholeJson(text) {
    try {
        JSON.parse(text);
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 2332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BY: () => (/* binding */ runAborted),
/* harmony export */   I7: () => (/* binding */ RunDeadlineError),
/* harmony export */   IZ: () => (/* binding */ throwIfRunAborted),
/* harmony export */   KS: () => (/* binding */ sleepWithSignal),
/* harmony export */   Mf: () => (/* binding */ abortableSleep),
/* harmony export */   OL: () => (/* binding */ requestSignal),
/* harmony export */   Ph: () => (/* binding */ outsideRun),
/* harmony export */   Rr: () => (/* binding */ withinRun),
/* harmony export */   Zc: () => (/* binding */ DEFAULT_REQUEST_TIMEOUT_MS),
/* harmony export */   c8: () => (/* binding */ isTimeoutError),
/* harmony export */   u9: () => (/* binding */ fetchWithTimeout)
/* harmony export */ });
/* unused harmony export currentRunSignal */
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
// Waiting with limits. Every outbound request gets a signal that fires on
// its own timeout (`request-timeout`) or when the run it belongs to is out of
// time, whichever comes first.
//
// The run's signal travels with the async call chain (AsyncLocalStorage, a
// Node built-in) rather than as a parameter of every port method: the
// executor sets it once around the work it bounds (`withinRun`), and every
// client built by the wiring picks it up per request (`requestSignal`) —
// Shopify, Sheets, the LLM, GitHub, notifications — without each port
// learning about signals. Work that must go on after the budget (writing the
// released rows back) runs `outsideRun`, still under its per-request timeout.

/** Default per-request timeout (the `request-timeout` setting's default), in ms. */
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const runScope = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
/** Runs `work` with `signal` as the run's signal of every request it makes. */
function withinRun(signal, work) {
    return runScope.run(signal, work);
}
/** Runs `work` free of the run's signal (per-request timeouts still apply). */
function outsideRun(work) {
    return runScope.run(undefined, work);
}
/** The signal of the run this call belongs to, if any. */
function currentRunSignal() {
    return runScope.getStore();
}
/** Why a run's signal fired: its time budget ran out. */
class RunDeadlineError extends Error {
    budgetSeconds;
    constructor(budgetSeconds) {
        super(`the run's time budget of ${budgetSeconds} s ran out`);
        this.budgetSeconds = budgetSeconds;
        this.name = 'RunDeadlineError';
    }
}
/** One request's signal: its own timeout, the run's signal, and any the caller passed. */
function requestSignal(timeoutMs, ...more) {
    const signals = [AbortSignal.timeout(timeoutMs), currentRunSignal(), ...more].filter((s) => s != null);
    return signals.length === 1 ? signals[0] : AbortSignal.any(signals);
}
/** The run's signal has fired: nothing should be retried or started. */
function runAborted() {
    return currentRunSignal()?.aborted === true;
}
/** Throws the run's abort reason when its signal has fired. */
function throwIfRunAborted() {
    currentRunSignal()?.throwIfAborted();
}
/** True for the error fetch (or gaxios) throws when a request's own timeout fired. */
function isTimeoutError(error) {
    const e = error;
    return e?.name === 'TimeoutError' || e?.cause?.name === 'TimeoutError';
}
/**
 * A fetch whose every request carries `requestSignal(timeoutMs, init.signal)`.
 * For clients that take a fetch (Octokit, the token exchange) rather than a signal.
 */
function fetchWithTimeout(timeoutMs, base = globalThis.fetch) {
    return (input, init) => base(input, { ...init, signal: requestSignal(timeoutMs, init?.signal) });
}
/** A real timer's wait that ends early, rejecting with the signal's reason, when the signal fires (the timer is cleared). */
function sleepWithSignal(ms, signal = currentRunSignal()) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/**
 * Waits `ms` with the given sleep, or rejects with the signal's reason as soon
 * as it fires (a retry's wait never outlives the run).
 */
async function abortableSleep(sleep, ms, signal = currentRunSignal()) {
    if (!signal)
        return sleep(ms);
    signal.throwIfAborted();
    let onAbort;
    const aborted = new Promise((_, reject) => {
        onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
        await Promise.race([sleep(ms), aborted]);
    }
    finally {
        if (onAbort)
            signal.removeEventListener('abort', onAbort);
    }
}


/***/ }),

/***/ 4735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ retryWaitMs),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   jo: () => (/* binding */ backoffMs),
/* harmony export */   jy: () => (/* binding */ waitBeforeRetry),
/* harmony export */   uk: () => (/* binding */ realSleep)
/* harmony export */ });
/* unused harmony exports MAX_RETRY_WAIT_MS, DEFAULT_BACKOFF, retryAfterMs */
/* harmony import */ var _abort__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2332);
// How long to wait before retrying an HTTP call: what the server asked for
// (`retry-after-ms`, `retry-after` in seconds or as an HTTP date), else
// exponential backoff with jitter. Pure: time and randomness are parameters.
// Shared by the HTTP clients: the LLM, the notifiers, Shopify and Sheets.
// Retries respect the run's signal (util/abort.ts): no retry once it fired,
// and a wait between tries ends when it fires.

/** No single wait is longer than this, whatever a server asks for: a run has a time budget. */
const MAX_RETRY_WAIT_MS = 60_000;
const DEFAULT_BACKOFF = { baseMs: 500, capMs: 20_000 };
/**
 * The wait a response asks for, in ms, or undefined when it asks for none or
 * the header is unreadable. `retry-after-ms` (sent by OpenAI) wins over
 * `retry-after` (RFC 9110: delay-seconds or an HTTP date).
 */
function retryAfterMs(headers, now) {
    const ms = headers.get('retry-after-ms');
    if (ms !== null && /^\s*\d+(\.\d+)?\s*$/.test(ms))
        return clampWait(Number(ms));
    const value = headers.get('retry-after');
    if (value === null)
        return undefined;
    if (/^\s*\d+(\.\d+)?\s*$/.test(value))
        return clampWait(Number(value) * 1000);
    const at = Date.parse(value);
    if (Number.isNaN(at))
        return undefined;
    return clampWait(at - now.getTime());
}
/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random,
 * so retries spread out but never collapse to zero. `attempt` counts from 0.
 */
function backoffMs(attempt, random, policy = DEFAULT_BACKOFF) {
    const step = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt));
    return Math.round(step / 2 + (step / 2) * random());
}
/** The wait before retry number `attempt` (from 0): the server's ask when it gave one, else backoff. */
function retryWaitMs(attempt, headers, now, random, policy = DEFAULT_BACKOFF) {
    const asked = headers ? retryAfterMs(headers, now) : undefined;
    return asked ?? backoffMs(attempt, random, policy);
}
/** Status codes worth another try: rate limits, timeouts at a proxy, server errors. */
function isRetryableStatus(status) {
    return status === 408 || status === 429 || status >= 500;
}
function clampWait(ms) {
    return Math.min(MAX_RETRY_WAIT_MS, Math.max(0, Math.round(ms)));
}
/** A real wait that ends (rejecting with the run's abort reason) when the run's signal fires. */
const realSleep = (ms) => (0,_abort__WEBPACK_IMPORTED_MODULE_0__/* .sleepWithSignal */ .KS)(ms);
/**
 * A retry's wait through a client's (injectable) sleep, cut short by the
 * run's signal: throws the abort reason instead of retrying once the run is over.
 */
async function waitBeforeRetry(sleep, ms) {
    await (0,_abort__WEBPACK_IMPORTED_MODULE_0__/* .abortableSleep */ .Mf)(sleep, ms);
}


/***/ })

};
