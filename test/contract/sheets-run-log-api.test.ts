// What the Sheets run log does beyond the contract: numbers stored as
// numbers, a header a human reordered or trimmed, bad rows reported.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SheetsRunLog } from '../../packages/core/src/adapters/sheets/run-log';
import { createMemoryLogger } from '../../packages/core/src/log/memory-logger';
import { RUN_LOG_COLUMNS } from '../../packages/core/src/model';
import { type FakeGrid, type FakeSheetsServer, startFakeSheets } from '../fakes/sheets-server';
import { collect, runLogRow } from './run-log.contract';

let server: FakeSheetsServer;
beforeAll(async () => {
  server = await startFakeSheets();
});
afterAll(() => server.close());

function setup(id: string, grid: FakeGrid, runLogPageRows?: number) {
  server.addSpreadsheet(id, { RunLog: grid });
  const logger = createMemoryLogger();
  const log = new SheetsRunLog({
    spreadsheetId: id,
    auth: { accessToken: server.token },
    apiUrl: server.url,
    logger,
    runLogPageRows,
  });
  return { log, logger };
}

describe('SheetsRunLog against the Sheets API', () => {
  it('writes the header once and numbers as numbers, in few requests', async () => {
    const { log } = setup('numbers', []);
    await log.append([runLogRow({ item_id: 'a' })]);
    await log.append([runLogRow({ item_id: 'b' })]);
    const grid = server.grid('numbers', 'RunLog');
    expect(grid[0]).toEqual([...RUN_LOG_COLUMNS]);
    expect(grid[1]?.[RUN_LOG_COLUMNS.indexOf('cost_usd')]).toBe(0.0123);
    expect(grid[2]?.[RUN_LOG_COLUMNS.indexOf('item_id')]).toBe('b');
    // Header read + header write + two appends: the header is not re-read per append.
    expect(log.stats().requests).toBe(4);
  });

  it('appends into a header a human reordered, adding the columns it lacks', async () => {
    const { log } = setup('reordered', [['Item_ID', 'Comment', 'AT', 'outcome', 'mode']]);
    const row = runLogRow({ item_id: 'x', error_codes: ['E1', 'E2'] });
    await log.append([row]);
    const grid = server.grid('reordered', 'RunLog');
    expect(grid[0]?.slice(0, 5)).toEqual(['Item_ID', 'Comment', 'AT', 'outcome', 'mode']);
    expect(grid[0]).toHaveLength(5 + RUN_LOG_COLUMNS.length - 4);
    expect(grid[1]?.slice(0, 5)).toEqual(['x', '', row.at, row.outcome, row.mode]);
    expect(await collect(log.read())).toEqual([row]);
  });

  it('reports a row that does not parse and reads the rest', async () => {
    const { log, logger } = setup('bad', [
      ['at', 'mode', 'outcome', 'item_id', 'duration_ms'],
      ['2025-03-01T00:00:00Z', 'review', 'drafted', 'ok', 5],
      ['2025-03-01T00:00:00Z', 'sideways', 'drafted', 'bad'],
    ]);
    expect((await collect(log.read())).map((r) => [r.item_id, r.duration_ms])).toEqual([['ok', 5]]);
    expect(logger.events.map((e) => e.message)).toEqual([
      expect.stringMatching(/tab 'RunLog' row 3: mode 'sideways' is not one of review, publish/),
    ]);
  });

  it('reads page by page, across blank rows inside a page, until a page comes back empty', async () => {
    const header = ['at', 'mode', 'outcome', 'item_id'];
    const row = (n: number) => [`2025-03-01T00:00:${String(n).padStart(2, '0')}Z`, 'review', 'drafted', `i${n}`];
    // 7 rows, a blank one among them, in pages of 3: header + 3 pages with rows + 1 empty page.
    const grid: FakeGrid = [header, row(1), row(2), row(3), [], row(5), row(6), row(7), row(8)];
    const { log } = setup('paged', grid, 3);
    const ids = (await collect(log.read())).map((r) => r.item_id);
    expect(ids).toEqual(['i1', 'i2', 'i3', 'i5', 'i6', 'i7', 'i8']);
    const ranges = server.requests
      .filter((r) => r.path.includes('/spreadsheets/paged/'))
      .map((r) => r.path.split('/values/')[1] ?? '');
    expect(ranges).toEqual(["'RunLog'!1:1", "'RunLog'!2:4", "'RunLog'!5:7", "'RunLog'!8:10", "'RunLog'!11:13"]);
  });
});
