export const id = 3169;
export const ids = [3169];
export const modules = {

/***/ 3169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  queueCommand: () => (/* binding */ queueCommand)
});

// EXTERNAL MODULE: ./packages/core/src/wiring/data-plane.ts + 1 modules
var data_plane = __webpack_require__(8687);
// EXTERNAL MODULE: ./packages/core/src/model.ts
var model = __webpack_require__(6388);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/domain/content/slug.ts
var slug = __webpack_require__(3293);
// EXTERNAL MODULE: ./packages/core/src/domain/queue/time.ts
var time = __webpack_require__(9785);
;// CONCATENATED MODULE: ./packages/core/src/domain/queue/request.ts
// `queue add`: the rows it appends, checked before anything is written.
// `--request` in plain words is read by request-parse.ts; splitRequest is
// the plain split, kept for callers that want topics only.



function splitRequest(text) {
    const seen = new Set();
    const topics = [];
    for (const part of text.split(/[,;\n]/)) {
        const topic = part.replace(/\s+/g, ' ').trim();
        const key = topic.toLowerCase();
        if (!topic || seen.has(key))
            continue;
        seen.add(key);
        topics.push(topic);
    }
    return topics;
}
/** New PENDING rows with ids slugged from the topics, unique against the queue (`-2`, `-3`…). */
function newRowsFromTopics(topics, existingIds, now) {
    const taken = new Set(existingIds.map((id) => id.trim()));
    return topics.map((title) => {
        const base = (0,slug/* slugify */.Y)(title) || 'item';
        let id = base;
        for (let n = 2; taken.has(id); n += 1)
            id = `${base}-${n}`;
        taken.add(id);
        return { id, title, status: 'PENDING', updated_at: now.toISOString() };
    });
}
/**
 * The rows `queue add` appends, or why it appends none: an explicit id that
 * is taken or used with several topics, a priority or publish_at the
 * executor would reject later. Checked before anything is written.
 */
function rowsToAdd(requested, fields, existingIds, now) {
    const topics = requested.map((t) => (typeof t === 'string' ? { title: t } : t));
    if (topics.length === 0)
        return { ok: false, message: 'queue add needs --title "…" or --request "topic a, topic b; topic c"' };
    const id = fields.id?.trim();
    if (id !== undefined) {
        if (topics.length > 1)
            return {
                ok: false,
                message: `--id "${id}" names one row, but the request has ${topics.length} topics; add them one at a time`,
            };
        if (!id || /[\s,;]/.test(id))
            return {
                ok: false,
                message: `--id "${fields.id}" is not valid; expected a non-empty id without spaces, commas or semicolons`,
            };
        if (existingIds.some((existing) => existing.trim() === id))
            return { ok: false, message: `--id "${id}" is already in the queue; ids are unique` };
    }
    if (fields.content && fields.content_path)
        return { ok: false, message: 'give --content or --content-path, not both' };
    const priority = fields.priority?.trim().toUpperCase() ?? '';
    if (priority && !model/* PRIORITIES */.BE.includes(priority)) {
        return { ok: false, message: `--priority "${fields.priority}" is not valid; expected P0, P1 or P2` };
    }
    const publishAt = fields.publish_at?.trim() ?? '';
    if (publishAt && !(0,time/* parseQueueTime */.KN)(publishAt)) {
        return {
            ok: false,
            message: `--publish-at "${fields.publish_at}" is not valid; expected an ISO 8601 time such as 2026-11-22T09:00:00Z, or YYYY-MM-DD HH:MM (UTC)`,
        };
    }
    const titles = topics.map((t) => t.title);
    const base = id === undefined
        ? newRowsFromTopics(titles, existingIds, now)
        : [{ id, title: titles[0], status: 'PENDING', updated_at: now.toISOString() }];
    return {
        ok: true,
        rows: base.map((row, i) => {
            const topic = topics[i];
            return {
                ...row,
                brief: topic.brief ?? fields.brief ?? '',
                keywords: topic.keywords ?? fields.keywords ?? '',
                priority: topic.priority ?? priority,
                publish_at: topic.publish_at ?? publishAt,
                content: fields.content ?? '',
                content_path: fields.content_path ?? '',
                status: 'PENDING',
            };
        }),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/domain/queue-commands.ts
const ALLOWED_FROM = {
    approve: ['AWAITING_APPROVAL', 'BLOCKED'],
    reject: ['PENDING', 'AWAITING_APPROVAL', 'APPROVED', 'BLOCKED'],
    retry: ['FAILED', 'BLOCKED', 'SKIPPED', 'PENDING'],
    cancel: ['PENDING', 'AWAITING_APPROVAL', 'APPROVED', 'BLOCKED', 'FAILED'],
};
function statusOf(row) {
    return (row.status.trim().toUpperCase() || 'PENDING');
}
function applyQueueCommand(row, command, args) {
    const status = statusOf(row);
    if (!ALLOWED_FROM[command].includes(status)) {
        return {
            ok: false,
            message: `cannot ${command} item "${row.id}" (row ${row.row}): it is ${status}; ${command} applies to ${ALLOWED_FROM[command].join(', ')}`,
        };
    }
    if (command === 'approve' && status === 'BLOCKED' && !row.article_id) {
        return { ok: false, message: `cannot approve item "${row.id}": it is BLOCKED without a draft; fix it and retry` };
    }
    const stamp = { updated_at: args.now.toISOString(), lease_owner: '', lease_until: '' };
    const note = (text) => `${text}${args.reason ? `: ${args.reason}` : ''}`.slice(0, 500);
    switch (command) {
        case 'approve':
            return {
                ok: true,
                row: {
                    ...row,
                    ...stamp,
                    status: 'APPROVED',
                    approval: 'approved',
                    approver: args.by,
                    notes: note(`approved by ${args.by}`),
                },
            };
        case 'reject':
            return {
                ok: true,
                row: {
                    ...row,
                    ...stamp,
                    status: 'BLOCKED',
                    approval: 'rejected',
                    approver: args.by,
                    notes: note(`rejected by ${args.by}`),
                },
            };
        case 'retry':
            return {
                ok: true,
                row: {
                    ...row,
                    ...stamp,
                    status: 'PENDING',
                    attempts: '0',
                    next_attempt_at: '',
                    last_error: '',
                    approval: row.approval === 'rejected' ? '' : row.approval,
                    notes: note(`retry requested by ${args.by}`),
                },
            };
        case 'cancel':
            return { ok: true, row: { ...row, ...stamp, status: 'SKIPPED', notes: note(`cancelled by ${args.by}`) } };
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./packages/core/src/util/http-retry.ts
var http_retry = __webpack_require__(4735);
// EXTERNAL MODULE: ./packages/core/src/adapters/llm/chat-client.ts
var chat_client = __webpack_require__(2244);
// EXTERNAL MODULE: ./packages/core/src/adapters/llm/json-extract.ts
var json_extract = __webpack_require__(8234);
;// CONCATENATED MODULE: ./packages/core/src/adapters/llm/request-reader.ts
// `queue add --request` read by the configured LLM: free text in, rows out
// through a JSON schema (structured output; a server without it answers
// plain JSON, which is extracted). Every row is checked as the deterministic
// parser's would be (a title, P0–P2, a publish time the queue reads); an
// answer that fails any check is an error, and the caller falls back to
// parseRequest (domain/queue/request-parse.ts).






const SCHEMA_NAME = 'queue_rows';
// Strict mode: every property required, no others; empty strings for "not said".
const REQUEST_ROWS_JSON_SCHEMA = {
    type: 'object',
    additionalProperties: false,
    required: ['rows'],
    properties: {
        rows: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['title', 'brief', 'keywords', 'priority', 'publish_at'],
                properties: {
                    title: { type: 'string', description: 'the article topic, as the user wrote it' },
                    brief: { type: 'string', description: 'what the article should cover; empty if not said' },
                    keywords: { type: 'array', items: { type: 'string' } },
                    priority: { type: 'string', enum: ['P0', 'P1', 'P2', ''] },
                    publish_at: { type: 'string', description: 'YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SSZ in UTC; empty if not said' },
                },
            },
        },
    },
};
const Answer = schemas/* object */.Ikc({
    rows: schemas/* array */.YOg(schemas/* object */.Ikc({
        title: schemas/* string */.YjP().trim().min(1).max(300),
        brief: schemas/* string */.YjP().trim().max(2000),
        keywords: schemas/* array */.YOg(schemas/* string */.YjP().trim()).max(30),
        priority: schemas/* enum */.k5n([...model/* PRIORITIES */.BE, '']),
        publish_at: schemas/* string */.YjP()
            .trim()
            .refine((v) => v === '' || (0,time/* parseQueueTime */.KN)(v) !== undefined, 'not a time the queue reads'),
    }))
        .min(1)
        .max(50),
});
function messages(text, now) {
    return [
        {
            role: 'system',
            content: 'You turn an editor’s request into rows of a blog content queue. One row per article topic. ' +
                'Priority: P0 for urgent / asap, P1 for high priority, P2 for low priority, empty when not said. ' +
                'publish_at: the publishing date the request gives, resolved against the current time, as YYYY-MM-DD ' +
                '(or YYYY-MM-DDTHH:MM:SSZ in UTC when a time of day is given); empty when not said. ' +
                'Never make a row of a priority word or a date alone. Keep titles as written. Answer with JSON only.',
        },
        { role: 'user', content: `Current time: ${now.toISOString()} (UTC)\nRequest:\n${text}` },
    ];
}
/** The rows the LLM reads in the request; throws when it cannot, or answers rows that do not check. */
async function readRequestWithLlm(text, now, options) {
    const redact = options.redact ?? ((t) => t);
    const key = options.apiKey;
    const client = {
        baseUrl: options.baseUrl,
        apiKey: key,
        model: options.model,
        timeoutMs: options.timeoutMs,
        maxRetries: 1,
        fetch: options.fetch ?? globalThis.fetch,
        sleep: http_retry/* realSleep */.uk,
        random: Math.random,
        now: () => now,
        scrub: (t) => redact(key ? t.split(key).join('***') : t),
    };
    const body = { model: options.model, temperature: 0, messages: messages(text, now) };
    let outcome = await (0,chat_client/* postChatCompletion */.n)({
        ...body,
        response_format: {
            type: 'json_schema',
            json_schema: { name: SCHEMA_NAME, strict: true, schema: REQUEST_ROWS_JSON_SCHEMA },
        },
    }, true, client);
    if (outcome.kind === 'schema_rejected')
        outcome = await (0,chat_client/* postChatCompletion */.n)(body, false, client);
    if (outcome.kind !== 'reply')
        throw new Error('the model server rejected the request');
    const json = (0,json_extract/* extractJsonObject */.h)(outcome.reply.content);
    if (!json)
        throw new Error('the model answered without a JSON object');
    const parsed = Answer.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`the model's rows do not check: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
    }
    return parsed.data.rows.map((row) => {
        const keywords = row.keywords.filter(Boolean).join(';');
        return {
            title: row.title.replace(/\s+/g, ' '),
            ...(row.brief ? { brief: row.brief } : {}),
            ...(keywords ? { keywords } : {}),
            ...(row.priority ? { priority: row.priority } : {}),
            ...(row.publish_at ? { publish_at: row.publish_at } : {}),
        };
    });
}

// EXTERNAL MODULE: ./node_modules/chrono-node/dist/esm/index.js + 51 modules
var esm = __webpack_require__(8505);
;// CONCATENATED MODULE: ./packages/core/src/domain/queue/request-parse.ts
// `queue add --request "…"` in plain words: one line of topics becomes one
// row each, with what the words say about them. Pure: dates are resolved
// against `now` (in UTC) by chrono-node, a maintained date parser.
//
//   "Earl Grey history, high priority, publish next Friday"
//     → one row "Earl Grey history", P1, publish_at the Friday of next week
//   "Matcha guide: whisking without lumps; Oolong basics, urgent, keywords: oolong; roast"
//     → "Matcha guide" with brief "whisking without lumps"; "Oolong basics", P0, keywords "oolong;roast"
//
// The rules, in the order they apply:
// - lines are separate; `keywords: a; b` runs to the end of its line and
//   belongs to the topic before it;
// - `;` separates topics; `,` separates topics too, except inside a brief:
//   a brief starts after a topic's colon and runs to the next `;` or line end;
// - a part that is only a priority word ("urgent", "asap" → P0; "high
//   priority" → P1; "low priority" → P2) or only a date ("next Friday",
//   "publish on 2027-01-10", "in two weeks") belongs to the topic before it
//   (or, before any topic, to the next one); so does "(urgent)" in a title,
//   and a date after "publish" / "due" / "go live" at the end of a title;
// - a date anywhere else in a title stays part of the title ("Green tea in
//   5 minutes", "Sunday brunch teas"): only those cues make words a date.

const PRIORITY_WORDS = [
    ['P0', /^(?:urgent|asap|as soon as possible|top priority|highest priority|critical|priority (?:urgent|top|p0)|p0)$/],
    ['P1', /^(?:high priority|high prio|priority high|important|high|priority p1|p1)$/],
    [
        'P2',
        /^(?:low priority|low prio|priority low|normal priority|priority normal|no rush|whenever|low|priority p2|p2)$/,
    ],
];
/** Words around a date that only say it is the publishing date. */
const DATE_FILLER = new Set([
    'publish',
    'published',
    'publishing',
    'publication',
    'go',
    'goes',
    'live',
    'schedule',
    'scheduled',
    'due',
    'post',
    'posted',
    'on',
    'at',
    'by',
    'for',
    'from',
    'not',
    'before',
    'date',
    'the',
    'to',
    'be',
]);
/** "publish next Friday" at the end of a title: the cue that makes the words after it a date. */
const TRAILING_DATE = /\s+(?:to\s+)?(?:publish(?:ed)?|due|go(?:es)?\s+live)(?:\s+(?:on|at|by|from))?\s+(.+)$/i;
function words(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/** The priority this text is, when it is only a priority word. */
function priorityOf(text) {
    const normalized = words(text.toLowerCase().replace(/[-_:!.]+/g, ' '));
    return PRIORITY_WORDS.find(([, pattern]) => pattern.test(normalized))?.[0];
}
function pad(n) {
    return String(n).padStart(2, '0');
}
function publishAt(result) {
    const start = result.start;
    if (start.isCertain('hour'))
        return start
            .date()
            .toISOString()
            .replace(/\.\d{3}Z$/, 'Z');
    return `${start.get('year')}-${pad(start.get('month') ?? 1)}-${pad(start.get('day') ?? 1)}`;
}
function parseDates(text, now) {
    // timezone 0: "next Friday" and "9am" are read in UTC, like the queue's times without a zone.
    return esm/* parse */.qg(text, { instant: now, timezone: 0 }, { forwardDate: true });
}
/** The publish date this text is, when it is only a date (with words like "publish on" around it). */
function dateOf(text, now) {
    const results = parseDates(text, now);
    if (results.length !== 1)
        return undefined;
    const [result] = results;
    const rest = `${text.slice(0, result.index)} ${text.slice(result.index + result.text.length)}`;
    const others = words(rest.toLowerCase().replace(/[:,.!]/g, ' '))
        .split(' ')
        .filter(Boolean);
    return others.every((w) => DATE_FILLER.has(w)) ? publishAt(result) : undefined;
}
function modifierOf(text, now) {
    const priority = priorityOf(text);
    if (priority)
        return { priority };
    const date = dateOf(text, now);
    return date ? { publish_at: date } : undefined;
}
/** A title part: its own inline modifiers out ("(urgent)", "… publish next Friday"), a brief after a colon. */
function topicFrom(part, now) {
    const modifiers = [];
    let text = part.replace(/\(([^()]*)\)/g, (whole, inner) => {
        const modifier = modifierOf(inner, now);
        if (!modifier)
            return whole;
        modifiers.push(modifier);
        return ' ';
    });
    const colon = text.indexOf(':');
    let brief;
    if (colon >= 0) {
        const before = words(text.slice(0, colon));
        const lead = modifierOf(before, now);
        if (lead) {
            // "urgent: Earl Grey history" — the word before the colon is not a title.
            modifiers.push(lead);
            text = text.slice(colon + 1);
        }
        else {
            brief = words(text.slice(colon + 1)) || undefined;
            text = before;
        }
    }
    const trailing = TRAILING_DATE.exec(text);
    const date = trailing?.[1] ? dateOf(trailing[1], now) : undefined;
    if (trailing && date) {
        modifiers.push({ publish_at: date });
        text = text.slice(0, trailing.index);
    }
    return { draft: { title: words(text), brief, inBrief: brief !== undefined }, modifiers };
}
function apply(row, modifier) {
    Object.assign(row, modifier);
}
function keywordsOf(text) {
    const list = text.split(/[;,]/).map(words).filter(Boolean);
    return list.length > 0 ? list.join(';') : undefined;
}
/** The rows a request asks for, in order; repeated titles (ignoring case) once. */
function parseRequest(text, now) {
    const rows = [];
    let pending = [];
    const attach = (modifier) => {
        const last = rows.at(-1);
        if (last)
            apply(last, modifier);
        else
            pending.push(modifier);
    };
    for (const line of text.split(/\r?\n/)) {
        const marker = /\bkey\s*words?\s*[:=]/i.exec(line);
        const body = marker ? line.slice(0, marker.index) : line;
        const firstOfLine = rows.length;
        for (const chunk of body.split(';')) {
            const current = () => (rows.length > firstOfLine ? rows.at(-1) : undefined);
            for (const raw of chunk.split(',')) {
                const part = words(raw);
                if (!part)
                    continue;
                const modifier = modifierOf(part, now);
                if (modifier) {
                    attach(modifier);
                    continue;
                }
                const last = current();
                if (last?.inBrief) {
                    last.brief = `${last.brief}, ${part}`;
                    continue;
                }
                const { draft, modifiers } = topicFrom(part, now);
                if (!draft.title) {
                    for (const m of modifiers)
                        attach(m);
                    continue;
                }
                for (const m of [...pending, ...modifiers])
                    apply(draft, m);
                pending = [];
                rows.push(draft);
            }
            // A brief runs to the next `;`.
            const last = current();
            if (last)
                last.inBrief = false;
        }
        const keywords = marker ? keywordsOf(line.slice(marker.index + marker[0].length)) : undefined;
        if (keywords) {
            const owner = rows.at(-1);
            if (owner)
                owner.keywords = owner.keywords ? `${owner.keywords};${keywords}` : keywords;
        }
    }
    const seen = new Set();
    const out = [];
    for (const { inBrief: _, ...row } of rows) {
        const key = row.title.toLowerCase();
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)));
    }
    return out;
}

// EXTERNAL MODULE: ./packages/core/src/domain/article-fields.ts
var article_fields = __webpack_require__(8068);
// EXTERNAL MODULE: ./packages/core/src/domain/queue/transitions.ts
var transitions = __webpack_require__(7798);
;// CONCATENATED MODULE: ./packages/core/src/services/rollback.ts
// `autopilot queue rollback --id ID [--dry-run]`: put a live article back to
// the newest version the update path kept of it (versions journal), through
// the same publisher.update an UPDATE uses. Everything is checked before
// anything is written — the row exists once and is PUBLISHED, a version is
// kept, the version is of the row's article, the article is in the store —
// so a refusal (UserError, exit 2) changes nothing. After the update the
// article is read back and compared field by field: what the command says is
// what the store holds. Then a run-log row (outcome `published`) and the
// queue row's notes ("rolled back to the version of <at>") record it.
//
// The version replaced by a rollback is not kept: the row's content still
// holds it, and setting the row to UPDATE writes it again.



function theRow(rows, id) {
    const matching = rows.filter((r) => r.id.trim() === id);
    if (matching.length === 0)
        throw new errors/* UserError */.yo(`queue rollback: no row with id "${id}" in the queue; nothing changed`);
    if (matching.length > 1) {
        throw new errors/* UserError */.yo(`queue rollback: rows ${matching.map((r) => r.row).join(', ')} share the id "${id}"; give one a new id first; nothing changed`);
    }
    const row = matching[0];
    const status = row.status.trim().toUpperCase() || 'PENDING';
    if (status !== 'PUBLISHED') {
        throw new errors/* UserError */.yo(`queue rollback: row ${row.row} (id "${id}") is ${status}, not PUBLISHED: only a live article the pipeline published is rolled back; nothing changed`);
    }
    return row;
}
async function rollbackItem(deps, options) {
    const id = options.id.trim();
    if (!id)
        throw new errors/* UserError */.yo('queue rollback needs --id ID');
    if (!deps.publisher.read)
        throw new errors/* UserError */.yo('queue rollback: this publisher cannot read an article back');
    const row = theRow(await deps.queue.list(), id);
    const version = await deps.versions.latest(id);
    if (!version) {
        throw new errors/* UserError */.yo(`queue rollback: no kept version of "${id}" in ${options.versionsWhere ?? 'the versions journal'} (a version is kept when an UPDATE changes a live article); nothing changed`);
    }
    if (row.article_id.trim() && row.article_id.trim() !== version.article_id) {
        throw new errors/* UserError */.yo(`queue rollback: the newest kept version of "${id}" is of article ${version.article_id}, but row ${row.row} names article ${row.article_id.trim()}; nothing changed`);
    }
    const current = await deps.publisher.read(version.article_id);
    if (!current) {
        throw new errors/* UserError */.yo(`queue rollback: article ${version.article_id} of "${id}" is not in the store any more; nothing changed`);
    }
    const changed = (0,article_fields/* changedFields */.E0)(current, version.fields);
    const base = {
        item_id: id,
        row: row.row,
        article_id: version.article_id,
        handle: current.handle,
        version: { at: version.at, run_id: version.run_id },
        changed,
        dry_run: options.dryRun,
    };
    const named = `article ${current.handle} (${version.article_id}) of "${id}" (row ${row.row})`;
    if (changed.length === 0) {
        return {
            ...base,
            not_restored: [],
            logged: false,
            noted: false,
            lines: [`${named} already matches the version of ${version.at}; nothing changed.`],
        };
    }
    if (options.dryRun) {
        return {
            ...base,
            not_restored: [],
            logged: false,
            noted: false,
            lines: [
                `Dry run: would restore ${named} to the version of ${version.at} (kept by run ${version.run_id}): ${changed.join(', ')} would change. Nothing was changed.`,
            ],
        };
    }
    const started = deps.now();
    await deps.publisher.update(version.article_id, (0,article_fields/* inputOfFields */.Bj)(id, version.fields));
    const after = await deps.publisher.read(version.article_id);
    const notRestored = after ? (0,article_fields/* changedFields */.E0)(after, version.fields) : ['the article (not found when read back)'];
    const lines = notRestored.length === 0
        ? [`Restored ${named} to the version of ${version.at}: ${changed.join(', ')} (read back: matches).`]
        : [
            `Updated ${named} from the version of ${version.at}, but read back it still differs in: ${notRestored.join(', ')}.`,
        ];
    if (notRestored.length > 0) {
        // Only what took place is recorded: no run-log row or note for a version the store does not hold.
        lines.push('No run-log row or note was written; run it again, or restore the fields named in the store admin.');
        return { ...base, not_restored: notRestored, logged: false, noted: false, lines };
    }
    const at = deps.now();
    const note = `rolled back to the version of ${version.at}`;
    const logRow = {
        at: at.toISOString(),
        run_id: options.runId,
        trace_id: options.traceId,
        mode: 'publish',
        item_id: id,
        outcome: 'published',
        gate: '',
        error_codes: [],
        attempts: 0,
        duration_ms: at.getTime() - started.getTime(),
        tokens_in: 0,
        tokens_out: 0,
        cost_usd: 0,
        article_id: version.article_id,
    };
    let logged = false;
    try {
        await deps.runLog.append([logRow]);
        logged = true;
        lines.push(`Run log: a row for "${id}" (outcome published, run ${options.runId}).`);
    }
    catch (error) {
        lines.push(`The run log could not be written: ${(0,errors/* errorMessage */.gJ)(error)}.`);
    }
    let noted = false;
    try {
        noted = await deps.queue.transact((rows) => {
            const fresh = rows.find((r) => r.row === row.row && r.id.trim() === id);
            if (!fresh || (fresh.status.trim().toUpperCase() || 'PENDING') !== 'PUBLISHED')
                return { result: false };
            const notes = (0,transitions/* cellText */.Ie)(fresh.notes.trim() ? `${note} | ${fresh.notes}` : note);
            return {
                update: [{ ...fresh, notes, updated_at: at.toISOString(), run_id: options.runId }],
                result: true,
            };
        });
        lines.push(noted
            ? `Queue row ${row.row}: notes say "${note}".`
            : `Queue row ${row.row} changed meanwhile (no longer PUBLISHED): its notes were left as they are.`);
    }
    catch (error) {
        lines.push(`The queue row's notes could not be written: ${(0,errors/* errorMessage */.gJ)(error)}.`);
    }
    return { ...base, not_restored: notRestored, logged, noted, lines };
}

// EXTERNAL MODULE: ./packages/core/src/util/terminal.ts
var terminal = __webpack_require__(3268);
// EXTERNAL MODULE: ./packages/core/src/wiring/versions.ts
var wiring_versions = __webpack_require__(355);
// EXTERNAL MODULE: ./packages/cli/src/context.ts + 3 modules
var context = __webpack_require__(1206);
;// CONCATENATED MODULE: ./packages/cli/src/commands/queue.ts
// `autopilot queue list|add|approve|reject|retry|cancel|rollback`: the
// operators' commands on the queue, each one transaction under the queue's
// lock; `rollback` restores a live article's kept version (services/rollback.ts).
// `add --request` reads plain words (request-parse.ts); `add --dry-run`
// shows the rows and writes nothing.







async function queueStore(ctx) {
    // The local queue file: a state folder that does not exist is a mistyped --state, not an empty queue.
    if ((0,data_plane/* queueBackendOf */.z3)(ctx.config, 'local') === 'local')
        (0,context/* requireStateFolder */.FI)(ctx);
    return (await (0,data_plane/* buildDataPlane */.lf)(ctx.config, ctx.wiring)).queue;
}
const safe = (text) => (0,terminal/* escapeForTerminal */.f)(text ?? '');
function publicRow(row) {
    const { extra, ...known } = row;
    return { ...known, ...extra };
}
async function list(ctx) {
    const wanted = ctx.args.flags.status?.toUpperCase();
    if (wanted && !model/* ITEM_STATUSES */.J4.includes(wanted)) {
        throw new errors/* UserError */.yo(`--status "${ctx.args.flags.status}" is not valid; expected one of ${model/* ITEM_STATUSES */.J4.join(', ')}`);
    }
    const rows = (await (await queueStore(ctx)).list()).filter((r) => !wanted || (r.status.trim().toUpperCase() || 'PENDING') === wanted);
    ctx.say(rows.length === 0
        ? wanted
            ? `No ${wanted} rows.`
            : 'No rows.'
        : rows
            .map((r) => `${String(r.row).padStart(3)}  ${safe(r.status || 'PENDING').padEnd(17)} ${safe(r.priority || 'P2').padEnd(3)} ${safe(r.id).padEnd(32)} ${safe(r.title)}`)
            .join('\n'));
    ctx.result(rows.map(publicRow), { asIs: true });
    return 0;
}
/**
 * The rows a plain-words request asks for: read by the configured LLM (a
 * JSON schema), or by the built-in parser — without an LLM, and whenever the
 * LLM fails or answers rows that do not check.
 */
async function readRequest(ctx, text, now) {
    const { llmBaseUrl, llmModel } = ctx.config;
    if (!llmBaseUrl || !llmModel)
        return parseRequest(text, now);
    try {
        const rows = await readRequestWithLlm(text, now, {
            baseUrl: llmBaseUrl,
            apiKey: ctx.config.llmApiKey,
            model: llmModel,
            timeoutMs: ctx.config.requestTimeout * 1000,
            redact: ctx.redact,
        });
        ctx.log.info(`request read by ${llmModel}: ${rows.length} row(s)`);
        return rows;
    }
    catch (error) {
        ctx.log.warn(`${llmModel} could not read the request (${(0,errors/* errorMessage */.gJ)(error)}); read by the built-in parser instead`);
        return parseRequest(text, now);
    }
}
/** A planned row as a reader checks it: title, id, and what the request said. */
function describeRow(row, verb) {
    const facts = [
        row.priority ? `priority ${row.priority}` : '',
        row.publish_at ? `publish_at ${row.publish_at}` : '',
        row.keywords ? `keywords ${row.keywords}` : '',
        row.brief ? `brief "${row.brief}"` : '',
    ].filter(Boolean);
    return `${verb} ${safe(row.id)}: ${safe(row.title)}${facts.length > 0 ? ` (${safe(facts.join(', '))})` : ''}`;
}
async function add(ctx) {
    const { flags } = ctx.args;
    const title = ctx.config.incidentTitle; // `--title` is shared with the incident command
    const now = ctx.now();
    const topics = flags.request ? await readRequest(ctx, flags.request, now) : title ? [title] : [];
    const fields = {
        id: flags.id,
        brief: flags.brief,
        keywords: flags.keywords,
        priority: flags.priority,
        publish_at: flags['publish-at'],
        content: flags.content,
        content_path: flags['content-path'],
    };
    const store = await queueStore(ctx);
    if (ctx.config.dryRun) {
        // The same checks as a real add, against the queue as it is now; nothing is written.
        const planned = rowsToAdd(topics, fields, (await store.list()).map((r) => r.id), now);
        if (!planned.ok)
            throw new errors/* UserError */.yo(planned.message);
        ctx.say([...planned.rows.map((r) => describeRow(r, 'would add')), 'Dry run: nothing was written.'].join('\n'));
        ctx.result({ dry_run: true, rows: planned.rows }, { asIs: true });
        return 0;
    }
    const added = await store.transact((rows) => {
        const planned = rowsToAdd(topics, fields, rows.map((r) => r.id), now);
        // A refused add writes nothing: the message goes back out of the transaction.
        return planned.ok ? { append: planned.rows, result: planned } : { result: planned };
    });
    if (!added.ok)
        throw new errors/* UserError */.yo(added.message);
    ctx.say(added.rows.map((r) => describeRow(r, 'added')).join('\n'));
    ctx.result(added.rows, { asIs: true });
    return 0;
}
async function change(ctx, command) {
    const id = ctx.args.flags.id;
    if (!id)
        throw new errors/* UserError */.yo(`queue ${command} needs --id ID`);
    const by = ctx.args.flags.approver ?? ctx.args.flags.by ?? ctx.owner;
    const now = ctx.now();
    const outcome = await (await queueStore(ctx)).transact((rows) => {
        const row = rows.find((r) => r.id === id);
        if (!row)
            return { result: { ok: false, message: `no row with id "${id}" in the queue` } };
        const applied = applyQueueCommand(row, command, { by, now, reason: ctx.args.flags.reason });
        return applied.ok ? { update: [applied.row], result: applied } : { result: applied };
    });
    if (!outcome.ok)
        throw new errors/* UserError */.yo(outcome.message);
    ctx.say(`${safe(id)}: ${outcome.row.status}`);
    ctx.result(publicRow(outcome.row), { asIs: true });
    return 0;
}
/**
 * Restore a live article to the newest version an UPDATE kept of it. Exit 0
 * when the store holds the version again (read back) and the run log has its
 * row (or on a dry run); 1 when either is not so; 2 (UserError) when the row
 * is missing or not PUBLISHED or no version is kept — nothing changed then.
 */
async function rollback(ctx) {
    const id = ctx.args.flags.id;
    if (!id)
        throw new errors/* UserError */.yo('queue rollback needs --id ID');
    if ((0,data_plane/* queueBackendOf */.z3)(ctx.config, 'local') === 'local')
        (0,context/* requireStateFolder */.FI)(ctx);
    const data = await (0,data_plane/* buildDataPlane */.lf)(ctx.config, ctx.wiring);
    const versions = (0,wiring_versions/* buildVersionStore */.s)(ctx.config, { ...ctx.wiring, controlPlane: 'local' });
    await data.publisher.prepare?.();
    const result = await rollbackItem({ queue: data.queue, runLog: data.runLog, publisher: data.publisher, versions, now: ctx.now }, { id, dryRun: ctx.config.dryRun, runId: ctx.runId, traceId: ctx.traceId, versionsWhere: versions.where });
    // The local site's index page and records file follow the change (a no-op for Shopify).
    if (!result.dry_run && result.changed.length > 0)
        await data.publisher.flush?.();
    ctx.say(result.lines.map(safe).join('\n'));
    ctx.result(result, { asIs: true });
    const done = result.dry_run || result.changed.length === 0 || (result.not_restored.length === 0 && result.logged);
    return done ? 0 : 1;
}
async function queueCommand(ctx, rest) {
    const [sub] = rest;
    switch (sub) {
        case 'list':
            return list(ctx);
        case 'add':
            return add(ctx);
        case 'approve':
        case 'reject':
        case 'retry':
        case 'cancel':
            return change(ctx, sub);
        case 'rollback':
            return rollback(ctx);
        default:
            throw new errors/* UserError */.yo(`queue needs a subcommand: list, add, approve, reject, retry, cancel or rollback (got "${sub ?? ''}")`);
    }
}


/***/ }),

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

/***/ 8068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ inputOfFields),
/* harmony export */   E0: () => (/* binding */ changedFields),
/* harmony export */   NZ: () => (/* binding */ fieldsOfInput)
/* harmony export */ });
/**
 * What an article input would set (the handle is the article's own: an update
 * never moves it). Takes any value with the fields (an input or a kept version)
 * and copies only those, lists and objects included.
 */
function fieldsOfInput(input) {
    return {
        handle: input.handle,
        title: input.title,
        summary: input.summary,
        body_html: input.body_html,
        tags: [...input.tags],
        ...(input.author !== undefined && { author: input.author }),
        ...(input.image && { image: { ...input.image } }),
        ...(input.seo && { seo: { ...input.seo } }),
    };
}
/** The input that writes a kept version back to its article (live: it is a published article). */
function inputOfFields(itemId, fields) {
    return { item_id: itemId, ...fieldsOfInput(fields), published: true };
}
const sameList = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
/**
 * The fields `wanted` sets that `current` does not already have, by name.
 * A field `wanted` leaves out (no author, no image, no SEO) is not compared:
 * an update without it leaves the store's value as it is.
 */
function changedFields(current, wanted) {
    const changed = [];
    if (current.title !== wanted.title)
        changed.push('title');
    if (current.summary !== wanted.summary)
        changed.push('summary');
    if (current.body_html !== wanted.body_html)
        changed.push('body');
    if (!sameList(current.tags, wanted.tags))
        changed.push('tags');
    if (wanted.author !== undefined && (current.author ?? '') !== wanted.author)
        changed.push('author');
    if (wanted.image &&
        ((current.image?.url ?? '') !== wanted.image.url || (current.image?.altText ?? '') !== wanted.image.altText))
        changed.push('image');
    if (wanted.seo &&
        ((current.seo?.title ?? '') !== wanted.seo.title || (current.seo?.description ?? '') !== wanted.seo.description))
        changed.push('seo');
    return changed;
}


/***/ }),

/***/ 3293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ slugify)
/* harmony export */ });
// Handles and ids from titles: lower-case ASCII words joined by hyphens.
// Accents are folded (NFKD, combining marks dropped); other scripts drop out.
// Latin letters NFKD does not decompose (they are letters of their own, not
// base + accent); a handful, so a table beats a transliteration dependency.
const LATIN_EXTRA = {
    ß: 'ss',
    æ: 'ae',
    œ: 'oe',
    ø: 'o',
    ł: 'l',
    đ: 'd',
    ð: 'd',
    þ: 'th',
    ı: 'i',
};
function slugify(text, max = 80) {
    const slug = text
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[ßæœøłđðþı]/g, (letter) => LATIN_EXTRA[letter] ?? '')
        .replace(/&/g, ' and ')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    if (slug.length <= max)
        return slug;
    // Cut at a word boundary when there is one.
    const cut = slug.slice(0, max);
    return cut.replace(/-+[^-]*$/, '') || cut;
}


/***/ }),

/***/ 3332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a1: () => (/* binding */ claimedFrom),
/* harmony export */   bU: () => (/* binding */ leaseTimeText),
/* harmony export */   fH: () => (/* binding */ claimedForFirstPublication),
/* harmony export */   j6: () => (/* binding */ leaseUntilCell),
/* harmony export */   sB: () => (/* binding */ withLeaseTime)
/* harmony export */ });
/** The claimable states a row can be claimed from besides PENDING (eligibility.ts): the ones the mark names. */
const MARKED = new Set(['APPROVED', 'AWAITING_APPROVAL', 'SCHEDULED', 'UPDATE']);
/** Claimed for its first publication: a live article found on recovery is this item's, published by the dead run. */
const FIRST_PUBLICATION = new Set([
    'PENDING',
    'APPROVED',
    'AWAITING_APPROVAL',
    'SCHEDULED',
]);
const MARK = /\s*\(from ([A-Za-z_]+)\)\s*$/;
/** The lease_until cell of a claim: the time, and the state it was claimed from unless PENDING. */
function leaseUntilCell(until, from) {
    const time = until.toISOString();
    return MARKED.has(from) ? `${time} (from ${from})` : time;
}
/** The time part of a lease_until cell (the cell without its mark). */
function leaseTimeText(cell) {
    return cell.replace(MARK, '').trim();
}
/** The cell with its time replaced and its mark kept (a renewed or shortened lease is the same claim). */
function withLeaseTime(cell, until) {
    const mark = MARK.exec(cell)?.[1]?.toUpperCase();
    return leaseUntilCell(until, mark && MARKED.has(mark) ? mark : 'PENDING');
}
/**
 * The state the row's current claim was taken from, read from its lease —
 * the state an expired lease returns the row to: PENDING when the lease has
 * no (known) mark (a claim from PENDING, or one written before the mark).
 */
function claimedFrom(row) {
    const mark = MARK.exec(row.lease_until)?.[1]?.toUpperCase();
    return mark && MARKED.has(mark) ? mark : 'PENDING';
}
/**
 * Whether a live article found for the row may be taken as this claim's work
 * done (written PUBLISHED without redoing it): only for a first publication.
 * An UPDATE's article was live before the claim, so it proves nothing.
 */
function claimedForFirstPublication(row) {
    return FIRST_PUBLICATION.has(claimedFrom(row));
}


/***/ }),

/***/ 7798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ie: () => (/* binding */ cellText),
/* harmony export */   VI: () => (/* binding */ toAwaitingApproval),
/* harmony export */   VQ: () => (/* binding */ toFailed),
/* harmony export */   X$: () => (/* binding */ toClaimed),
/* harmony export */   Ym: () => (/* binding */ toRetry),
/* harmony export */   ad: () => (/* binding */ toPublished),
/* harmony export */   o1: () => (/* binding */ toBlocked),
/* harmony export */   zI: () => (/* binding */ toScheduled)
/* harmony export */ });
/* harmony import */ var _claimed_from__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3332);

/** Single-line and bounded: these cells are read by people in a spreadsheet. */
function cellText(text, max = 500) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
function moved(row, status, stamp, fields = {}) {
    return {
        ...row,
        ...fields,
        status,
        lease_owner: '',
        lease_until: '',
        updated_at: stamp.now.toISOString(),
        run_id: stamp.runId,
    };
}
function withArticle(article) {
    return {
        article_id: article.id,
        article_url: article.url,
        handle: article.handle,
        attempts: '0',
        next_attempt_at: '',
        last_error: '',
    };
}
function toAwaitingApproval(row, args) {
    const approval = row.approval.trim().toLowerCase() === 'approved' ? row.approval : 'pending';
    return moved(row, 'AWAITING_APPROVAL', args, { ...withArticle(args.article), approval });
}
function toPublished(row, args) {
    return moved(row, 'PUBLISHED', args, withArticle(args.article));
}
/**
 * Sent to the store with its future publish_at: the store shows it then,
 * with or without a run. A publish run after publish_at looks it up and
 * marks it PUBLISHED once it is live.
 */
function toScheduled(row, args) {
    return moved(row, 'SCHEDULED', args, withArticle(args.article));
}
/**
 * Back to the queue after `nextAttemptAt`. `status` is the state to return to
 * (default PENDING): a publish of an APPROVED draft that failed should go back
 * to APPROVED, so the next run publishes the text the human approved.
 */
function toRetry(row, args) {
    return moved(row, args.status ?? 'PENDING', args, {
        next_attempt_at: args.nextAttemptAt.toISOString(),
        last_error: cellText(args.error),
    });
}
function toFailed(row, args) {
    return moved(row, 'FAILED', args, { last_error: cellText(args.error), next_attempt_at: '' });
}
/**
 * Parked for a human: `notes` says why, `[CODES] reason` (the reason does
 * not repeat the codes). An earlier attempt's `last_error` is cleared, so a
 * blocked row never shows a stale reason next to the current one.
 */
function toBlocked(row, args) {
    const codes = args.codes.length > 0 ? `[${args.codes.join(', ')}] ` : '';
    return moved(row, 'BLOCKED', args, {
        notes: cellText(`${codes}${args.reason}`),
        next_attempt_at: '',
        last_error: '',
    });
}
/** Taken by a worker until `leaseUntil`; the lease keeps the state it was claimed from (claimed-from.ts). */
function toClaimed(row, args) {
    return {
        ...row,
        status: 'IN_PROGRESS',
        lease_owner: args.owner,
        lease_until: (0,_claimed_from__WEBPACK_IMPORTED_MODULE_0__/* .leaseUntilCell */ .j6)(args.leaseUntil, args.from),
        attempts: String(args.attempts),
        updated_at: args.now.toISOString(),
        run_id: args.runId,
    };
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


/***/ }),

/***/ 355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ buildVersionStore)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _data_plane__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8687);
/* harmony import */ var _github_options__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18);
// Where the update path keeps an article's previous versions (VersionStore),
// with the queue: `versions.jsonl` on the state branch when the queue is
// there (repo), `<state>/versions.jsonl` when it is the local file. With
// Sheets, the state branch in an action (a runner's folder is gone after the
// job) and wherever a GitHub token and repository are configured, so the CLI
// finds what the workflows kept; else the state folder. Not a Versions tab:
// a kept version holds a whole article body, and a Sheets cell holds at most
// 50,000 characters. Each adapter is loaded on first use: a run that updates
// nothing never loads it (issue 12).



function lazy(where, make) {
    let store;
    const get = () => {
        store ??= make().catch((error) => {
            store = undefined;
            throw error;
        });
        return store;
    };
    return {
        where,
        append: async (version) => (await get()).append(version),
        latest: async (itemId) => (await get()).latest(itemId),
    };
}
function buildVersionStore(config, ctx) {
    const backend = (0,_data_plane__WEBPACK_IMPORTED_MODULE_1__/* .queueBackendOf */ .z3)(config, ctx.controlPlane);
    const onBranch = backend === 'repo' ||
        (backend === 'sheets' && (ctx.controlPlane === 'actions' || Boolean(config.githubToken && config.repository)));
    if (!onBranch) {
        return lazy((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(ctx.paths.root, 'versions.jsonl'), async () => {
            const { JsonlVersionStore } = await Promise.all(/* import() */[__webpack_require__.e(3648), __webpack_require__.e(8816), __webpack_require__.e(4178)]).then(__webpack_require__.bind(__webpack_require__, 4178));
            return new JsonlVersionStore({ stateDir: ctx.paths.root, log: ctx.log });
        });
    }
    return lazy(`${config.repository ?? 'the repository'}:versions.jsonl@${config.stateBranch}`, async () => {
        const { GitHubRepoVersionStore } = await Promise.all(/* import() */[__webpack_require__.e(3648), __webpack_require__.e(8816), __webpack_require__.e(9601), __webpack_require__.e(7050), __webpack_require__.e(1982)]).then(__webpack_require__.bind(__webpack_require__, 1982));
        return new GitHubRepoVersionStore({ ...(0,_github_options__WEBPACK_IMPORTED_MODULE_2__/* .gitHubOptions */ .u)(config, ctx), branch: config.stateBranch, logger: ctx.log });
    });
}


/***/ })

};
