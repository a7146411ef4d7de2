// QueueStore on <stateDir>/queue.csv: reads without a lock (writes are
// atomic renames, so a reader sees a whole file), transactions under an
// exclusive cross-process lock. Transactions of one process take turns in
// memory before the lock, so they queue instead of polling it.
//
// The last version of the file we read or wrote is kept: its exact bytes,
// the table parsed from them, its QueueRows and each record's CSV line. Every
// read reads the file again and compares bytes (not times: an editor may
// write in place within the clock's resolution), so whatever changed it since
// — another process, a person's edit — is parsed and seen; an unchanged file
// is not parsed again. A write re-renders and re-reads only the rows it
// changed (each record's line kept encoded; the file written from them in one
// gathered write, never joined in memory), so the CPU a transaction costs
// grows little with the queue; reading, writing and fsyncing the whole file
// (atomically) still do.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { QueueRow } from '../../model';
import type { Logger, QueueChange, QueueStore } from '../../ports';
import { writeFileAtomic } from './atomic-write';
import { planQueueWrite, type QueueLayout, type QueueWritePlan, queueLayout, queueRowAt } from './csv-table';
import { type FileLockOptions, withFileLock } from './file-lock';
import { csvLine, parseQueueCsvText, type QueueCsvFile } from './queue-csv-file';

export interface CsvQueueStoreOptions {
  stateDir: string;
  /** Lock wait bound and stale threshold (defaults 30 s and 10 s). */
  lock?: FileLockOptions;
  /** Receives warnings about the file (ragged rows). */
  logger?: Logger;
}

export const QUEUE_CSV_FILE = 'queue.csv';

/** One version of the file, parsed. */
interface Snapshot {
  /** The file's bytes, exactly, in chunks (as read: one; as written: a BOM, then a line each). */
  chunks: readonly Buffer[];
  size: number;
  file: QueueCsvFile;
  layout: QueueLayout;
  /** Each data row's QueueRow by position (undefined: a blank row); frozen, as they are shared between reads. */
  byIndex: Array<QueueRow | undefined>;
  /** The non-blank rows, in file order. */
  rows: QueueRow[];
  /** The header's line, then each data row's, encoded with their line endings: made at the first write. */
  lines?: Buffer[];
}

/** The same bytes as `chunks` hold, compared piece by piece (the file is never joined in memory). */
function sameBytes(bytes: Buffer, snapshot: Snapshot): boolean {
  if (bytes.length !== snapshot.size) return false;
  let at = 0;
  for (const chunk of snapshot.chunks) {
    if (bytes.compare(chunk, 0, chunk.length, at, at + chunk.length) !== 0) return false;
    at += chunk.length;
  }
  return true;
}

const encodedLine = (cells: readonly string[], eol: string) => Buffer.from(csvLine(cells) + eol, 'utf8');
const BOM = Buffer.from('\ufeff', 'utf8');

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return Buffer.alloc(0);
    throw error;
  }
}

function frozen(row: QueueRow | undefined): QueueRow | undefined {
  if (!row) return row;
  Object.freeze(row.extra);
  return Object.freeze(row);
}

function snapshotOf(chunks: readonly Buffer[], file: QueueCsvFile, source: string): Snapshot {
  const layout = queueLayout(file, source);
  const byIndex = file.rows.map((cells, index) => frozen(queueRowAt(cells, index, layout)));
  const size = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  return { chunks, size, file, layout, byIndex, rows: byIndex.filter((row) => row !== undefined) };
}

/** The snapshot after `write`: only the rows it changed or added are rendered and read again. */
function snapshotAfter(before: Snapshot, write: QueueWritePlan, source: string): Snapshot {
  const file: QueueCsvFile = { ...write.table, format: before.file.format };
  const { eol, bom } = file.format;
  const lines = before.lines ?? [before.file.header, ...before.file.rows].map((cells) => encodedLine(cells, eol));
  const next = lines.slice();
  const changed = new Set<number>();
  let headerChanged = false;
  for (const edit of write.edits) {
    if (edit.row === 0) headerChanged = true;
    else changed.add(edit.row - 1);
  }
  for (let index = before.file.rows.length; index < file.rows.length; index++) changed.add(index);
  if (headerChanged) next[0] = encodedLine(file.header, eol);
  for (const index of changed) next[index + 1] = encodedLine(file.rows[index] ?? [], eol);
  // The text stringifyCsvTable writes (csvText): the BOM kept, each line ended.
  const chunks = bom ? [BOM, ...next] : next;
  // A new column moves where values are read from: every row is read again (rare: a column's first value).
  if (headerChanged) return { ...snapshotOf(chunks, file, source), lines: next };
  const byIndex = before.byIndex.slice();
  for (const index of changed) byIndex[index] = frozen(queueRowAt(file.rows[index] ?? [], index, before.layout));
  return {
    chunks,
    size: chunks.reduce((sum, chunk) => sum + chunk.length, 0),
    file,
    layout: before.layout,
    byIndex,
    rows: byIndex.filter((row) => row !== undefined),
    lines: next,
  };
}

export class CsvQueueStore implements QueueStore {
  readonly path: string;
  #cache: Snapshot | undefined;
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
        const snapshot = await this.read();
        const change = plan(this.rowsOf(snapshot));
        const write = planQueueWrite(snapshot.file, change, this.path);
        if (write.edits.length > 0 || write.appended.length > 0) {
          assertHeld();
          const next = snapshotAfter(snapshot, write, this.path);
          this.#cache = undefined;
          await writeFileAtomic(this.path, next.chunks);
          // We hold the lock: the file is the one we just renamed into place (a later edit changes its bytes).
          this.#cache = next;
        }
        return change.result;
      }),
    );
    this.#turn = result.catch(() => {});
    return result;
  }

  /** The file as it is now, parsed; the kept snapshot when its bytes are the same. */
  private async read(): Promise<Snapshot> {
    const bytes = await readBytes(this.path);
    const cached = this.#cache;
    if (cached && sameBytes(bytes, cached)) return cached;
    const snapshot = snapshotOf([bytes], parseQueueCsvText(bytes.toString('utf8'), this.path), this.path);
    this.#cache = snapshot;
    return snapshot;
  }

  /** A copy of the rows (a caller may sort it), and the layout's warnings said again, as on every read. */
  private rowsOf(snapshot: Snapshot): QueueRow[] {
    for (const warning of snapshot.layout.warnings) this.options.logger?.warn(warning);
    return snapshot.rows.slice();
  }
}
