// A local stand-in for the Google Sheets v4 values API — only the endpoints
// the Sheets adapters use: values.get, values.batchUpdate, values.append.
// It follows the documented behaviour that matters to them: responses
// `{ range, majorDimension, values }` with trailing empty cells and rows
// omitted (and `values` left out when nothing is there), Google's error
// body `{ error: { code, message, status } }` (400 INVALID_ARGUMENT for a bad
// range, 404 NOT_FOUND for an unknown spreadsheet, 401 UNAUTHENTICATED), and
// 429 RESOURCE_EXHAUSTED / 5xx on demand. Cells may hold a formula
// (`{ formula, value }`): FORMATTED_VALUE shows the value, FORMULA the formula.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeFormula = { formula: string; value: string | number };
export type FakeCell = string | number | boolean | FakeFormula | null;
export type FakeGrid = FakeCell[][];

export interface FakeRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

export interface FakeSheetsServer {
  /** Root URL to pass as the client's rootUrl (ends with '/'). */
  url: string;
  token: string;
  /** spreadsheet id → tab name → grid. */
  spreadsheets: Map<string, Map<string, FakeGrid>>;
  requests: FakeRequest[];
  /** Create a spreadsheet with the given tabs (empty grids by default). */
  addSpreadsheet(id: string, tabs: Record<string, FakeGrid>): void;
  grid(id: string, tab: string): FakeGrid;
  /**
   * Fail the next `times` requests (only those of `method`, when given) with
   * this status (429 RESOURCE_EXHAUSTED by default).
   */
  failNext(
    times: number,
    status?: 429 | 500 | 503,
    options?: { headers?: Record<string, string>; method?: string },
  ): void;
  /** Delay every answer (ms). */
  latencyMs: number;
  close(): Promise<void>;
}

const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

class HttpFailure extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

interface A1 {
  tab: string;
  startRow: number;
  startCol: number;
  /** Inclusive; Infinity when open-ended. */
  endRow: number;
  endCol: number;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function colLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function parseRange(range: string, tabs: Map<string, FakeGrid>): A1 {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+?))(?:!(.*))?$/.exec(range);
  const tab = match ? (match[1]?.replace(/''/g, "'") ?? match[2] ?? '') : '';
  if (!match || !tabs.has(tab)) throw new HttpFailure(400, `Unable to parse range: ${range}`);
  const cells = match[3];
  if (cells === undefined || cells === '') {
    return { tab, startRow: 0, startCol: 0, endRow: Number.POSITIVE_INFINITY, endCol: Number.POSITIVE_INFINITY };
  }
  const parts = cells.split(':');
  const one = (part: string) => {
    const m = /^([A-Z]*)(\d*)$/.exec(part);
    if (!m || (m[1] === '' && m[2] === '')) throw new HttpFailure(400, `Unable to parse range: ${range}`);
    return {
      col: m[1] === '' ? undefined : colIndex(m[1] ?? ''),
      row: m[2] === '' ? undefined : Number(m[2]) - 1,
    };
  };
  const start = one(parts[0] ?? '');
  const end = parts.length > 1 ? one(parts[1] ?? '') : start;
  if (parts.length > 2) throw new HttpFailure(400, `Unable to parse range: ${range}`);
  return {
    tab,
    startRow: start.row ?? 0,
    startCol: start.col ?? 0,
    endRow: end.row ?? Number.POSITIVE_INFINITY,
    endCol: end.col ?? Number.POSITIVE_INFINITY,
  };
}

function describe(a1: A1, rows: number, cols: number): string {
  const quoted = `'${a1.tab.replace(/'/g, "''")}'`;
  const endRow = Number.isFinite(a1.endRow) ? a1.endRow : a1.startRow + Math.max(rows, 1) - 1;
  const endCol = Number.isFinite(a1.endCol) ? a1.endCol : a1.startCol + Math.max(cols, 1) - 1;
  return `${quoted}!${colLetters(a1.startCol)}${a1.startRow + 1}:${colLetters(endCol)}${endRow + 1}`;
}

function render(cell: FakeCell | undefined, option: string): unknown {
  if (cell === undefined || cell === null || cell === '') return '';
  if (typeof cell === 'object') return option === 'FORMULA' ? cell.formula : render(cell.value, option);
  if (option === 'UNFORMATTED_VALUE' || option === 'FORMULA') return cell;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

function trimTrailing<T>(list: T[], isEmpty: (item: T) => boolean): T[] {
  let end = list.length;
  while (end > 0 && isEmpty(list[end - 1] as T)) end--;
  return list.slice(0, end);
}

function setCell(grid: FakeGrid, row: number, col: number, value: FakeCell): void {
  while (grid.length <= row) grid.push([]);
  const cells = grid[row] as FakeCell[];
  while (cells.length <= col) cells.push('');
  cells[col] = value;
}

function writeValues(grid: FakeGrid, a1: A1, values: unknown[][]): { rows: number; cols: number; cells: number } {
  let cols = 0;
  let cells = 0;
  values.forEach((rowValues, r) => {
    const row = a1.startRow + r;
    if (row > a1.endRow) throw new HttpFailure(400, 'Requested writing within range, but tried writing more rows');
    rowValues.forEach((value, c) => {
      const col = a1.startCol + c;
      if (col > a1.endCol) throw new HttpFailure(400, `Requested writing within range, but tried writing to column`);
      setCell(grid, row, col, (value ?? '') as FakeCell);
      cells++;
    });
    cols = Math.max(cols, rowValues.length);
  });
  return { rows: values.length, cols, cells };
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpFailure(400, 'Invalid JSON payload received.');
  }
}

export async function startFakeSheets(options: { token?: string } = {}): Promise<FakeSheetsServer> {
  const token = options.token ?? 'fake-sheets-token';
  const spreadsheets = new Map<string, Map<string, FakeGrid>>();
  const requests: FakeRequest[] = [];
  const failures: Array<{ status: number; headers: Record<string, string>; method?: string }> = [];

  const handle = async (req: IncomingMessage): Promise<{ status: number; body: unknown }> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const body = await readBody(req);
    const query = Object.fromEntries(url.searchParams);
    requests.push({ method: req.method ?? 'GET', path: decodeURIComponent(url.pathname), query, body });
    if (req.headers.authorization !== `Bearer ${token}`) {
      throw new HttpFailure(
        401,
        'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
      );
    }
    const failing = failures.findIndex((f) => f.method === undefined || f.method === req.method);
    const failure = failing >= 0 ? failures.splice(failing, 1)[0] : undefined;
    if (failure) throw Object.assign(new HttpFailure(failure.status, messageFor(failure.status)), failure);

    const match = /^\/v4\/spreadsheets\/([^/]+)\/values(?::batchUpdate|\/(.+?)(:append)?)$/.exec(url.pathname);
    if (!match) throw new HttpFailure(404, 'Not found');
    const sheet = spreadsheets.get(decodeURIComponent(match[1] ?? ''));
    if (!sheet) throw new HttpFailure(404, 'Requested entity was not found.');
    const spreadsheetId = decodeURIComponent(match[1] ?? '');
    const range = match[2] === undefined ? undefined : decodeURIComponent(match[2]);

    if (req.method === 'GET' && range !== undefined && !match[3]) {
      const a1 = parseRange(range, sheet);
      const grid = sheet.get(a1.tab) as FakeGrid;
      const option = query.valueRenderOption ?? 'FORMATTED_VALUE';
      const rows = grid.slice(a1.startRow, Number.isFinite(a1.endRow) ? a1.endRow + 1 : undefined).map((cells) =>
        trimTrailing(
          cells
            .slice(a1.startCol, Number.isFinite(a1.endCol) ? a1.endCol + 1 : undefined)
            .map((cell) => render(cell, option)),
          (v) => v === '',
        ),
      );
      const values = trimTrailing(rows, (r) => r.length === 0);
      const width = Math.max(0, ...values.map((r) => r.length));
      return {
        status: 200,
        body: {
          range: describe(a1, values.length, width),
          majorDimension: 'ROWS',
          ...(values.length > 0 ? { values } : {}),
        },
      };
    }

    if (req.method === 'POST' && range === undefined) {
      const { valueInputOption, data } = (body ?? {}) as { valueInputOption?: string; data?: unknown[] };
      if (valueInputOption !== 'RAW' && valueInputOption !== 'USER_ENTERED') {
        throw new HttpFailure(400, "Invalid valueInputOption: ''");
      }
      const responses = (data ?? []).map((entry) => {
        const { range: r, values } = entry as { range: string; values: unknown[][] };
        const a1 = parseRange(r, sheet);
        const done = writeValues(sheet.get(a1.tab) as FakeGrid, a1, values ?? []);
        return {
          spreadsheetId,
          updatedRange: describe(a1, done.rows, done.cols),
          updatedRows: done.rows,
          updatedColumns: done.cols,
          updatedCells: done.cells,
        };
      });
      const sum = (key: 'updatedRows' | 'updatedColumns' | 'updatedCells') =>
        responses.reduce((total, r) => total + r[key], 0);
      return {
        status: 200,
        body: {
          spreadsheetId,
          totalUpdatedRows: sum('updatedRows'),
          totalUpdatedColumns: sum('updatedColumns'),
          totalUpdatedCells: sum('updatedCells'),
          totalUpdatedSheets: new Set(responses.map((r) => r.updatedRange.split('!')[0])).size,
          responses,
        },
      };
    }

    if (req.method === 'POST' && range !== undefined && match[3]) {
      if (query.valueInputOption !== 'RAW' && query.valueInputOption !== 'USER_ENTERED') {
        throw new HttpFailure(400, "Invalid valueInputOption: ''");
      }
      const a1 = parseRange(range, sheet);
      const grid = sheet.get(a1.tab) as FakeGrid;
      const values = ((body ?? {}) as { values?: unknown[][] }).values ?? [];
      // The "table" is every row down to the last non-empty one; new rows go below it.
      const used = trimTrailing(grid, (cells) => cells.every((c) => c === '' || c === null)).length;
      const target: A1 = { ...a1, startRow: used, endRow: Number.POSITIVE_INFINITY, endCol: Number.POSITIVE_INFINITY };
      const done = writeValues(grid, target, values);
      return {
        status: 200,
        body: {
          spreadsheetId,
          ...(used > 0 ? { tableRange: describe({ ...a1, startRow: 0, endRow: used - 1 }, used, 1) } : {}),
          updates: {
            spreadsheetId,
            updatedRange: describe({ ...target, endRow: used + done.rows - 1 }, done.rows, done.cols),
            updatedRows: done.rows,
            updatedColumns: done.cols,
            updatedCells: done.cells,
          },
        },
      };
    }
    throw new HttpFailure(404, 'Not found');
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      const send = () => {
        res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...headers });
        res.end(JSON.stringify(body));
      };
      if (fake.latencyMs > 0) setTimeout(send, fake.latencyMs);
      else send();
    };
    handle(req).then(
      ({ status, body }) => answer(status, body),
      (error: unknown) => {
        const code = error instanceof HttpFailure ? error.code : 500;
        const message = error instanceof Error ? error.message : String(error);
        const headers = (error as { headers?: Record<string, string> }).headers ?? {};
        answer(code, { error: { code, message, status: STATUS_NAMES[code] ?? 'UNKNOWN' } }, headers);
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const fake: FakeSheetsServer = {
    url: `http://127.0.0.1:${port}/`,
    token,
    spreadsheets,
    requests,
    latencyMs: 0,
    addSpreadsheet(id, tabs) {
      spreadsheets.set(id, new Map(Object.entries(tabs)));
    },
    grid(id, tab) {
      const grid = spreadsheets.get(id)?.get(tab);
      if (!grid) throw new Error(`fake sheets: no tab '${tab}' in '${id}'`);
      return grid;
    },
    failNext(times, status = 429, options = {}) {
      const { headers = {}, method } = options;
      for (let i = 0; i < times; i++) failures.push({ status, headers, ...(method ? { method } : {}) });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
  return fake;
}

function messageFor(status: number): string {
  if (status === 429) {
    return "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com'.";
  }
  if (status === 503) return 'The service is currently unavailable.';
  return 'Internal error encountered.';
}
