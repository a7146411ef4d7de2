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
import { linesOf } from '../local/csv-records';
import { endsInsideQuote, runLogRowsOfLines } from '../local/run-log-csv';
import { runLogCells, runLogKey } from '../local/run-log-csv-row';
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
    // Never append inside a quote a hand edit left open: close it on a line of its own (as run-log-csv.ts does).
    const firstLine = text.split(/\r?\n/)[0] ?? '';
    const [header = []] = parse(firstLine, { bom: true, relax_quotes: true }) as string[][];
    const open = endsInsideQuote(text.split('\n'), header.map(runLogKey), true);
    return (text.endsWith('\n') ? text : `${text}\n`) + (open ? '"\n' : '') + body;
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
    // Record by record: one unbalanced quote costs one record, reported with its line, never the rows after it.
    yield* runLogRowsOfLines(linesOf([text]), this.file.where, (problem) => this.options.logger?.warn(problem), since);
  }
}

function layOut(cells: Array<string | number>, positions: number[]): Array<string | number> {
  const out: Array<string | number> = Array.from({ length: Math.max(...positions) + 1 }, () => '');
  cells.forEach((cell, index) => {
    out[positions[index] as number] = cell;
  });
  return out;
}
