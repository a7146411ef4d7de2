// RunLog on a Sheets tab: rows are appended (RAW, INSERT_ROWS), numbers as
// numbers so humans can chart them; reads take the tab in one request
// (Sheets cannot stream) with UNFORMATTED_VALUE so numbers come back exact.
// Columns are matched by header name; a missing header is written once.
import { RUN_LOG_COLUMNS, type RunLogRow } from '../../model';
import type { RunLog } from '../../ports';
import { isSince, runLogCells, runLogKey, runLogRowFrom } from '../local/run-log-csv-row';
import { quoteTab, rowRange, tabRange } from './a1';
import { type CellValue, type SheetsOptions, SheetsValuesClient } from './values-client';

export class SheetsRunLog implements RunLog {
  readonly tab: string;
  /** Position of each run-log column in the tab, once known. */
  private positions: number[] | undefined;

  constructor(
    private readonly options: SheetsOptions,
    readonly client: SheetsValuesClient = new SheetsValuesClient(options),
  ) {
    this.tab = options.runLogTab ?? 'RunLog';
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
    const [header = [], ...rows] = await this.client.get(tabRange(this.tab), 'UNFORMATTED_VALUE');
    const keys = header.map((cell) => runLogKey(String(cell)));
    for (const [index, cells] of rows.entries()) {
      if (cells.every((cell) => String(cell).trim() === '')) continue;
      const record = Object.fromEntries(keys.map((key, col) => [key, cells[col] ?? '']));
      const parsed = runLogRowFrom(record, `Google Sheets tab '${this.tab}' row ${index + 2}`);
      if (!parsed.ok) {
        this.options.logger?.warn(parsed.problem);
        continue;
      }
      if (isSince(parsed.row, since)) yield parsed.row;
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
