// QueueStore on <stateDir>/queue.csv: reads without a lock (writes are
// atomic renames, so a reader sees a whole file), transactions under an
// exclusive cross-process lock. The parsed file is kept, keyed by the file's
// inode, size and times: a transaction re-parses the file only when someone
// else changed it since our last read or write. Transactions of one process
// take turns in memory before the lock, so they queue instead of polling it.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { QueueRow } from '../../model';
import type { Logger, QueueChange, QueueStore } from '../../ports';
import { planQueueWrite, readQueueTable } from './csv-table';
import { type FileLockOptions, withFileLock } from './file-lock';
import { type QueueCsvFile, readQueueCsvFile, writeQueueCsvFile } from './queue-csv-file';

export interface CsvQueueStoreOptions {
  stateDir: string;
  /** Lock wait bound and stale threshold (defaults 30 s and 10 s). */
  lock?: FileLockOptions;
  /** Receives warnings about the file (ragged rows). */
  logger?: Logger;
}

export const QUEUE_CSV_FILE = 'queue.csv';

/** Which version of the file we parsed: a write (a rename) or an edit changes it. */
type Stamp = string;

async function stampOf(path: string): Promise<Stamp | undefined> {
  try {
    const { ino, size, mtimeMs, ctimeMs } = await stat(path);
    return `${ino}:${size}:${mtimeMs}:${ctimeMs}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export class CsvQueueStore implements QueueStore {
  readonly path: string;
  #cache: { stamp: Stamp; file: QueueCsvFile } | undefined;
  #turn: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: CsvQueueStoreOptions) {
    this.path = join(options.stateDir, QUEUE_CSV_FILE);
  }

  async list(): Promise<QueueRow[]> {
    return this.rowsOf(await this.read());
  }

  transact<T>(plan: (rows: readonly QueueRow[]) => QueueChange<T>): Promise<T> {
    const result = this.#turn.then(() =>
      withFileLock(this.path, this.options.lock ?? {}, async (assertHeld) => {
        const file = await this.read();
        const change = plan(this.rowsOf(file));
        const write = planQueueWrite(file, change, this.path);
        if (write.edits.length > 0 || write.appended.length > 0) {
          assertHeld();
          const written = { ...write.table, format: file.format };
          this.#cache = undefined;
          await writeQueueCsvFile(this.path, written);
          // We hold the lock: the file is the one we just renamed into place.
          const stamp = await stampOf(this.path);
          if (stamp) this.#cache = { stamp, file: written };
        }
        return change.result;
      }),
    );
    this.#turn = result.catch(() => {});
    return result;
  }

  /** The file, parsed; from the cache when it has not changed since. */
  private async read(): Promise<QueueCsvFile> {
    const before = await stampOf(this.path);
    const cached = this.#cache;
    if (before !== undefined && cached?.stamp === before) return cached.file;
    const file = await readQueueCsvFile(this.path);
    // Kept only when the file did not change while we read it.
    if (before !== undefined && (await stampOf(this.path)) === before) this.#cache = { stamp: before, file };
    return file;
  }

  private rowsOf(file: QueueCsvFile): QueueRow[] {
    const { rows, warnings } = readQueueTable(file, this.path);
    for (const warning of warnings) this.options.logger?.warn(warning);
    return rows;
  }
}
