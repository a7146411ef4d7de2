// Run history as CSV for any size of log: rows flow from the log through a
// filter into csv-stringify and out, a batch at a time; pipeline() respects
// back-pressure, so a slow reader slows the log read instead of filling memory.
// The file is meant for people and their spreadsheets: a text cell starting
// with =, +, -, @, tab or carriage return gets a leading single quote (OWASP
// "CSV Injection"; csv-stringify's escape_formulas), so `=HYPERLINK(…)` in an
// item id shows as text instead of running. Numbers are left alone.
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify/sync';
import { type Outcome, RUN_LOG_COLUMNS, type RunLogRow } from '../model';
import { parseIsoTime } from '../util/iso-time';
import { batchesOf } from '../util/row-batches';

export interface RunHistoryFilters {
  status?: readonly Outcome[];
  /** Rows at or after. */
  since?: Date;
  /** Rows before. */
  until?: Date;
}

export function matchesFilters(row: RunLogRow, filters: RunHistoryFilters): boolean {
  if (filters.status && filters.status.length > 0 && !filters.status.includes(row.outcome)) return false;
  if (filters.since || filters.until) {
    const at = parseIsoTime(row.at);
    if (Number.isNaN(at)) return false;
    if (filters.since && at < filters.since.getTime()) return false;
    if (filters.until && at >= filters.until.getTime()) return false;
  }
  return true;
}

/** The row's cells in RUN_LOG_COLUMNS order (arrays: csv-stringify then looks up no keys). */
const cellsOf = (row: RunLogRow) =>
  RUN_LOG_COLUMNS.map((column) => (column === 'error_codes' ? row.error_codes.join('|') : row[column]));

const CSV_OPTIONS = { cast: { boolean: (v: boolean) => String(v) }, escape_formulas: true };

/**
 * A text cell csv-stringify writes as it is: no delimiter, quote or line
 * break to quote, and no first character escape_formulas would prefix
 * (its list: - = + @ tab CR and their full-width forms).
 */
const PLAIN = /^(?:[^,"\r\n\-=+@\t\uFF1D\uFF0B\uFF0D\uFF20][^,"\r\n]*)?$/;

/**
 * One record as CSV text, as csv-stringify writes it. A row of plain cells
 * (nearly every row of a run log) is joined here; a row with any cell that
 * needs quoting or formula escaping goes through csv-stringify itself.
 */
export function csvRecord(cells: ReadonlyArray<string | number>): string {
  for (const cell of cells) {
    if (typeof cell === 'string' ? !PLAIN.test(cell) : !Number.isFinite(cell)) {
      return stringify([cells], CSV_OPTIONS);
    }
  }
  return `${cells.join(',')}\n`;
}

/** How an export writes: its opening, each row (given how many came before it), its closing (given the count). */
interface ExportFormat {
  head: string;
  row: (row: RunLogRow, before: number) => string;
  tail: (rows: number) => string;
}

/**
 * The rows that pass the filters, written in `format` to `out`: one text
 * chunk per batch of the log (util/row-batches), instead of an object-mode
 * hop per row through csv-stringify's stream. Each chunk is yielded only
 * when `out` wants more.
 */
async function exportRows(
  runLog: AsyncIterable<RunLogRow>,
  out: Writable,
  filters: RunHistoryFilters,
  options: { end?: boolean },
  format: ExportFormat,
): Promise<{ rows: number }> {
  let rows = 0;
  async function* chunks() {
    yield format.head;
    for await (const batch of batchesOf(runLog)) {
      let text = '';
      for (const row of batch) {
        if (!matchesFilters(row, filters)) continue;
        text += format.row(row, rows);
        rows++;
      }
      if (text !== '') yield text;
    }
    const tail = format.tail(rows);
    if (tail !== '') yield tail;
  }
  // Leave stdout open by default: ending it would break later writes of the process.
  const end = options.end ?? !(out === process.stdout || out === process.stderr);
  await pipeline(Readable.from(chunks(), { objectMode: false }), out, { end });
  return { rows };
}

export async function exportRunHistoryCsv(
  runLog: AsyncIterable<RunLogRow>,
  out: Writable,
  filters: RunHistoryFilters = {},
  options: { end?: boolean } = {},
): Promise<{ rows: number }> {
  return exportRows(runLog, out, filters, options, {
    head: csvRecord(RUN_LOG_COLUMNS),
    row: (row) => csvRecord(cellsOf(row)),
    tail: () => '',
  });
}

/** The same rows as one JSON array (`export --json`), streamed a batch at a time, with back-pressure. */
export async function exportRunHistoryJson(
  runLog: AsyncIterable<RunLogRow>,
  out: Writable,
  filters: RunHistoryFilters = {},
  options: { end?: boolean } = {},
): Promise<{ rows: number }> {
  return exportRows(runLog, out, filters, options, {
    head: '[',
    row: (row, before) => `${before === 0 ? '\n' : ',\n'}  ${JSON.stringify(row)}`,
    tail: (rows) => (rows === 0 ? ']\n' : '\n]\n'),
  });
}
