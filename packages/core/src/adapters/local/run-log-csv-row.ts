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

/** Build a row from cells keyed by normalised header name; `where` names the file and line in messages. */
export function runLogRowFrom(record: Record<string, unknown>, where: string): ParsedRunLogRow {
  const text = (column: RunLogColumn) => {
    const value = record[column];
    return value === undefined || value === null ? '' : String(value).trim();
  };
  const at = text('at');
  if (at === '' || Number.isNaN(Date.parse(at))) {
    return { ok: false, problem: `${where}: 'at' is '${at}', expected an ISO 8601 time; row skipped` };
  }
  const mode = text('mode');
  if (!(MODES as readonly string[]).includes(mode)) {
    return { ok: false, problem: `${where}: mode '${mode}' is not one of ${MODES.join(', ')}; row skipped` };
  }
  const outcome = text('outcome');
  if (!(OUTCOMES as readonly string[]).includes(outcome)) {
    return { ok: false, problem: `${where}: outcome '${outcome}' is not one of ${OUTCOMES.join(', ')}; row skipped` };
  }
  const gate = text('gate').toUpperCase();
  if (!GATES.includes(gate)) {
    return { ok: false, problem: `${where}: gate '${gate}' is not PASS, RETRY, BLOCK or empty; row skipped` };
  }
  const numbers = {} as Record<(typeof NUMERIC)[number], number>;
  for (const column of NUMERIC) {
    const raw = text(column);
    const value = raw === '' ? 0 : Number(raw);
    if (!Number.isFinite(value)) {
      return { ok: false, problem: `${where}: ${column} '${raw}' is not a number; row skipped` };
    }
    numbers[column] = value;
  }
  return {
    ok: true,
    row: {
      at,
      run_id: text('run_id'),
      trace_id: text('trace_id'),
      mode: mode as Mode,
      item_id: text('item_id'),
      outcome: outcome as Outcome,
      gate: gate as GateVerdict | '',
      error_codes: text('error_codes')
        .split('|')
        .map((code) => code.trim())
        .filter((code) => code !== ''),
      ...numbers,
      article_id: text('article_id'),
    },
  };
}

/** True when the row is at or after `since` (always when `since` is omitted). */
export function isSince(row: RunLogRow, since: Date | undefined): boolean {
  return since === undefined || Date.parse(row.at) >= since.getTime();
}
