// A run-log row as table cells and back, shared by the CSV file and the
// Sheets tab. Cells are matched by header name; numbers parse ('' is 0);
// error codes are joined by '|'. A row that does not parse is reported, not
// thrown: one bad line must not stop reconcile from reading a year of log.
import { stripControlChars } from '../../domain/content/text';
import {
  type GateVerdict,
  MODES,
  type Mode,
  OUTCOMES,
  type Outcome,
  RUN_LOG_COLUMNS,
  type RunLogRow,
} from '../../model';
import { parseIsoTime } from '../../util/iso-time';

export type RunLogColumn = (typeof RUN_LOG_COLUMNS)[number];

const NUMERIC = ['attempts', 'duration_ms', 'tokens_in', 'tokens_out', 'cost_usd'] as const;
const GATES = ['', 'PASS', 'RETRY', 'BLOCK'];

/**
 * The row's cells in RUN_LOG_COLUMNS order; numbers stay numbers (Sheets
 * stores them as such). Text cells lose control characters and line breaks,
 * so every record of the log is one line (an id with a newline cannot forge one).
 */
export function runLogCells(row: RunLogRow): Array<string | number> {
  return RUN_LOG_COLUMNS.map((column) => {
    const value = column === 'error_codes' ? row.error_codes.join('|') : row[column];
    return typeof value === 'string' ? stripControlChars(value, { singleLine: true }) : value;
  });
}

/** Normalise a header cell for matching. */
export function runLogKey(header: string): string {
  return header.trim().toLowerCase();
}

export type ParsedRunLogRow = { ok: true; row: RunLogRow } | { ok: false; problem: string };

const MODE_SET: ReadonlySet<string> = new Set(MODES);
const OUTCOME_SET: ReadonlySet<string> = new Set(OUTCOMES);
const GATE_SET: ReadonlySet<string> = new Set(GATES);
const ABSENT = -1;

/**
 * Where each run-log column sits among a header's normalised cells (the
 * first one of that name; ABSENT when the header lacks it), in
 * RUN_LOG_COLUMNS order: computed once per file, then every row is read by
 * position instead of through an object keyed by name.
 */
export function runLogPositions(keys: readonly string[]): number[] {
  return RUN_LOG_COLUMNS.map((column) => keys.indexOf(column));
}

const IN_ORDER = runLogPositions(RUN_LOG_COLUMNS);
const at = (column: RunLogColumn) => RUN_LOG_COLUMNS.indexOf(column);
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

function cell(cells: ArrayLike<unknown>, positions: readonly number[], index: number): string {
  const position = positions[index] as number;
  if (position === ABSENT) return '';
  const value = cells[position];
  if (typeof value === 'string') return value.trim();
  return value === undefined || value === null ? '' : String(value).trim();
}

const NUMBERS = new Float64Array(NUMERIC.length);

const placeOf = (where: string | (() => string)) => (typeof where === 'string' ? where : where());

function errorCodes(text: string): string[] {
  if (text === '') return [];
  if (!text.includes('|')) return [text];
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
export function runLogRowOfCells(
  cells: ArrayLike<unknown>,
  positions: readonly number[],
  where: string | (() => string),
): ParsedRunLogRow {
  const at = cell(cells, positions, AT);
  if (at === '' || Number.isNaN(parseIsoTime(at))) {
    return { ok: false, problem: `${placeOf(where)}: 'at' is '${at}', expected an ISO 8601 time; row skipped` };
  }
  const mode = cell(cells, positions, MODE);
  if (!MODE_SET.has(mode)) {
    return { ok: false, problem: `${placeOf(where)}: mode '${mode}' is not one of ${MODES.join(', ')}; row skipped` };
  }
  const outcome = cell(cells, positions, OUTCOME);
  if (!OUTCOME_SET.has(outcome)) {
    return {
      ok: false,
      problem: `${placeOf(where)}: outcome '${outcome}' is not one of ${OUTCOMES.join(', ')}; row skipped`,
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
    const raw = cell(cells, positions, NUMERIC_AT[n] as number);
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
      mode: mode as Mode,
      item_id: cell(cells, positions, ITEM_ID),
      outcome: outcome as Outcome,
      gate: gate as GateVerdict | '',
      error_codes: errorCodes(cell(cells, positions, ERROR_CODES)),
      attempts: numbers[0] as number,
      duration_ms: numbers[1] as number,
      tokens_in: numbers[2] as number,
      tokens_out: numbers[3] as number,
      cost_usd: numbers[4] as number,
      article_id: cell(cells, positions, ARTICLE_ID),
    },
  };
}

/** Build a row from cells keyed by normalised header name; `where` names the file and line in messages. */
export function runLogRowFrom(record: Record<string, unknown>, where: string): ParsedRunLogRow {
  return runLogRowOfCells(
    RUN_LOG_COLUMNS.map((column) => record[column]),
    IN_ORDER,
    where,
  );
}

/** True when the row is at or after `since` (always when `since` is omitted). */
export function isSince(row: RunLogRow, since: Date | undefined): boolean {
  return since === undefined || parseIsoTime(row.at) >= since.getTime();
}
