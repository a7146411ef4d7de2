export const id = 132;
export const ids = [132];
export const modules = {

/***/ 3132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubRepoQueueStore: () => (/* binding */ GitHubRepoQueueStore),
/* harmony export */   REPO_QUEUE_PATH: () => (/* binding */ REPO_QUEUE_PATH)
/* harmony export */ });
/* harmony import */ var _local_csv_table__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3927);
/* harmony import */ var _local_queue_csv_file__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1735);
/* harmony import */ var _state_branch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7050);



const REPO_QUEUE_PATH = 'queue.csv';
const EMPTY = { header: [], rows: [], format: { bom: false, eol: '\n' } };
class GitHubRepoQueueStore {
    options;
    file;
    /** A returned transaction was applied to the latest queue.csv (compare-and-set): a claim needs no re-read. */
    exclusive = true;
    constructor(options) {
        this.options = options;
        this.file = (0,_state_branch__WEBPACK_IMPORTED_MODULE_0__/* .stateFile */ .Ed)(options, REPO_QUEUE_PATH);
    }
    get where() {
        return this.file.where;
    }
    async list() {
        return this.rowsOf(this.tableOf((await this.file.read())?.text));
    }
    async transact(plan) {
        const { result } = await this.file.transact((text) => {
            const table = this.tableOf(text);
            const change = plan(this.rowsOf(table));
            const write = (0,_local_csv_table__WEBPACK_IMPORTED_MODULE_1__/* .planQueueWrite */ .wD)(table, change, this.where);
            if (write.edits.length === 0 && write.appended.length === 0)
                return { result: change.result };
            return {
                text: (0,_local_queue_csv_file__WEBPACK_IMPORTED_MODULE_2__/* .stringifyCsvTable */ .cW)(write.table, table.format),
                result: change.result,
                message: `chore(autopilot): queue ${describe(change)} [skip ci]`,
            };
        }, 'chore(autopilot): queue [skip ci]', { optimistic: true });
        return result;
    }
    tableOf(text) {
        if (text === undefined || text.replace('\ufeff', '').trim() === '')
            return EMPTY;
        return (0,_local_queue_csv_file__WEBPACK_IMPORTED_MODULE_2__/* .parseCsvTable */ .oN)(text, this.where);
    }
    rowsOf(table) {
        const { rows, warnings } = (0,_local_csv_table__WEBPACK_IMPORTED_MODULE_1__/* .readQueueTable */ .GM)(table, this.where);
        for (const warning of warnings)
            this.options.logger?.warn(warning);
        return rows;
    }
}
function describe(change) {
    const parts = [];
    const updated = change.update?.length ?? 0;
    const added = change.append?.length ?? 0;
    if (updated) {
        const ids = change.update?.slice(0, 3).map((r) => r.id) ?? [];
        parts.push(`${ids.join(', ')}${updated > 3 ? ` and ${updated - 3} more` : ''}`);
    }
    if (added)
        parts.push(`${added} added`);
    return parts.join('; ');
}


/***/ }),

/***/ 2645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ linesOf),
/* harmony export */   EA: () => (/* binding */ quoteCount),
/* harmony export */   bv: () => (/* binding */ lineBatches),
/* harmony export */   lO: () => (/* binding */ CsvRecordSplitter)
/* harmony export */ });
// Cutting a CSV file into records line by line, so one unbalanced quote costs
// one record, not the rest of the file.
//
// Why by hand: csv-parse cannot recover from an unbalanced quote. Once a
// field opens a quote that never closes, every later line is read into that
// field — with `skip_records_with_error` too (after an invalid closing quote
// it stays inside the quotes) — and the parse ends in "Quote Not Closed".
// So we find where records start ourselves and hand each record to csv-parse.
// The rule: a record continues past a line end while it holds an odd number
// of quote characters (RFC 4180: a quoted field's own quotes are doubled).
// If, while a record is open, the next line is a whole, valid record by
// itself, the open record is the broken one: it is skipped (and reported)
// and reading goes on from that line.
function quoteCount(line) {
    let count = 0;
    for (let at = line.indexOf('"'); at !== -1; at = line.indexOf('"', at + 1))
        count++;
    return count;
}
class CsvRecordSplitter {
    startsRecord;
    onRecord;
    onSkip;
    open = [];
    openFrom = 0;
    openQuotes = 0;
    lastLine = 0;
    constructor(
    /** True when a line is a complete, valid record by itself (only asked while a record is open). */
    startsRecord, onRecord, onSkip) {
        this.startsRecord = startsRecord;
        this.onRecord = onRecord;
        this.onSkip = onSkip;
    }
    /** True while a record is open: the lines so far end inside a quoted field. */
    get isOpen() {
        return this.open.length > 0;
    }
    /** Feed the next line of the file, without its line break. */
    push(line, lineNo) {
        this.lastLine = lineNo;
        const quotes = quoteCount(line);
        if (this.open.length > 0) {
            if (quotes % 2 === 0 && this.startsRecord(line)) {
                this.onSkip({ from: this.openFrom, to: lineNo - 1, atEnd: false });
                this.open = [];
            }
            else {
                this.open.push(line);
                this.openQuotes += quotes;
                if (this.openQuotes % 2 === 0) {
                    this.onRecord({ text: this.open.join('\n'), line: this.openFrom });
                    this.open = [];
                }
                return;
            }
        }
        if (line.trim() === '')
            return;
        if (quotes % 2 === 0) {
            this.onRecord({ text: line, line: lineNo });
            return;
        }
        this.open = [line];
        this.openFrom = lineNo;
        this.openQuotes = quotes;
    }
    /** The file ended: a record still open is skipped. */
    end() {
        if (this.open.length > 0)
            this.onSkip({ from: this.openFrom, to: this.lastLine, atEnd: true });
        this.open = [];
    }
}
/**
 * Lines of a text stream, without their '\n' or '\r\n' (a lone '\r' is
 * data, as in the writers), handed over a chunk at a time: the whole lines
 * each chunk completes. One await per chunk instead of one per line.
 */
async function* lineBatches(chunks) {
    let rest = '';
    for await (const chunk of chunks) {
        const text = rest === '' ? chunk : rest + chunk;
        const lines = [];
        let start = 0;
        for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
            lines.push(text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end));
            start = end + 1;
        }
        rest = text.slice(start);
        if (lines.length > 0)
            yield lines;
    }
    if (rest !== '')
        yield [rest.endsWith('\r') ? rest.slice(0, -1) : rest];
}
/** Lines of a text stream, one at a time (see lineBatches). */
async function* linesOf(chunks) {
    for await (const lines of lineBatches(chunks))
        for (const line of lines)
            yield line;
}


/***/ }),

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

/***/ 1735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cW: () => (/* binding */ stringifyCsvTable),
/* harmony export */   oN: () => (/* binding */ parseCsvTable),
/* harmony export */   u9: () => (/* binding */ parseQueueCsvText),
/* harmony export */   zT: () => (/* binding */ csvLine)
/* harmony export */ });
/* unused harmony exports csvText, readQueueCsvFile, writeQueueCsvFile */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5175);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _csv_records__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2645);
// queue.csv as a CellTable: parse with csv-parse (BOM, quoted fields,
// embedded newlines, ragged rows) and write back as csv-stringify would, keeping
// the file's BOM and line endings so a human's editor sees no churn.





const DEFAULT_FORMAT = { bom: false, eol: '\n' };
function parseCsvTable(text, source) {
    const bom = text.startsWith('\ufeff');
    const firstBreak = text.indexOf('\n');
    const format = { bom, eol: firstBreak > 0 && text[firstBreak - 1] === '\r' ? '\r\n' : '\n' };
    let records;
    try {
        records = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text, {
            bom: true,
            relax_column_count: true,
            skip_empty_lines: false,
            // Explicit, so a stray '\r' inside a value is not taken for a line break.
            record_delimiter: ['\r\n', '\n'],
        });
    }
    catch (error) {
        // The queue holds people's rows: never guess past a broken one (a row
        // dropped here would be dropped from the file by the next write). Refuse,
        // and name the line to fix.
        const opened = error.code === 'CSV_QUOTE_NOT_CLOSED' ? unclosedQuoteLine(text) : undefined;
        if (opened !== undefined) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${source} line ${opened}: a quote opened on this line is never closed, so every line after it would be read into one cell. ` +
                'Close the quote (a quote inside a quoted value is written twice: ""); nothing was read or written.');
        }
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${source}: not valid CSV — ${error.message}. Fix the quoting on that line.`);
    }
    const [header = [], ...rows] = records;
    return { header, rows, format };
}
/** The line where a quote that is never closed was opened (csv-parse names only the line it gave up on: the last). */
function unclosedQuoteLine(text) {
    let opened;
    const splitter = new _csv_records__WEBPACK_IMPORTED_MODULE_3__/* .CsvRecordSplitter */ .lO(() => false, () => { }, ({ from }) => {
        opened = from;
    });
    text
        .replace(/^\ufeff/, '')
        .split('\n')
        .forEach((line, index) => {
        splitter.push(line.endsWith('\r') ? line.slice(0, -1) : line, index + 1);
    });
    splitter.end();
    return opened;
}
/** A cell with nothing to quote: no delimiter, quote or line break. */
const PLAIN_CELL = /^[^,"\r\n]*$/;
/**
 * A cell as csv-stringify writes it with the options below: quoted, with its
 * quotes doubled, when it holds a delimiter, a quote or a line break; as it
 * is otherwise. By hand because the queue is rewritten whole on each write and
 * csv-stringify costs several times more per cell; a test holds the two to
 * the same text.
 */
const csvCell = (cell) => cell === undefined || cell === null ? '' : PLAIN_CELL.test(cell) ? cell : `"${cell.replaceAll('"', '""')}"`;
/** One record's line, without its line ending. */
const csvLine = (cells) => cells.map(csvCell).join(',');
/** The file's text from its lines (header first), each ended by the format's line ending. */
function csvText(lines, format = DEFAULT_FORMAT) {
    return (format.bom ? '\ufeff' : '') + (lines.length > 0 ? lines.join(format.eol) + format.eol : '');
}
function stringifyCsvTable(table, format = DEFAULT_FORMAT) {
    return csvText([table.header, ...table.rows].map(csvLine), format);
}
/** A queue CSV file's text as a table; an empty one is an empty table. */
function parseQueueCsvText(text, path) {
    if (text.replace('\ufeff', '').trim() === '')
        return { header: [], rows: [], format: DEFAULT_FORMAT };
    return parseCsvTable(text, path);
}
/** Read a queue CSV file; a missing or empty file is an empty table. */
async function readQueueCsvFile(path) {
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { header: [], rows: [], format: DEFAULT_FORMAT };
        throw error;
    }
    return parseQueueCsvText(text, path);
}
/** Write a queue CSV file atomically (temp file, fsync, rename). */
async function writeQueueCsvFile(path, table) {
    await writeFileAtomic(path, stringifyCsvTable(table, table.format));
}


/***/ }),

/***/ 6549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BF: () => (/* binding */ stripControlChars)
/* harmony export */ });
/* unused harmony exports escapeRegExp, containsPhrase, cleanDraft */
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
const LINE_FIELDS = (/* unused pure expression or super */ null && (['meta_title', 'meta_description', 'image_url', 'image_alt', 'author', 'language']));
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


/***/ })

};
