export const id = 975;
export const ids = [975];
export const modules = {

/***/ 975:
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
// EXTERNAL MODULE: ./packages/core/src/util/abort.ts + 1 modules
var abort = __webpack_require__(8070);
;// CONCATENATED MODULE: ./packages/core/src/adapters/llm/chat-client.ts
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
        (0,abort/* throwIfRunAborted */.IZ)();
        try {
            response = await options.fetch(url, {
                method: 'POST',
                headers,
                body: JSON.stringify(body),
                signal: (0,abort/* requestSignal */.OL)(options.timeoutMs),
            });
            text = await response.text();
        }
        catch (error) {
            (0,abort/* throwIfRunAborted */.IZ)();
            if (isTimeout(error)) {
                throw new errors/* ItemError */.ie('LLM_TIMEOUT', `the model did not answer within ${options.timeoutMs} ms`, true);
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
            throw new errors/* UserError */.yo(`the LLM provider refused LLM_API_KEY for lack of quota (429 insufficient_quota): check the account's plan and billing. Server said: ${error.message}`);
        }
        if (!(0,http_retry/* isRetryableStatus */.PS)(response.status)) {
            throw new errors/* ItemError */.ie('LLM_REQUEST_REJECTED', `the model server rejected the request (${response.status}${error.code ? ` ${error.code}` : ''}): ${error.message}`, false);
        }
        lastProblem = `${response.status}${error.code ? ` ${error.code}` : ''}: ${error.message}`;
        if (attempt >= options.maxRetries)
            break;
        await wait(attempt, response.headers, lastProblem, options);
    }
    throw new errors/* ItemError */.ie('LLM_UNAVAILABLE', `the model server is unavailable after ${options.maxRetries + 1} attempts (last: ${lastProblem})`, true);
}
async function wait(attempt, headers, problem, options) {
    const ms = (0,http_retry/* retryWaitMs */.Ko)(attempt, headers, options.now(), options.random);
    options.log?.warn('LLM request failed, retrying', { attempt: attempt + 1, wait_ms: ms, problem });
    await (0,http_retry/* waitBeforeRetry */.jy)(options.sleep, ms);
}
function parseReply(text, options) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new errors/* ItemError */.ie('LLM_BAD_RESPONSE', `the model server answered with something that is not JSON: ${excerpt(options.scrub(text))}`, true);
    }
    const root = (json ?? {});
    const choice = root.choices?.[0];
    if (!choice?.message) {
        throw new errors/* ItemError */.ie('LLM_BAD_RESPONSE', 'the model server answered without choices[0].message', true);
    }
    if (typeof choice.message.refusal === 'string' && choice.message.refusal) {
        throw new errors/* ItemError */.ie('LLM_REFUSED', `the model refused: ${excerpt(choice.message.refusal)}`, false);
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
    return new errors/* UserError */.yo(`the model server at ${hostOf(options.baseUrl)} ${what} (${status}): ${error.message}`);
}
function notFound(error, options) {
    if (error.code === 'model_not_found' || /model/i.test(error.message)) {
        return new errors/* UserError */.yo(`the model server at ${hostOf(options.baseUrl)} does not know LLM_MODEL "${options.model}" (404): ${error.message}`);
    }
    return new errors/* UserError */.yo(`the model server answered 404 for ${hostOf(options.baseUrl)}/…/chat/completions: check LLM_BASE_URL (it usually ends in /v1) and LLM_MODEL "${options.model}"`);
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

;// CONCATENATED MODULE: ./packages/core/src/adapters/llm/json-extract.ts
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
            const outcome = await postChatCompletion(this.body(request), this.mode === 'json_schema', this.client);
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
        const json = extractJsonObject(reply.content);
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


/***/ })

};
