// RunLog on <stateDir>/run_log.csv: append-only. Appends take the state lock
// (two processes appending at once must not interleave lines), write the
// header only into an empty file, and never start inside an open quote (see
// tailRepair). Reads stream record by record (csv-records.ts), so a file of
// millions of rows is never held in memory and one bad record — an
// unbalanced quote included — is reported with its line and skipped, never
// the rows after it.
import { createReadStream } from 'node:fs';
import { type FileHandle, open, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseSync } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { UserError } from '../../errors';
import { RUN_LOG_COLUMNS, type RunLogRow } from '../../model';
import type { Logger, RunLog } from '../../ports';
import { parseIsoTime } from '../../util/iso-time';
import { batchedRows } from '../../util/row-batches';
import { CsvRecordSplitter, lineBatches, quoteCount } from './csv-records';
import { type FileLockOptions, withFileLock } from './file-lock';
import { runLogCells, runLogKey, runLogPositions, runLogRowOfCells } from './run-log-csv-row';

export interface CsvRunLogOptions {
  stateDir: string;
  lock?: FileLockOptions;
  /** Receives one warning per row that does not parse. */
  logger?: Logger;
}

export const RUN_LOG_CSV_FILE = 'run_log.csv';

export class CsvRunLog implements RunLog {
  readonly path: string;

  constructor(private readonly options: CsvRunLogOptions) {
    this.path = join(options.stateDir, RUN_LOG_CSV_FILE);
  }

  async append(rows: RunLogRow[]): Promise<void> {
    if (rows.length === 0) return;
    await withFileLock(this.path, this.options.lock ?? {}, async (assertHeld) => {
      const size = await stat(this.path).then(
        (s) => s.size,
        () => 0,
      );
      const handle = await open(this.path, 'a+');
      try {
        let prefix = '';
        let positions: number[] | undefined;
        if (size === 0) prefix = stringify([[...RUN_LOG_COLUMNS]], { record_delimiter: 'unix' });
        else {
          const keys = await this.headerKeys(handle);
          positions = this.positionsOf(keys);
          prefix = await tailRepair(handle, size, keys);
          if (prefix.includes('"')) {
            this.options.logger?.warn(
              `${this.path}: the last record left a quote open (a torn write or a hand edit); ` +
                'closed it on a line of its own before appending, so the new rows are not read into it',
            );
          }
        }
        const cells = rows.map(runLogCells).map((row) => (positions ? layOut(row, positions) : row));
        const body = stringify(cells, { record_delimiter: 'unix', quoted_match: /[\r\n]/ });
        assertHeld();
        await handle.write(prefix + body);
        await handle.sync();
      } finally {
        await handle.close();
      }
    });
  }

  /** The file's header cells, normalised. */
  private async headerKeys(handle: FileHandle): Promise<string[]> {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const firstLine = head.toString('utf8', 0, bytesRead).split(/\r?\n/)[0] ?? '';
    const [header = []] = parseSync(firstLine, { bom: true, relax_quotes: true }) as string[][];
    return header.map(runLogKey);
  }

  /** Where each run-log column sits in the file's header; undefined when it is the standard one. */
  private positionsOf(keys: readonly string[]): number[] | undefined {
    if (keys.join(',') === RUN_LOG_COLUMNS.join(',')) return undefined;
    const missing = RUN_LOG_COLUMNS.filter((column) => !keys.includes(column));
    if (missing.length > 0) {
      throw new UserError(
        `${this.path}: the header lacks ${missing.join(', ')}; expected the run-log columns ${RUN_LOG_COLUMNS.join(',')} (any order).`,
      );
    }
    return RUN_LOG_COLUMNS.map((column) => keys.indexOf(column));
  }

  read(since?: Date): AsyncIterable<RunLogRow> {
    // Batched (util/row-batches): the report and the export take a chunk's rows at once.
    return batchedRows(() => this.readBatches(since));
  }

  private async *readBatches(since?: Date): AsyncIterable<RunLogRow[]> {
    const exists = await stat(this.path).then(
      () => true,
      () => false,
    );
    if (!exists) return;
    const rows = new RunLogCsvRows(this.path, (problem) => this.options.logger?.warn(problem), since);
    // Large reads: a million-row log is ~110 MB, read in a few hundred chunks.
    for await (const lines of lineBatches(
      createReadStream(this.path, { encoding: 'utf8', highWaterMark: READ_CHUNK_BYTES }),
    )) {
      for (const line of lines) rows.push(line);
      const batch = rows.take();
      if (batch.length > 0) yield batch;
    }
    rows.end();
    const last = rows.take();
    if (last.length > 0) yield last;
  }
}

const READ_CHUNK_BYTES = 32 * 1024;

/**
 * The rows of a run-log CSV given line by line (without line breaks), record
 * by record: a record that does not parse, or opens a quote it never closes,
 * is reported through `warn` with `where` and its line, and skipped.
 */
export async function* runLogRowsOfLines(
  lines: AsyncIterable<string> | Iterable<string>,
  where: string,
  warn: (problem: string) => void,
  since?: Date,
): AsyncIterable<RunLogRow> {
  const rows = new RunLogCsvRows(where, warn, since);
  for await (const line of lines) {
    rows.push(line);
    for (const row of rows.take()) yield row;
  }
  rows.end();
  for (const row of rows.take()) yield row;
}

/**
 * The reader's state, fed a line at a time (synchronously, so a caller can
 * take a chunk's rows at once). The common line — no quote, while no record
 * is open — is split at commas and read by column position right here; a
 * line with quotes goes through the record splitter (csv-records.ts) and
 * csv-parse, which is what recovers from an unbalanced quote.
 */
class RunLogCsvRows {
  private positions: number[] | undefined;
  private lineNo = 0;
  private recordLine = 0;
  private ready: RunLogRow[] = [];
  private readonly splitter: CsvRecordSplitter;
  private readonly since: number | undefined;
  /** The current record's place, for messages (built only for a row that does not parse). */
  private readonly where = () => `${this.source} line ${this.recordLine}`;

  constructor(
    private readonly source: string,
    private readonly warn: (problem: string) => void,
    since: Date | undefined,
  ) {
    this.since = since?.getTime();
    this.splitter = new CsvRecordSplitter(
      (line) => this.positions !== undefined && rowOfLine(line, this.positions) !== undefined,
      (record) => this.record(record.text, record.line),
      ({ from, to, atEnd }) =>
        warn(
          `${source} line ${from}: a quote opened on this line is never closed` +
            `${to > from ? ` (lines ${from}–${to} read as one field)` : ''}; skipped` +
            (atEnd ? '' : `, reading on from line ${to + 1}`),
        ),
    );
  }

  push(text: string): void {
    const lineNo = ++this.lineNo;
    if (this.positions !== undefined && !this.splitter.isOpen && text.indexOf('"') === -1) {
      // The fast path: what the splitter and cellsOf would do with this line, without them.
      if (text.trim() === '') return;
      this.recordLine = lineNo;
      this.row(text.split(','));
      return;
    }
    this.splitter.push(lineNo === 1 ? text.replace(/^\ufeff/, '') : text, lineNo);
  }

  end(): void {
    this.splitter.end();
  }

  /** The rows read since the last take. */
  take(): RunLogRow[] {
    const rows = this.ready;
    if (rows.length > 0) this.ready = [];
    return rows;
  }

  private record(text: string, line: number): void {
    const cells = cellsOf(text);
    if (this.positions === undefined) {
      this.positions = runLogPositions((cells ?? text.split(',')).map(runLogKey));
      return;
    }
    this.recordLine = line;
    if (cells) this.row(cells);
    else this.warn(`${this.where()}: not valid CSV (a stray or unbalanced quote); row skipped`);
  }

  private row(cells: readonly string[]): void {
    const parsed = runLogRowOfCells(cells, this.positions as number[], this.where);
    if (!parsed.ok) this.warn(parsed.problem);
    else if (this.since === undefined || parseIsoTime(parsed.row.at) >= this.since) this.ready.push(parsed.row);
  }
}

/**
 * A record's cells. A line without a quote is its cells split at commas (the
 * same as any CSV parser, and a hundred times faster than a parser per
 * record, which counts on a log of a million rows); a record with quotes goes
 * through csv-parse. Undefined when it is not one valid CSV record.
 */
function cellsOf(text: string): string[] | undefined {
  if (!text.includes('"')) return text.split(',');
  try {
    const records = parseSync(text, { relax_column_count: true, record_delimiter: ['\r\n', '\n'] }) as string[][];
    return records.length === 1 ? records[0] : undefined;
  } catch {
    return undefined;
  }
}

/** The row a single line holds, if it is a whole valid run-log record by itself. */
function rowOfLine(line: string, positions: readonly number[]): RunLogRow | undefined {
  if (quoteCount(line) % 2 !== 0) return undefined;
  const cells = cellsOf(line);
  if (!cells) return undefined;
  const parsed = runLogRowOfCells(cells, positions, '');
  return parsed.ok ? parsed.row : undefined;
}

function layOut(cells: Array<string | number>, positions: number[]): Array<string | number> {
  const out: Array<string | number> = Array.from({ length: Math.max(...positions) + 1 }, () => '');
  cells.forEach((cell, index) => {
    out[positions[index] as number] = cell;
  });
  return out;
}

/**
 * What to write before new rows so they start a record of their own (the
 * caller holds the lock): a line break after a torn last line, and — when the
 * last record left a quote open — a closing quote on a line of its own, so
 * the new rows are not read into that field.
 */
async function tailRepair(handle: FileHandle, size: number, columns: readonly string[]): Promise<string> {
  const lastByte = Buffer.alloc(1);
  await handle.read(lastByte, 0, 1, size - 1);
  const newline = lastByte.toString() === '\n' ? '' : '\n';
  for (let chunk = 64 * 1024; ; chunk *= 4) {
    const from = Math.max(0, size - chunk);
    const buffer = Buffer.alloc(size - from);
    await handle.read(buffer, 0, buffer.length, from);
    // A chunk that starts mid-file starts mid-line: its first line is partial.
    const lines = buffer.toString('utf8').split('\n');
    if (from > 0) lines.shift();
    const open = endsInsideQuote(lines, columns, from === 0);
    if (open !== undefined) return open ? `${newline}"\n` : newline;
  }
}

/**
 * Whether the text whose last lines are `lines` ends inside a quoted field,
 * decided as the reader decides it: from the last line that is a whole
 * valid record by itself (the reader is in step there, whatever came before).
 * Undefined when no such line is among `lines` and they do not reach back to
 * the file's start (`fromStart`): the caller looks further back.
 */
export function endsInsideQuote(
  lines: readonly string[],
  columns: readonly string[],
  fromStart: boolean,
): boolean | undefined {
  const clean = lines.map((line, index) => {
    const text = line.endsWith('\r') ? line.slice(0, -1) : line;
    return fromStart && index === 0 ? text.replace(/^\ufeff/, '') : text;
  });
  const positions = runLogPositions(columns);
  let anchor = clean.length - 1;
  while (anchor >= 0 && rowOfLine(clean[anchor] as string, positions) === undefined) anchor--;
  if (anchor < 0 && !fromStart) return undefined;
  const splitter = new CsvRecordSplitter(
    (line) => rowOfLine(line, positions) !== undefined,
    () => {},
    () => {},
  );
  clean.slice(anchor + 1).forEach((line, index) => {
    splitter.push(line, index + 1);
  });
  return splitter.isOpen;
}
