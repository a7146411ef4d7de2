export const id = 8246;
export const ids = [8246];
export const modules = {

/***/ 3927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GM: () => (/* binding */ readQueueTable),
/* harmony export */   cu: () => (/* binding */ queueLayout),
/* harmony export */   wD: () => (/* binding */ planQueueWrite),
/* harmony export */   x2: () => (/* binding */ queueRowAt)
/* harmony export */ });
/* unused harmony exports syntheticColumnName, queueRowsOf */
/* harmony import */ var _domain_content_text__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6549);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _model__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6388);
// The queue as a table of text cells — a header row and data rows, as a CSV
// file or a Sheets tab holds it — and the two pure steps every queue store
// shares: reading QueueRows out of it, and planning the cell edits a
// QueueChange makes. The CSV store and the Sheets store differ only in how
// they fetch the cells and how they write the edits back.
//
// Rules (DESIGN §4): columns are matched by trimmed, case-insensitive header
// name; unknown columns are kept, in place, as `extra`; values are text and
// never reinterpreted; a known column missing from the header is added (at
// the end) only when a write puts a value in it.



const KNOWN = new Set(_model__WEBPACK_IMPORTED_MODULE_0__/* .QUEUE_COLUMNS */ .W_);
/** The name of a column with no usable header cell (blank, duplicate, or past the header's end). */
function syntheticColumnName(col) {
    return `column_${col + 1}`;
}
function queueLayout(table, source) {
    const known = new Map();
    const extra = new Map();
    const warnings = [];
    const width = Math.max(table.header.length, ...table.rows.map((cells) => cells.length));
    const usedExtra = new Set();
    for (let col = 0; col < width; col++) {
        const raw = table.header[col];
        const name = raw?.trim() ?? '';
        const lower = name.toLowerCase();
        if (KNOWN.has(lower)) {
            const column = lower;
            const first = known.get(column);
            if (first !== undefined) {
                throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${source}: column '${column}' appears twice in the header (columns ${first + 1} and ${col + 1}); keep one.`);
            }
            known.set(column, col);
            continue;
        }
        let key = name;
        if (key === '' || usedExtra.has(key) || KNOWN.has(key.toLowerCase()))
            key = syntheticColumnName(col);
        if (raw === undefined) {
            warnings.push(`${source}: some rows have more cells than the header's ${table.header.length} columns; ` +
                `column ${col + 1} is kept as '${key}'.`);
        }
        usedExtra.add(key);
        extra.set(col, key);
    }
    if (!known.has('id') && (table.header.length > 0 || table.rows.some((cells) => !isBlank(cells)))) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${source}: the header has no 'id' column (found: ${table.header.map((h) => `'${h}'`).join(', ')}); ` +
            `expected a header row naming at least 'id', e.g. ${_model__WEBPACK_IMPORTED_MODULE_0__/* .QUEUE_COLUMNS */ .W_.slice(0, 4).join(',')}.`);
    }
    return { known, extra, width, warnings };
}
function isBlank(cells) {
    return cells.every((cell) => cell.trim() === '');
}
/** The QueueRow of the data row at `index` (0-based); undefined for a wholly blank row. */
function queueRowAt(cells, index, layout) {
    if (isBlank(cells))
        return undefined;
    const row = { row: index + 1, extra: {} };
    for (const column of _model__WEBPACK_IMPORTED_MODULE_0__/* .QUEUE_COLUMNS */ .W_) {
        const col = layout.known.get(column);
        row[column] = col === undefined ? '' : (cells[col] ?? '');
    }
    for (const [col, key] of layout.extra)
        row.extra[key] = cells[col] ?? '';
    return row;
}
/** The table's data rows as QueueRows; wholly blank rows are skipped but still counted in `row`. */
function queueRowsOf(table, layout) {
    const rows = [];
    table.rows.forEach((cells, index) => {
        const row = queueRowAt(cells, index, layout);
        if (row)
            rows.push(row);
    });
    return rows;
}
/** Read a table into QueueRows (with the layout's warnings). */
function readQueueTable(table, source) {
    const layout = queueLayout(table, source);
    return { rows: queueRowsOf(table, layout), warnings: layout.warnings };
}
/**
 * Plan the writes of a QueueChange: the new table plus the exact cells that
 * differ. Cells the change does not alter are not in `edits`, so a store that
 * writes only `edits` leaves everything else (formulas, formatting) alone.
 */
function planQueueWrite(table, change, source) {
    const layout = queueLayout(table, source);
    const header = [...table.header];
    // Rows are copied when an update changes them, not all of them on every write.
    const rows = table.rows.slice();
    const edits = [];
    const extraCols = new Map([...layout.extra].map(([col, key]) => [key, col]));
    let width = layout.width;
    // A table without a header (missing file, empty tab) gets every known column.
    if (header.length === 0 && ((change.update?.length ?? 0) > 0 || (change.append?.length ?? 0) > 0)) {
        _model__WEBPACK_IMPORTED_MODULE_0__/* .QUEUE_COLUMNS */ .W_.forEach((column, col) => {
            header[col] = column;
            layout.known.set(column, col);
            edits.push({ row: 0, col, value: column });
        });
        width = Math.max(width, header.length);
    }
    const addColumn = (name) => {
        const col = width++;
        while (header.length < col)
            header.push('');
        header[col] = name;
        edits.push({ row: 0, col, value: name });
        return col;
    };
    const knownCol = (column, value) => {
        const col = layout.known.get(column);
        if (col !== undefined || value === '')
            return col;
        const added = addColumn(column);
        layout.known.set(column, added);
        return added;
    };
    const extraCol = (key, value) => {
        const col = extraCols.get(key);
        if (col !== undefined || value === '')
            return col;
        const added = addColumn(key);
        extraCols.set(key, added);
        return added;
    };
    const cellsOf = (row) => {
        const cells = [];
        for (const column of _model__WEBPACK_IMPORTED_MODULE_0__/* .QUEUE_COLUMNS */ .W_) {
            const value = row[column] ?? '';
            const col = knownCol(column, value);
            if (col !== undefined)
                cells.push([col, value]);
        }
        for (const [key, value] of Object.entries(row.extra ?? {})) {
            const col = extraCol(key, value);
            if (col !== undefined)
                cells.push([col, value]);
        }
        return cells;
    };
    const updates = [...(change.update ?? [])].sort((a, b) => a.row - b.row);
    for (const update of updates) {
        const original = rows[update.row - 1];
        if (!Number.isInteger(update.row) || !original) {
            throw new Error(`${source}: an update names row ${update.row}, but the table has ${rows.length} data rows`);
        }
        const cells = [...original];
        rows[update.row - 1] = cells;
        for (const [col, raw] of cellsOf(update)) {
            // An unchanged cell is left as the human wrote it; what we write has no control characters.
            if ((cells[col] ?? '') === raw)
                continue;
            const value = (0,_domain_content_text__WEBPACK_IMPORTED_MODULE_2__/* .stripControlChars */ .BF)(raw);
            if ((cells[col] ?? '') === value)
                continue;
            while (cells.length < col)
                cells.push('');
            cells[col] = value;
            edits.push({ row: update.row, col, value });
        }
    }
    const appendedCells = (change.append ?? []).map(cellsOf);
    const appended = appendedCells.map((pairs) => {
        const cells = Array.from({ length: header.length }, () => '');
        for (const [col, value] of pairs)
            cells[col] = (0,_domain_content_text__WEBPACK_IMPORTED_MODULE_2__/* .stripControlChars */ .BF)(value);
        return cells;
    });
    rows.push(...appended);
    edits.sort((a, b) => a.row - b.row || a.col - b.col);
    return { table: { header, rows }, edits, appended };
}


/***/ }),

/***/ 5716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ isSince),
/* harmony export */   Aj: () => (/* binding */ runLogPositions),
/* harmony export */   R7: () => (/* binding */ runLogKey),
/* harmony export */   YM: () => (/* binding */ runLogRowOfCells),
/* harmony export */   j9: () => (/* binding */ runLogCells),
/* harmony export */   yA: () => (/* binding */ runLogRowFrom)
/* harmony export */ });
/* harmony import */ var _domain_content_text__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6549);
/* harmony import */ var _model__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6388);
/* harmony import */ var _util_iso_time__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3357);
// A run-log row as table cells and back, shared by the CSV file and the
// Sheets tab. Cells are matched by header name; numbers parse ('' is 0);
// error codes are joined by '|'. A row that does not parse is reported, not
// thrown: one bad line must not stop reconcile from reading a year of log.



const NUMERIC = ['attempts', 'duration_ms', 'tokens_in', 'tokens_out', 'cost_usd'];
const GATES = ['', 'PASS', 'RETRY', 'BLOCK'];
/**
 * The row's cells in RUN_LOG_COLUMNS order; numbers stay numbers (Sheets
 * stores them as such). Text cells lose control characters and line breaks,
 * so every record of the log is one line (an id with a newline cannot forge one).
 */
function runLogCells(row) {
    return _model__WEBPACK_IMPORTED_MODULE_0__/* .RUN_LOG_COLUMNS */ .pt.map((column) => {
        const value = column === 'error_codes' ? row.error_codes.join('|') : row[column];
        return typeof value === 'string' ? (0,_domain_content_text__WEBPACK_IMPORTED_MODULE_1__/* .stripControlChars */ .BF)(value, { singleLine: true }) : value;
    });
}
/** Normalise a header cell for matching. */
function runLogKey(header) {
    return header.trim().toLowerCase();
}
const MODE_SET = new Set(_model__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN);
const OUTCOME_SET = new Set(_model__WEBPACK_IMPORTED_MODULE_0__/* .OUTCOMES */ .im);
const GATE_SET = new Set(GATES);
const ABSENT = -1;
/**
 * Where each run-log column sits among a header's normalised cells (the
 * first one of that name; ABSENT when the header lacks it), in
 * RUN_LOG_COLUMNS order: computed once per file, then every row is read by
 * position instead of through an object keyed by name.
 */
function runLogPositions(keys) {
    return _model__WEBPACK_IMPORTED_MODULE_0__/* .RUN_LOG_COLUMNS */ .pt.map((column) => keys.indexOf(column));
}
const IN_ORDER = runLogPositions(_model__WEBPACK_IMPORTED_MODULE_0__/* .RUN_LOG_COLUMNS */ .pt);
const at = (column) => _model__WEBPACK_IMPORTED_MODULE_0__/* .RUN_LOG_COLUMNS */ .pt.indexOf(column);
const AT = at('at');
const RUN_ID = at('run_id');
const TRACE_ID = at('trace_id');
const MODE = at('mode');
const ITEM_ID = at('item_id');
const OUTCOME = at('outcome');
const GATE = at('gate');
const ERROR_CODES = at('error_codes');
const NUMERIC_AT = NUMERIC.map(at);
const ARTICLE_ID = at('article_id');
function cell(cells, positions, index) {
    const position = positions[index];
    if (position === ABSENT)
        return '';
    const value = cells[position];
    if (typeof value === 'string')
        return value.trim();
    return value === undefined || value === null ? '' : String(value).trim();
}
const NUMBERS = new Float64Array(NUMERIC.length);
const placeOf = (where) => (typeof where === 'string' ? where : where());
function errorCodes(text) {
    if (text === '')
        return [];
    if (!text.includes('|'))
        return [text];
    return text
        .split('|')
        .map((code) => code.trim())
        .filter((code) => code !== '');
}
/**
 * Build a row from a record's cells, `positions` saying where each run-log
 * column is (runLogPositions). `where` names the file and line in messages;
 * a function is only called for a row that does not parse (the reader of a
 * million-row log does not build a million messages).
 */
function runLogRowOfCells(cells, positions, where) {
    const at = cell(cells, positions, AT);
    if (at === '' || Number.isNaN((0,_util_iso_time__WEBPACK_IMPORTED_MODULE_2__/* .parseIsoTime */ .s)(at))) {
        return { ok: false, problem: `${placeOf(where)}: 'at' is '${at}', expected an ISO 8601 time; row skipped` };
    }
    const mode = cell(cells, positions, MODE);
    if (!MODE_SET.has(mode)) {
        return { ok: false, problem: `${placeOf(where)}: mode '${mode}' is not one of ${_model__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN.join(', ')}; row skipped` };
    }
    const outcome = cell(cells, positions, OUTCOME);
    if (!OUTCOME_SET.has(outcome)) {
        return {
            ok: false,
            problem: `${placeOf(where)}: outcome '${outcome}' is not one of ${_model__WEBPACK_IMPORTED_MODULE_0__/* .OUTCOMES */ .im.join(', ')}; row skipped`,
        };
    }
    const rawGate = cell(cells, positions, GATE);
    const gate = GATE_SET.has(rawGate) ? rawGate : rawGate.toUpperCase();
    if (!GATE_SET.has(gate)) {
        return { ok: false, problem: `${placeOf(where)}: gate '${gate}' is not PASS, RETRY, BLOCK or empty; row skipped` };
    }
    // Reused (the function runs to its end without yielding): no array per row.
    const numbers = NUMBERS;
    for (let n = 0; n < NUMERIC.length; n++) {
        const raw = cell(cells, positions, NUMERIC_AT[n]);
        const value = raw === '' ? 0 : Number(raw);
        if (!Number.isFinite(value)) {
            return { ok: false, problem: `${placeOf(where)}: ${NUMERIC[n]} '${raw}' is not a number; row skipped` };
        }
        numbers[n] = value;
    }
    return {
        ok: true,
        row: {
            at,
            run_id: cell(cells, positions, RUN_ID),
            trace_id: cell(cells, positions, TRACE_ID),
            mode: mode,
            item_id: cell(cells, positions, ITEM_ID),
            outcome: outcome,
            gate: gate,
            error_codes: errorCodes(cell(cells, positions, ERROR_CODES)),
            attempts: numbers[0],
            duration_ms: numbers[1],
            tokens_in: numbers[2],
            tokens_out: numbers[3],
            cost_usd: numbers[4],
            article_id: cell(cells, positions, ARTICLE_ID),
        },
    };
}
/** Build a row from cells keyed by normalised header name; `where` names the file and line in messages. */
function runLogRowFrom(record, where) {
    return runLogRowOfCells(_model__WEBPACK_IMPORTED_MODULE_0__/* .RUN_LOG_COLUMNS */ .pt.map((column) => record[column]), IN_ORDER, where);
}
/** True when the row is at or after `since` (always when `since` is omitted). */
function isSince(row, since) {
    return since === undefined || (0,_util_iso_time__WEBPACK_IMPORTED_MODULE_2__/* .parseIsoTime */ .s)(row.at) >= since.getTime();
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

/***/ 8246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SheetsQueueStore: () => (/* reexport */ SheetsQueueStore),
  SheetsRunLog: () => (/* reexport */ SheetsRunLog),
  SheetsValuesClient: () => (/* reexport */ SheetsValuesClient),
  createSheetsAuth: () => (/* reexport */ auth/* createSheetsAuth */.T)
});

// UNUSED EXPORTS: SHEETS_SCOPE

// EXTERNAL MODULE: ./packages/core/src/adapters/sheets/auth.ts
var auth = __webpack_require__(4061);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/adapters/local/csv-table.ts
var csv_table = __webpack_require__(3927);
// EXTERNAL MODULE: ./packages/core/src/adapters/sheets/a1.ts
var a1 = __webpack_require__(5869);
// EXTERNAL MODULE: ./node_modules/@googleapis/sheets/build/index.js
var build = __webpack_require__(7144);
// EXTERNAL MODULE: ./packages/core/src/util/abort.ts
var abort = __webpack_require__(2332);
// EXTERNAL MODULE: ./packages/core/src/util/http-retry.ts
var http_retry = __webpack_require__(4735);
;// CONCATENATED MODULE: ./packages/core/src/adapters/sheets/request-budget.ts
// A per-minute request budget for one Sheets client, shared by the queue
// store and the run log. Written by hand: rate limiters on npm (bottleneck,
// p-throttle) count a request from the moment it is sent, so a request that
// left at 0 s and one that left at 60 s can reach Google 59.9 s apart and
// both land in Google's minute. Here a request holds its slot from the moment
// it is sent until a full minute after its answer came back; the server,
// whatever its clock, never sees more than `perMinute` requests in a minute.
/** The least a caller waits when every slot is held by a request still in flight. */
const IN_FLIGHT_POLL_MS = 250;
const MINUTE_MS = 60_000;
class RequestBudget {
    options;
    perMinute;
    /** One entry per slot in use: when its request was answered, or Infinity while it is in flight. */
    slots = [];
    /** What `take` has waited so far, for the run's throttle metrics. */
    waited = { waits: 0, waitedMs: 0 };
    constructor(options) {
        this.options = options;
        this.perMinute = Math.max(1, Math.floor(options.perMinute));
    }
    /** Waits until a slot is free, takes it, and returns what to call when the request is answered. */
    async take() {
        for (;;) {
            const now = this.options.clock();
            this.dropExpired(now);
            if (this.slots.length < this.perMinute) {
                const slot = { answeredAt: Number.POSITIVE_INFINITY };
                this.slots.push(slot);
                return () => {
                    // The first call counts: a retry's backoff must not push the answer time later.
                    if (slot.answeredAt === Number.POSITIVE_INFINITY)
                        slot.answeredAt = this.options.clock();
                };
            }
            const wait = this.waitFor(now);
            this.waited.waits++;
            this.waited.waitedMs += wait;
            await this.options.sleep(wait);
        }
    }
    /** Sleeps taken waiting for a slot, and their total length in milliseconds. */
    stats() {
        return { ...this.waited };
    }
    /** Slots in use now (in flight, or answered less than a minute ago). */
    inUse(now = this.options.clock()) {
        this.dropExpired(now);
        return this.slots.length;
    }
    dropExpired(now) {
        for (let i = this.slots.length - 1; i >= 0; i--) {
            if (this.slots[i].answeredAt + MINUTE_MS <= now)
                this.slots.splice(i, 1);
        }
    }
    /** Until the earliest answered slot frees; a short poll when all slots are still in flight. */
    waitFor(now) {
        const earliest = Math.min(...this.slots.map((s) => s.answeredAt));
        return Number.isFinite(earliest) ? Math.max(1, earliest + MINUTE_MS - now) : IN_FLIGHT_POLL_MS;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/adapters/sheets/values-client.ts
// The few Sheets v4 values calls the adapters make, with the politeness a
// shared quota needs: a per-minute request budget that waits rather than
// fails, and retries of 429 RESOURCE_EXHAUSTED, 5xx and network errors with
// exponential backoff and jitter. The googleapis client's own retry is turned
// off: it does not retry POSTs (our writes), and one policy for all calls
// keeps the counts in stats() honest. Answers we cannot use become clear
// errors: a missing tab or spreadsheet, or refused access, is the user's to
// fix (UserError); the rest is a ServiceError with Google's message.
// Each request carries its own timeout and the run's signal (gaxios takes a
// `signal` per call); once the run's signal fired, nothing is retried.






const SERVICE = 'Google Sheets';
/** 1 s, 2 s, 4 s, … up to 32 s, each 50–100 % of its step. */
const SHEETS_BACKOFF = { baseMs: 1_000, capMs: 32_000 };
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
class SheetsValuesClient {
    options;
    spreadsheetId;
    api;
    sleep;
    clock;
    random;
    budget;
    maxAttempts;
    counts = { requests: 0, retries: 0 };
    constructor(options) {
        this.options = options;
        this.spreadsheetId = options.spreadsheetId;
        this.api = (0,build/* sheets */.HZ)({
            version: 'v4',
            auth: (0,auth/* createSheetsAuth */.T)(options.auth),
            ...(options.apiUrl ? { rootUrl: options.apiUrl } : {}),
            retry: false,
        });
        this.sleep = options.sleep ?? defaultSleep;
        this.clock = options.clock ?? Date.now;
        this.random = options.random ?? Math.random;
        this.budget = new RequestBudget({
            perMinute: options.requestBudgetPerMinute ?? 60,
            clock: this.clock,
            sleep: this.sleep,
        });
        this.maxAttempts = Math.max(1, options.maxAttempts ?? 5);
    }
    stats() {
        return { ...this.counts };
    }
    /** Waits for the request budget (a free slot in the minute) and their total length. */
    throttleStats() {
        const { waits, waitedMs } = this.budget.stats();
        return { throttleWaits: waits, throttleWaitMs: waitedMs };
    }
    /** Rows of a range; Sheets leaves out trailing empty cells and rows. */
    async get(range, render) {
        const data = await this.call(range, (signal) => this.api.spreadsheets.values.get({ spreadsheetId: this.spreadsheetId, range, valueRenderOption: render, majorDimension: 'ROWS' }, { signal }));
        return (data.values ?? []);
    }
    /** Write several ranges in one request, values stored as given (RAW). */
    async batchUpdate(data) {
        if (data.length === 0)
            return;
        await this.call(data[0]?.range ?? '', (signal) => this.api.spreadsheets.values.batchUpdate({
            spreadsheetId: this.spreadsheetId,
            requestBody: { valueInputOption: 'RAW', data: data.map((d) => ({ ...d, majorDimension: 'ROWS' })) },
        }, { signal }));
    }
    /** Add rows below the table found at `range` (RAW, inserting rows). */
    async append(range, values) {
        if (values.length === 0)
            return;
        await this.call(range, (signal) => this.api.spreadsheets.values.append({
            spreadsheetId: this.spreadsheetId,
            range,
            valueInputOption: 'RAW',
            insertDataOption: 'INSERT_ROWS',
            requestBody: { majorDimension: 'ROWS', values },
        }, { signal }));
    }
    async call(range, send) {
        const timeoutMs = this.options.requestTimeoutMs ?? abort/* DEFAULT_REQUEST_TIMEOUT_MS */.Zc;
        for (let attempt = 1;; attempt++) {
            (0,abort/* throwIfRunAborted */.IZ)();
            const release = await this.budget.take();
            this.counts.requests++;
            try {
                return (await send((0,abort/* requestSignal */.OL)(timeoutMs))).data;
            }
            catch (error) {
                release();
                (0,abort/* throwIfRunAborted */.IZ)();
                const failure = (0,abort/* isTimeoutError */.c8)(error)
                    ? { network: true, message: `no answer within ${timeoutMs / 1000} s` }
                    : describeFailure(error);
                if (isRetryable(failure) && attempt < this.maxAttempts) {
                    this.counts.retries++;
                    const wait = this.backoff(attempt, failure.retryAfterMs);
                    this.options.logger?.debug('Google Sheets busy; retrying', {
                        status: failure.status,
                        attempt,
                        wait_ms: wait,
                    });
                    await (0,http_retry/* waitBeforeRetry */.jy)(this.sleep, wait);
                    continue;
                }
                throw this.toError(failure, range, attempt);
            }
            finally {
                release();
            }
        }
    }
    /** An exponential step with jitter (half to all of it), at least what Retry-After asks. */
    backoff(attempt, retryAfterMs = 0) {
        return Math.max(retryAfterMs, (0,http_retry/* backoffMs */.jo)(attempt - 1, this.random, SHEETS_BACKOFF));
    }
    toError(failure, range, attempts) {
        const { status, message } = failure;
        const sheet = `spreadsheet '${this.spreadsheetId}'`;
        if (status === 400 && /unable to parse range/i.test(message)) {
            return new errors/* UserError */.yo(`${SERVICE}: ${sheet} has no tab for the range ${range} (${message}). Create the tab or set its name (sheets-queue-tab / sheets-runlog-tab).`);
        }
        if (status === 404) {
            return new errors/* UserError */.yo(`${SERVICE}: ${sheet} was not found (${message}); check sheets-id.`);
        }
        if (status === 401 || status === 403) {
            return new errors/* UserError */.yo(`${SERVICE}: access to ${sheet} was refused (${status}: ${message}); share the spreadsheet with the service account's client_email as an editor, or check the token.`);
        }
        const retryable = isRetryable(failure);
        const tried = retryable ? ` after ${attempts} attempts` : '';
        return new errors/* ServiceError */._7(SERVICE, `${message}${tried}`, status, retryable);
    }
}
function isRetryable(failure) {
    const { status } = failure;
    if (status === undefined)
        return failure.network;
    return status === 429 || failure.reason === 'RESOURCE_EXHAUSTED' || status >= 500;
}
/** Read a gaxios error without keeping it: it carries the request, Authorization header included. */
function describeFailure(error) {
    const e = error;
    const status = e.response?.status ?? e.status;
    const body = (e.response?.data ?? {});
    const headers = e.response?.headers;
    const retryAfter = typeof headers?.get === 'function' ? headers.get('retry-after') : undefined;
    const seconds = retryAfter ? Number(retryAfter) : Number.NaN;
    return {
        // A gaxios error (it carries the request config) without an HTTP status.
        network: e.config !== undefined && typeof status !== 'number',
        ...(typeof status === 'number' ? { status } : {}),
        ...(body.error?.status ? { reason: body.error.status } : {}),
        message: body.error?.message ?? (status ? `HTTP ${status}` : (e.message ?? String(error))),
        ...(Number.isFinite(seconds) ? { retryAfterMs: seconds * 1000 } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/adapters/sheets/queue-store.ts
// QueueStore on a Sheets tab. One read of the whole tab per list/transact,
// display values (FORMATTED_VALUE) so rows read as the humans see them; a
// transaction writes back only the cells it changed (RAW, one batchUpdate),
// so formulas and formatting in every other cell survive.
//
// No compare-and-set: Sheets has no transactions. Just before writing, the
// id column is read again and every row about to be written must still hold
// the id it held when planned (a human may have inserted or deleted rows);
// otherwise nothing is written and a retryable ServiceError is thrown.
// Two executors can still both claim one row between read and write, so
// callers re-read the rows they claimed (see services/executor).




class SheetsQueueStore {
    options;
    client;
    tab;
    source;
    constructor(options, client = new SheetsValuesClient(options)) {
        this.options = options;
        this.client = client;
        this.tab = options.queueTab ?? 'Queue';
        this.source = `Google Sheets tab '${this.tab}'`;
    }
    stats() {
        return this.client.stats();
    }
    async list() {
        return this.rowsOf(await this.readTable());
    }
    async transact(plan) {
        const table = await this.readTable();
        const change = plan(this.rowsOf(table));
        const write = (0,csv_table/* planQueueWrite */.wD)(table, change, this.source);
        const rowEdits = write.edits.filter((edit) => edit.row > 0);
        if (rowEdits.length > 0)
            await this.checkIdsUnchanged(table, rowEdits);
        await this.client.batchUpdate(this.ranges(write.edits));
        if (write.appended.length > 0) {
            // Search for the table from its last non-blank row: rows appended by
            // someone else meanwhile extend that table, so ours go below them.
            await this.client.append(`${(0,a1/* quoteTab */._H)(this.tab)}!A${lastFilledSheetRow(table)}`, write.appended);
        }
        return change.result;
    }
    async readTable() {
        const grid = await this.client.get((0,a1/* tabRange */.T5)(this.tab), 'FORMATTED_VALUE');
        const [header = [], ...rows] = grid.map((cells) => cells.map((cell) => String(cell ?? '')));
        return { header, rows };
    }
    rowsOf(table) {
        const { rows, warnings } = (0,csv_table/* readQueueTable */.GM)(table, this.source);
        for (const warning of warnings)
            this.options.logger?.warn(warning);
        return rows;
    }
    async checkIdsUnchanged(table, edits) {
        const idCol = (0,csv_table/* queueLayout */.cu)(table, this.source).known.get('id') ?? 0;
        const fresh = await this.client.get((0,a1/* columnRange */.w1)(this.tab, idCol, 2), 'FORMATTED_VALUE');
        for (const row of new Set(edits.map((edit) => edit.row))) {
            const planned = table.rows[row - 1]?.[idCol] ?? '';
            const now = String(fresh[row - 1]?.[0] ?? '');
            if (planned !== now) {
                throw new errors/* ServiceError */._7('Google Sheets', `${this.source} changed while writing: sheet row ${row + 1} held id '${planned}', now '${now}'. Nothing was written; try again.`, undefined, true);
            }
        }
    }
    /** One range per run of adjacent changed cells in a row (data row r is sheet row r + 1). */
    ranges(edits) {
        const ranges = [];
        let run = [];
        const flush = () => {
            const first = run[0];
            const last = run[run.length - 1];
            if (first && last) {
                ranges.push({
                    range: (0,a1/* rowRange */.sL)(this.tab, first.row + 1, first.col, last.col),
                    values: [run.map((e) => e.value)],
                });
            }
            run = [];
        };
        for (const edit of edits) {
            const last = run[run.length - 1];
            if (last && (last.row !== edit.row || last.col + 1 !== edit.col))
                flush();
            run.push(edit);
        }
        flush();
        return ranges;
    }
}
function lastFilledSheetRow(table) {
    for (let index = table.rows.length - 1; index >= 0; index--) {
        if ((table.rows[index] ?? []).some((cell) => cell.trim() !== ''))
            return index + 2;
    }
    return 1;
}

// EXTERNAL MODULE: ./packages/core/src/model.ts
var model = __webpack_require__(6388);
// EXTERNAL MODULE: ./packages/core/src/adapters/local/run-log-csv-row.ts
var run_log_csv_row = __webpack_require__(5716);
;// CONCATENATED MODULE: ./packages/core/src/adapters/sheets/run-log.ts
// RunLog on a Sheets tab: rows are appended (RAW, INSERT_ROWS), numbers as
// numbers so humans can chart them; reads go page by page (the API cannot
// stream a range, so a page of rows at a time keeps memory flat for a log of
// any length) with UNFORMATTED_VALUE so numbers come back exact. Columns are
// matched by header name; a missing header is written once.




/** Rows per read request (Google suggests keeping a request's payload under about 2 MB; 2,000 rows of ~20 cells is well under). */
const RUN_LOG_PAGE_ROWS = 2_000;
class SheetsRunLog {
    options;
    client;
    tab;
    pageRows;
    /** Position of each run-log column in the tab, once known. */
    positions;
    constructor(options, client = new SheetsValuesClient(options)) {
        this.options = options;
        this.client = client;
        this.tab = options.runLogTab ?? 'RunLog';
        this.pageRows = Math.max(1, options.runLogPageRows ?? RUN_LOG_PAGE_ROWS);
    }
    stats() {
        return this.client.stats();
    }
    async append(rows) {
        if (rows.length === 0)
            return;
        const positions = await this.columnPositions();
        const width = Math.max(...positions) + 1;
        const values = rows.map((row) => {
            const cells = Array.from({ length: width }, () => '');
            (0,run_log_csv_row/* runLogCells */.j9)(row).forEach((value, index) => {
                cells[positions[index]] = value;
            });
            return cells;
        });
        await this.client.append(`${(0,a1/* quoteTab */._H)(this.tab)}!A1`, values);
    }
    async *read(since) {
        const [header = []] = await this.client.get((0,a1/* rowsRange */.bP)(this.tab, 1, 1), 'UNFORMATTED_VALUE');
        const keys = header.map((cell) => (0,run_log_csv_row/* runLogKey */.R7)(String(cell)));
        // Pages until one comes back empty: Sheets leaves out trailing empty rows,
        // so a short page may still have rows after it (a page-long gap of empty
        // rows in an append-only log is taken as its end).
        for (let first = 2;; first += this.pageRows) {
            const rows = await this.client.get((0,a1/* rowsRange */.bP)(this.tab, first, first + this.pageRows - 1), 'UNFORMATTED_VALUE');
            if (rows.length === 0)
                return;
            for (const [index, cells] of rows.entries()) {
                if (cells.every((cell) => String(cell).trim() === ''))
                    continue;
                const record = Object.fromEntries(keys.map((key, col) => [key, cells[col] ?? '']));
                const parsed = (0,run_log_csv_row/* runLogRowFrom */.yA)(record, `Google Sheets tab '${this.tab}' row ${first + index}`);
                if (!parsed.ok) {
                    this.options.logger?.warn(parsed.problem);
                    continue;
                }
                if ((0,run_log_csv_row/* isSince */.$l)(parsed.row, since))
                    yield parsed.row;
            }
        }
    }
    /** Read the header once; write it (or its missing columns) when needed. */
    async columnPositions() {
        if (this.positions)
            return this.positions;
        const [header = []] = await this.client.get(`${(0,a1/* quoteTab */._H)(this.tab)}!1:1`, 'FORMATTED_VALUE');
        const keys = header.map((cell) => (0,run_log_csv_row/* runLogKey */.R7)(String(cell)));
        const added = [];
        const positions = model/* RUN_LOG_COLUMNS */.pt.map((column) => {
            const found = keys.indexOf(column);
            if (found >= 0)
                return found;
            added.push(column);
            return keys.length + added.length - 1;
        });
        if (added.length > 0) {
            await this.client.batchUpdate([
                { range: (0,a1/* rowRange */.sL)(this.tab, 1, keys.length, keys.length + added.length - 1), values: [added] },
            ]);
        }
        this.positions = positions;
        return positions;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/adapters/sheets/index.ts






/***/ }),

/***/ 6549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BF: () => (/* binding */ stripControlChars),
/* harmony export */   TN: () => (/* binding */ cleanDraft),
/* harmony export */   vh: () => (/* binding */ containsPhrase)
/* harmony export */ });
/* unused harmony export escapeRegExp */
// Text helpers for counting, comparing and cleaning. Plain text of markdown
// (rendered by marked, stripped by sanitize-html) is in plain-text.ts,
// re-exported here: a module that only cleans or compares text does not load
// the renderer (start-up, issue 12).


function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** A whole word or phrase, case-insensitive, any spacing between its words. */
function containsPhrase(text, phrase) {
    const words = phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
    if (!words)
        return true;
    return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const LINE_BREAKS_AND_TABS = /\r\n|[\t\n\r]/g;
/**
 * Text without C0/C1 control characters (NUL, ESC, BEL, DEL, …): they have no
 * place in a page, a cell or the store, and some (NUL) break what reads them.
 * Tab and line breaks stay as they are (a queue cell round-trips them);
 * with `singleLine` (titles, ids, log cells) each becomes one space.
 */
function stripControlChars(text, options = {}) {
    const cleaned = text.replace(CONTROL, '');
    return options.singleLine ? cleaned.replace(LINE_BREAKS_AND_TABS, ' ') : cleaned;
}
/** The draft's one-line optional fields (meta title, image, author, …). */
const LINE_FIELDS = ['meta_title', 'meta_description', 'image_url', 'image_alt', 'author', 'language'];
/** A draft fit for a page or the store: one-line title, tags and fields, control characters gone. */
function cleanDraft(draft) {
    const fields = {};
    for (const key of LINE_FIELDS) {
        const value = draft[key];
        if (typeof value === 'string')
            fields[key] = stripControlChars(value, { singleLine: true });
    }
    return {
        ...draft,
        ...fields,
        title: stripControlChars(draft.title, { singleLine: true }),
        summary: stripControlChars(draft.summary),
        body_markdown: stripControlChars(draft.body_markdown),
        tags: draft.tags.map((tag) => stripControlChars(tag, { singleLine: true })),
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

/***/ 3357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ parseIsoTime)
/* harmony export */ });
// Date.parse for run-log times, fast. Date.parse costs about half a
// microsecond — a second per million rows, read twice (the reader checks
// `at`, the report buckets it) — while nearly every `at` we read is the
// canonical form our writers produce, YYYY-MM-DDTHH:MM:SS.sssZ. That form is
// taken apart by hand; anything else goes to Date.parse. Same answers.
/** The two-digit number at `at`, or -1 when either character is not an ASCII digit. */
function two(text, at) {
    const high = text.charCodeAt(at) - 48;
    const low = text.charCodeAt(at + 1) - 48;
    return high >= 0 && high <= 9 && low >= 0 && low <= 9 ? high * 10 + low : -1;
}
/** The last day the fast path computed ("YYYY-MM-DDT" and its first millisecond): rows come in time order. */
let lastDay = '';
let lastDayMs = 0;
/** Milliseconds since the epoch, NaN when `text` is not a time: Date.parse(text), with a fast path. */
function parseIsoTime(text) {
    if (text.length === 24 &&
        text.charCodeAt(23) === 90 && // Z
        text.charCodeAt(13) === 58 && // :
        text.charCodeAt(16) === 58 &&
        text.charCodeAt(19) === 46 // .
    ) {
        const hour = two(text, 11);
        const minute = two(text, 14);
        const second = two(text, 17);
        const msHigh = two(text, 20);
        const msLow = text.charCodeAt(22) - 48;
        // Within these ranges Date.parse and Date.UTC agree; outside them (hour 24, second 60, …) Date.parse decides.
        if (hour >= 0 &&
            hour <= 23 &&
            minute >= 0 &&
            minute <= 59 &&
            second >= 0 &&
            second <= 59 &&
            msHigh >= 0 &&
            msLow >= 0 &&
            msLow <= 9) {
            const timeOfDay = ((hour * 60 + minute) * 60 + second) * 1000 + msHigh * 10 + msLow;
            if (lastDay !== '' && text.startsWith(lastDay))
                return lastDayMs + timeOfDay;
            const dayMs = dayStart(text);
            if (!Number.isNaN(dayMs)) {
                lastDay = text.slice(0, 11);
                lastDayMs = dayMs;
                return dayMs + timeOfDay;
            }
        }
    }
    return Date.parse(text);
}
/** The first millisecond of the day "YYYY-MM-DDT…" names, NaN when it is not one the fast path takes. */
function dayStart(text) {
    if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84)
        return Number.NaN; // - - T
    const century = two(text, 0);
    const yy = two(text, 2);
    const month = two(text, 5);
    const day = two(text, 8);
    // Within these ranges Date.parse and Date.UTC agree (a 30 February rolls over in both);
    // outside them (month 13, a year below 100, …) Date.parse decides.
    if (century < 1 || yy < 0 || month < 1 || month > 12 || day < 1 || day > 31)
        return Number.NaN;
    return Date.UTC(century * 100 + yy, month - 1, day);
}


/***/ })

};
