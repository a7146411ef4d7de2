// RunLog on `run_log.csv` on the state branch: append-only, the same columns
// and cell codec as the local run_log.csv (run-log-csv-row.ts, csv-parse and
// csv-stringify with the local file's options). Each append is a
// compare-and-set write of the whole file (repo-file.ts): a concurrent
// append re-reads and re-appends on top, and a write whose answer was lost
// is looked up before it is repeated, so no row is written twice.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { UserError } from '../../errors';
import { RUN_LOG_COLUMNS, type RunLogRow } from '../../model';
import type { RunLog } from '../../ports';
import { isSince, runLogCells, runLogKey, runLogRowFrom } from '../local/run-log-csv-row';
import type { GitHubRepoFile } from './repo-file';
import { type RepoStateOptions, stateFile } from './state-branch';

export const REPO_RUN_LOG_PATH = 'run_log.csv';

export class GitHubRepoRunLog implements RunLog {
  readonly file: GitHubRepoFile;

  constructor(private readonly options: RepoStateOptions) {
    this.file = stateFile(options, REPO_RUN_LOG_PATH);
  }

  async append(rows: RunLogRow[]): Promise<void> {
    if (rows.length === 0) return;
    const ids = [...new Set(rows.map((r) => r.item_id))];
    const label = `${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ` and ${ids.length - 3} more` : ''}`;
    await this.file.transact(
      (text) => ({ text: this.appended(text ?? '', rows), result: undefined }),
      `chore(autopilot): run log ${label} [skip ci]`,
      { optimistic: true },
    );
  }

  /** The text with the rows added at the end, laid out in the file's own column order. */
  private appended(text: string, rows: RunLogRow[]): string {
    const empty = text.replace('\ufeff', '').trim() === '';
    const positions = empty ? undefined : this.headerPositions(text);
    const cells = rows.map(runLogCells).map((row) => (positions ? layOut(row, positions) : row));
    const body = stringify(cells, { record_delimiter: 'unix', quoted_match: /[\r\n]/ });
    if (empty) return stringify([[...RUN_LOG_COLUMNS]], { record_delimiter: 'unix' }) + body;
    return (text.endsWith('\n') ? text : `${text}\n`) + body;
  }

  /** Where each run-log column sits in the file's header; undefined when it is the standard one. */
  private headerPositions(text: string): number[] | undefined {
    const firstLine = text.split(/\r?\n/)[0] ?? '';
    const [header = []] = parse(firstLine, { bom: true, relax_quotes: true }) as string[][];
    const keys = header.map(runLogKey);
    if (keys.join(',') === RUN_LOG_COLUMNS.join(',')) return undefined;
    const missing = RUN_LOG_COLUMNS.filter((column) => !keys.includes(column));
    if (missing.length > 0) {
      throw new UserError(
        `${this.file.where}: the header lacks ${missing.join(', ')}; expected the run-log columns ${RUN_LOG_COLUMNS.join(',')} (any order).`,
      );
    }
    return RUN_LOG_COLUMNS.map((column) => keys.indexOf(column));
  }

  async *read(since?: Date): AsyncIterable<RunLogRow> {
    const text = (await this.file.read())?.text;
    if (text === undefined || text.replace('\ufeff', '').trim() === '') return;
    let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
    try {
      records = parse(text, {
        bom: true,
        columns: (header: string[]) => header.map(runLogKey),
        relax_column_count: true,
        skip_empty_lines: true,
        record_delimiter: ['\r\n', '\n'],
        info: true,
      });
    } catch (error) {
      throw new UserError(
        `${this.file.where}: not valid CSV — ${(error as Error).message}. Fix the quoting on that line (on the state branch).`,
      );
    }
    for (const { record, info } of records) {
      const parsed = runLogRowFrom(record, `${this.file.where} line ${info.lines}`);
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
