// RunLog on a Sheets tab: rows are appended (RAW, INSERT_ROWS), numbers as
// numbers so humans can chart them; reads go page by page (the API cannot
// stream a range, so a page of rows at a time keeps memory flat for a log of
// any length) with UNFORMATTED_VALUE so numbers come back exact. Columns are
// matched by header name; a missing header is written once.
import { RUN_LOG_COLUMNS, type RunLogRow } from '../../model';
import type { RunLog } from '../../ports';
import { isSince, runLogCells, runLogKey, runLogRowFrom } from '../local/run-log-csv-row';
import { quoteTab, rowRange, rowsRange } from './a1';
import { type CellValue, type SheetsOptions, SheetsValuesClient } from './values-client';

/** Rows per read request (Google suggests keeping a request's payload under about 2 MB; 2,000 rows of ~20 cells is well under). */
export const RUN_LOG_PAGE_ROWS = 2_000;

export class SheetsRunLog implements RunLog {
  readonly tab: string;
  private readonly pageRows: number;
  /** Position of each run-log column in the tab, once known. */
  private positions: number[] | undefined;

  constructor(
    private readonly options: SheetsOptions,
    readonly client: SheetsValuesClient = new SheetsValuesClient(options),
  ) {
    this.tab = options.runLogTab ?? 'RunLog';
    this.pageRows = Math.max(1, options.runLogPageRows ?? RUN_LOG_PAGE_ROWS);
  }

  stats(): { requests: number; retries: number } {
    return this.client.stats();
  }

  async append(rows: RunLogRow[]): Promise<void> {
    if (rows.length === 0) return;
    const positions = await this.columnPositions();
    const width = Math.max(...positions) + 1;
    const values = rows.map((row) => {
      const cells: CellValue[] = Array.from({ length: width }, () => '');
      runLogCells(row).forEach((value, index) => {
        cells[positions[index] as number] = value;
      });
      return cells;
    });
    await this.client.append(`${quoteTab(this.tab)}!A1`, values);
  }

  async *read(since?: Date): AsyncIterable<RunLogRow> {
    const [header = []] = await this.client.get(rowsRange(this.tab, 1, 1), 'UNFORMATTED_VALUE');
    const keys = header.map((cell) => runLogKey(String(cell)));
    // Pages until one comes back empty: Sheets leaves out trailing empty rows,
    // so a short page may still have rows after it (a page-long gap of empty
    // rows in an append-only log is taken as its end).
    for (let first = 2; ; first += this.pageRows) {
      const rows = await this.client.get(rowsRange(this.tab, first, first + this.pageRows - 1), 'UNFORMATTED_VALUE');
      if (rows.length === 0) return;
      for (const [index, cells] of rows.entries()) {
        if (cells.every((cell) => String(cell).trim() === '')) continue;
        const record = Object.fromEntries(keys.map((key, col) => [key, cells[col] ?? '']));
        const parsed = runLogRowFrom(record, `Google Sheets tab '${this.tab}' row ${first + index}`);
        if (!parsed.ok) {
          this.options.logger?.warn(parsed.problem);
          continue;
        }
        if (isSince(parsed.row, since)) yield parsed.row;
      }
    }
  }

  /** Read the header once; write it (or its missing columns) when needed. */
  private async columnPositions(): Promise<number[]> {
    if (this.positions) return this.positions;
    const [header = []] = await this.client.get(`${quoteTab(this.tab)}!1:1`, 'FORMATTED_VALUE');
    const keys = header.map((cell) => runLogKey(String(cell)));
    const added: string[] = [];
    const positions = RUN_LOG_COLUMNS.map((column) => {
      const found = keys.indexOf(column);
      if (found >= 0) return found;
      added.push(column);
      return keys.length + added.length - 1;
    });
    if (added.length > 0) {
      await this.client.batchUpdate([
        { range: rowRange(this.tab, 1, keys.length, keys.length + added.length - 1), values: [added] },
      ]);
    }
    this.positions = positions;
    return positions;
  }
}
