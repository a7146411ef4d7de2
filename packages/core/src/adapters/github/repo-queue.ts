// QueueStore on `queue.csv` on the state branch, through the contents API:
// the same table as the local queue.csv (the local adapter's CSV codec and
// table planning, unchanged), and the one backend with a true
// compare-and-set — a claim that loses the race re-reads and re-plans, and a
// human's commit made meanwhile is kept (see repo-file.ts).
import type { QueueRow } from '../../model';
import type { QueueChange, QueueStore } from '../../ports';
import { type CellTable, planQueueWrite, readQueueTable } from '../local/csv-table';
import { parseCsvTable, type QueueCsvFile, stringifyCsvTable } from '../local/queue-csv-file';
import type { GitHubRepoFile } from './repo-file';
import { type RepoStateOptions, stateFile } from './state-branch';

export const REPO_QUEUE_PATH = 'queue.csv';

const EMPTY: QueueCsvFile = { header: [], rows: [], format: { bom: false, eol: '\n' } };

export class GitHubRepoQueueStore implements QueueStore {
  readonly file: GitHubRepoFile;
  /** A returned transaction was applied to the latest queue.csv (compare-and-set): a claim needs no re-read. */
  readonly exclusive = true;

  constructor(private readonly options: RepoStateOptions) {
    this.file = stateFile(options, REPO_QUEUE_PATH);
  }

  get where(): string {
    return this.file.where;
  }

  async list(): Promise<QueueRow[]> {
    return this.rowsOf(this.tableOf((await this.file.read())?.text));
  }

  async transact<T>(plan: (rows: readonly QueueRow[]) => QueueChange<T>): Promise<T> {
    const { result } = await this.file.transact(
      (text) => {
        const table = this.tableOf(text);
        const change = plan(this.rowsOf(table));
        const write = planQueueWrite(table, change, this.where);
        if (write.edits.length === 0 && write.appended.length === 0) return { result: change.result };
        return {
          text: stringifyCsvTable(write.table, table.format),
          result: change.result,
          message: `chore(autopilot): queue ${describe(change)} [skip ci]`,
        };
      },
      'chore(autopilot): queue [skip ci]',
      { optimistic: true },
    );
    return result;
  }

  private tableOf(text: string | undefined): QueueCsvFile {
    if (text === undefined || text.replace('\ufeff', '').trim() === '') return EMPTY;
    return parseCsvTable(text, this.where);
  }

  private rowsOf(table: CellTable): QueueRow[] {
    const { rows, warnings } = readQueueTable(table, this.where);
    for (const warning of warnings) this.options.logger?.warn(warning);
    return rows;
  }
}

function describe(change: QueueChange<unknown>): string {
  const parts: string[] = [];
  const updated = change.update?.length ?? 0;
  const added = change.append?.length ?? 0;
  if (updated) {
    const ids = change.update?.slice(0, 3).map((r) => r.id) ?? [];
    parts.push(`${ids.join(', ')}${updated > 3 ? ` and ${updated - 3} more` : ''}`);
  }
  if (added) parts.push(`${added} added`);
  return parts.join('; ');
}
