// QueueStore on a Sheets tab. One read of the whole tab per list/transact,
// display values (FORMATTED_VALUE) so rows read as the humans see them; a
// transaction writes back only the cells it changed (RAW, one batchUpdate),
// so formulas and formatting in every other cell survive.
//
// No compare-and-set: Sheets has no transactions. Just before writing, the
// id column is read again and every row about to be written must still hold
// the id it held when planned (a human may have inserted or deleted rows);
// otherwise nothing is written and a retryable ServiceError is thrown.
// Two executors can still both claim one row between read and write, so
// callers re-read the rows they claimed (see services/executor).
import { ServiceError } from '../../errors';
import type { QueueRow } from '../../model';
import type { QueueChange, QueueStore } from '../../ports';
import { type CellEdit, type CellTable, planQueueWrite, queueLayout, readQueueTable } from '../local/csv-table';
import { columnRange, quoteTab, rowRange, tabRange } from './a1';
import { type CellValue, type SheetsOptions, SheetsValuesClient } from './values-client';

export class SheetsQueueStore implements QueueStore {
  readonly tab: string;
  private readonly source: string;

  constructor(
    private readonly options: SheetsOptions,
    readonly client: SheetsValuesClient = new SheetsValuesClient(options),
  ) {
    this.tab = options.queueTab ?? 'Queue';
    this.source = `Google Sheets tab '${this.tab}'`;
  }

  stats(): { requests: number; retries: number } {
    return this.client.stats();
  }

  async list(): Promise<QueueRow[]> {
    return this.rowsOf(await this.readTable());
  }

  async transact<T>(plan: (rows: readonly QueueRow[]) => QueueChange<T>): Promise<T> {
    const table = await this.readTable();
    const change = plan(this.rowsOf(table));
    const write = planQueueWrite(table, change, this.source);
    const rowEdits = write.edits.filter((edit) => edit.row > 0);
    if (rowEdits.length > 0) await this.checkIdsUnchanged(table, rowEdits);
    await this.client.batchUpdate(this.ranges(write.edits));
    if (write.appended.length > 0) {
      // Search for the table from its last non-blank row: rows appended by
      // someone else meanwhile extend that table, so ours go below them.
      await this.client.append(`${quoteTab(this.tab)}!A${lastFilledSheetRow(table)}`, write.appended);
    }
    return change.result;
  }

  private async readTable(): Promise<CellTable> {
    const grid = await this.client.get(tabRange(this.tab), 'FORMATTED_VALUE');
    const [header = [], ...rows] = grid.map((cells) => cells.map((cell) => String(cell ?? '')));
    return { header, rows };
  }

  private rowsOf(table: CellTable): QueueRow[] {
    const { rows, warnings } = readQueueTable(table, this.source);
    for (const warning of warnings) this.options.logger?.warn(warning);
    return rows;
  }

  private async checkIdsUnchanged(table: CellTable, edits: CellEdit[]): Promise<void> {
    const idCol = queueLayout(table, this.source).known.get('id') ?? 0;
    const fresh = await this.client.get(columnRange(this.tab, idCol, 2), 'FORMATTED_VALUE');
    for (const row of new Set(edits.map((edit) => edit.row))) {
      const planned = table.rows[row - 1]?.[idCol] ?? '';
      const now = String(fresh[row - 1]?.[0] ?? '');
      if (planned !== now) {
        throw new ServiceError(
          'Google Sheets',
          `${this.source} changed while writing: sheet row ${row + 1} held id '${planned}', now '${now}'. Nothing was written; try again.`,
          undefined,
          true,
        );
      }
    }
  }

  /** One range per run of adjacent changed cells in a row (data row r is sheet row r + 1). */
  private ranges(edits: CellEdit[]): Array<{ range: string; values: CellValue[][] }> {
    const ranges: Array<{ range: string; values: CellValue[][] }> = [];
    let run: CellEdit[] = [];
    const flush = () => {
      const first = run[0];
      const last = run[run.length - 1];
      if (first && last) {
        ranges.push({
          range: rowRange(this.tab, first.row + 1, first.col, last.col),
          values: [run.map((e) => e.value)],
        });
      }
      run = [];
    };
    for (const edit of edits) {
      const last = run[run.length - 1];
      if (last && (last.row !== edit.row || last.col + 1 !== edit.col)) flush();
      run.push(edit);
    }
    flush();
    return ranges;
  }
}

function lastFilledSheetRow(table: CellTable): number {
  for (let index = table.rows.length - 1; index >= 0; index--) {
    if ((table.rows[index] ?? []).some((cell) => cell.trim() !== '')) return index + 2;
  }
  return 1;
}
