// RunLog on <stateDir>/run_log.csv: append-only. Appends take the state lock
// (two processes appending at once must not interleave lines) and write the
// header only into an empty file; reads stream through csv-parse so a file
// of millions of rows is never held in memory.
import { createReadStream } from 'node:fs';
import { type FileHandle, open, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { UserError } from '../../errors';
import { RUN_LOG_COLUMNS, type RunLogRow } from '../../model';
import type { Logger, RunLog } from '../../ports';
import { type FileLockOptions, withFileLock } from './file-lock';
import { isSince, runLogCells, runLogKey, runLogRowFrom } from './run-log-csv-row';

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
        if (size === 0) prefix = stringify([[...RUN_LOG_COLUMNS]], { record_delimiter: 'unix' });
        else {
          // A writer killed mid-line leaves no trailing newline; start afresh
          // so the torn line stays one (reported) bad row, not two.
          const last = Buffer.alloc(1);
          await handle.read(last, 0, 1, size - 1);
          if (last.toString() !== '\n') prefix = '\n';
        }
        const positions = size === 0 ? undefined : await this.headerPositions(handle);
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

  /** Where each run-log column sits in the file's header; undefined when it is the standard one. */
  private async headerPositions(handle: FileHandle): Promise<number[] | undefined> {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const firstLine = head.toString('utf8', 0, bytesRead).split(/\r?\n/)[0] ?? '';
    const [header = []] = parseSync(firstLine, { bom: true, relax_quotes: true }) as string[][];
    const keys = header.map(runLogKey);
    if (keys.join(',') === RUN_LOG_COLUMNS.join(',')) return undefined;
    const missing = RUN_LOG_COLUMNS.filter((column) => !keys.includes(column));
    if (missing.length > 0) {
      throw new UserError(
        `${this.path}: the header lacks ${missing.join(', ')}; expected the run-log columns ${RUN_LOG_COLUMNS.join(',')} (any order).`,
      );
    }
    return RUN_LOG_COLUMNS.map((column) => keys.indexOf(column));
  }

  async *read(since?: Date): AsyncIterable<RunLogRow> {
    const exists = await stat(this.path).then(
      () => true,
      () => false,
    );
    if (!exists) return;
    const parser = createReadStream(this.path).pipe(
      parse({
        bom: true,
        columns: (header: string[]) => header.map(runLogKey),
        relax_column_count: true,
        skip_empty_lines: true,
        record_delimiter: ['\r\n', '\n'],
        info: true,
      }),
    );
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      const parsed = runLogRowFrom(record, `${this.path} line ${info.lines}`);
      if (!parsed.ok) {
        this.options.logger?.warn(parsed.problem);
        continue;
      }
      if (isSince(parsed.row, since)) yield parsed.row;
    }
  }
}

function layOut(cells: Array<string | number>, positions: number[]): Array<string | number> {
  const out: Array<string | number> = Array.from({ length: Math.max(...positions) + 1 }, () => '');
  cells.forEach((cell, index) => {
    out[positions[index] as number] = cell;
  });
  return out;
}
