// QueueStore on <stateDir>/queue.csv: reads without a lock (writes are
// atomic renames, so a reader sees a whole file), transactions under an
// exclusive cross-process lock.
import { join } from 'node:path';
import type { QueueRow } from '../../model';
import type { Logger, QueueChange, QueueStore } from '../../ports';
import { planQueueWrite, readQueueTable } from './csv-table';
import { type FileLockOptions, withFileLock } from './file-lock';
import { readQueueCsvFile, writeQueueCsvFile } from './queue-csv-file';

export interface CsvQueueStoreOptions {
  stateDir: string;
  /** Lock wait bound and stale threshold (defaults 30 s and 10 s). */
  lock?: FileLockOptions;
  /** Receives warnings about the file (ragged rows). */
  logger?: Logger;
}

export const QUEUE_CSV_FILE = 'queue.csv';

export class CsvQueueStore implements QueueStore {
  readonly path: string;

  constructor(private readonly options: CsvQueueStoreOptions) {
    this.path = join(options.stateDir, QUEUE_CSV_FILE);
  }

  async list(): Promise<QueueRow[]> {
    const file = await readQueueCsvFile(this.path);
    return this.rowsOf(file);
  }

  async transact<T>(plan: (rows: readonly QueueRow[]) => QueueChange<T>): Promise<T> {
    return withFileLock(this.path, this.options.lock ?? {}, async (assertHeld) => {
      const file = await readQueueCsvFile(this.path);
      const change = plan(this.rowsOf(file));
      const write = planQueueWrite(file, change, this.path);
      if (write.edits.length > 0 || write.appended.length > 0) {
        assertHeld();
        await writeQueueCsvFile(this.path, { ...write.table, format: file.format });
      }
      return change.result;
    });
  }

  private rowsOf(file: Parameters<typeof readQueueTable>[0]): QueueRow[] {
    const { rows, warnings } = readQueueTable(file, this.path);
    for (const warning of warnings) this.options.logger?.warn(warning);
    return rows;
  }
}
