// Run history as CSV for any size of log: rows flow from the log through a
// filter into csv-stringify and out, one at a time; pipeline() respects
// back-pressure, so a slow reader slows the log read instead of filling memory.
// The file is meant for people and their spreadsheets: a text cell starting
// with =, +, -, @, tab or carriage return gets a leading single quote (OWASP
// "CSV Injection"; csv-stringify's escape_formulas), so `=HYPERLINK(…)` in an
// item id shows as text instead of running. Numbers are left alone.
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { type Outcome, RUN_LOG_COLUMNS, type RunLogRow } from '../model';

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
    const at = Date.parse(row.at);
    if (Number.isNaN(at)) return false;
    if (filters.since && at < filters.since.getTime()) return false;
    if (filters.until && at >= filters.until.getTime()) return false;
  }
  return true;
}

const toRecord = (row: RunLogRow) => ({ ...row, error_codes: row.error_codes.join('|') });

export async function exportRunHistoryCsv(
  runLog: AsyncIterable<RunLogRow>,
  out: Writable,
  filters: RunHistoryFilters = {},
  options: { end?: boolean } = {},
): Promise<{ rows: number }> {
  let rows = 0;
  async function* selected() {
    for await (const row of runLog) {
      if (!matchesFilters(row, filters)) continue;
      rows++;
      yield toRecord(row);
    }
  }
  // Leave stdout open by default: ending it would break later writes of the process.
  const end = options.end ?? !(out === process.stdout || out === process.stderr);
  await pipeline(
    Readable.from(selected()),
    stringify({
      header: true,
      columns: [...RUN_LOG_COLUMNS],
      cast: { boolean: (v) => String(v) },
      escape_formulas: true,
    }),
    out,
    { end },
  );
  return { rows };
}

/** The same rows as one JSON array (`export --json`), streamed row by row, with back-pressure. */
export async function exportRunHistoryJson(
  runLog: AsyncIterable<RunLogRow>,
  out: Writable,
  filters: RunHistoryFilters = {},
  options: { end?: boolean } = {},
): Promise<{ rows: number }> {
  let rows = 0;
  async function* chunks() {
    yield '[';
    for await (const row of runLog) {
      if (!matchesFilters(row, filters)) continue;
      yield `${rows === 0 ? '\n' : ',\n'}  ${JSON.stringify(row)}`;
      rows++;
    }
    yield rows === 0 ? ']\n' : '\n]\n';
  }
  const end = options.end ?? !(out === process.stdout || out === process.stderr);
  await pipeline(Readable.from(chunks()), out, { end });
  return { rows };
}
