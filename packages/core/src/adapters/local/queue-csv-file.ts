// queue.csv as a CellTable: parse with csv-parse (BOM, quoted fields,
// embedded newlines, ragged rows) and write back as csv-stringify would, keeping
// the file's BOM and line endings so a human's editor sees no churn.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { UserError } from '../../errors';
import { writeFileAtomic } from './atomic-write';
import { CsvRecordSplitter } from './csv-records';
import type { CellTable } from './csv-table';

export interface CsvFormat {
  bom: boolean;
  eol: '\n' | '\r\n';
}

export interface QueueCsvFile extends CellTable {
  format: CsvFormat;
}

const DEFAULT_FORMAT: CsvFormat = { bom: false, eol: '\n' };

export function parseCsvTable(text: string, source: string): QueueCsvFile {
  const bom = text.startsWith('\ufeff');
  const firstBreak = text.indexOf('\n');
  const format: CsvFormat = { bom, eol: firstBreak > 0 && text[firstBreak - 1] === '\r' ? '\r\n' : '\n' };
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
      // Explicit, so a stray '\r' inside a value is not taken for a line break.
      record_delimiter: ['\r\n', '\n'],
    }) as string[][];
  } catch (error) {
    // The queue holds people's rows: never guess past a broken one (a row
    // dropped here would be dropped from the file by the next write). Refuse,
    // and name the line to fix.
    const opened = (error as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED' ? unclosedQuoteLine(text) : undefined;
    if (opened !== undefined) {
      throw new UserError(
        `${source} line ${opened}: a quote opened on this line is never closed, so every line after it would be read into one cell. ` +
          'Close the quote (a quote inside a quoted value is written twice: ""); nothing was read or written.',
      );
    }
    throw new UserError(`${source}: not valid CSV — ${(error as Error).message}. Fix the quoting on that line.`);
  }
  const [header = [], ...rows] = records;
  return { header, rows, format };
}

/** The line where a quote that is never closed was opened (csv-parse names only the line it gave up on: the last). */
function unclosedQuoteLine(text: string): number | undefined {
  let opened: number | undefined;
  const splitter = new CsvRecordSplitter(
    () => false,
    () => {},
    ({ from }) => {
      opened = from;
    },
  );
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
const csvCell = (cell: string | undefined) =>
  cell === undefined || cell === null ? '' : PLAIN_CELL.test(cell) ? cell : `"${cell.replaceAll('"', '""')}"`;

/** One record's line, without its line ending. */
export const csvLine = (cells: readonly (string | undefined)[]): string => cells.map(csvCell).join(',');

/** The file's text from its lines (header first), each ended by the format's line ending. */
export function csvText(lines: readonly string[], format: CsvFormat = DEFAULT_FORMAT): string {
  return (format.bom ? '\ufeff' : '') + (lines.length > 0 ? lines.join(format.eol) + format.eol : '');
}

export function stringifyCsvTable(table: CellTable, format: CsvFormat = DEFAULT_FORMAT): string {
  return csvText([table.header, ...table.rows].map(csvLine), format);
}

/** A queue CSV file's text as a table; an empty one is an empty table. */
export function parseQueueCsvText(text: string, path: string): QueueCsvFile {
  if (text.replace('\ufeff', '').trim() === '') return { header: [], rows: [], format: DEFAULT_FORMAT };
  return parseCsvTable(text, path);
}

/** Read a queue CSV file; a missing or empty file is an empty table. */
export async function readQueueCsvFile(path: string): Promise<QueueCsvFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { header: [], rows: [], format: DEFAULT_FORMAT };
    throw error;
  }
  return parseQueueCsvText(text, path);
}

/** Write a queue CSV file atomically (temp file, fsync, rename). */
export async function writeQueueCsvFile(path: string, table: CellTable & { format?: CsvFormat }): Promise<void> {
  await writeFileAtomic(path, stringifyCsvTable(table, table.format));
}
