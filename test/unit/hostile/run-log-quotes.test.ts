// Issue 10 "Reading": one unbalanced quote in run_log.csv must cost one
// record, named by file and line, never the rows after it; and the writer
// never appends inside an open quote.
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CsvQueueStore } from '../../../packages/core/src/adapters/local/queue-csv-store';
import { CsvRunLog } from '../../../packages/core/src/adapters/local/run-log-csv';
import { UserError } from '../../../packages/core/src/errors';
import { createMemoryLogger } from '../../../packages/core/src/log/memory-logger';
import { RUN_LOG_COLUMNS } from '../../../packages/core/src/model';
import { collect, runLogRow } from '../../contract/run-log.contract';

const line = (id: string, day = 1) =>
  `2025-03-0${day}T10:00:00.000Z,run-1,trace-1,review,${id},drafted,PASS,,1,10,1,1,0.01,\n`;

describe('run_log.csv with an unbalanced quote', () => {
  let dir: string;
  let path: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hostile-run-log-'));
    path = join(dir, 'run_log.csv');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('skips only the broken record, names the file and line, and reads every row after it', async () => {
    await writeFile(
      path,
      `${RUN_LOG_COLUMNS.join(',')}\n${line('a')}${line('b')}${line('c')}` +
        '2025-03-01T10:00:00.000Z,run-1,trace-1,review,"broken,drafted,PASS,,1,10,1,1,0.01,\n' +
        `${line('d', 2)}${line('e', 3)}`,
    );
    const logger = createMemoryLogger();
    const rows = await collect(new CsvRunLog({ stateDir: dir, logger }).read());
    expect(rows.map((r) => r.item_id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(logger.events.map((e) => e.message)).toEqual([expect.stringMatching(/run_log\.csv line 5: a quote opened/)]);
    expect(logger.events[0]?.message).toContain(path);
  });

  it('a broken record at the end of the file is reported, not thrown', async () => {
    await writeFile(path, `${RUN_LOG_COLUMNS.join(',')}\n${line('a')}2025-03-01T10:00:00.000Z,run-1,"torn`);
    const logger = createMemoryLogger();
    const rows = await collect(new CsvRunLog({ stateDir: dir, logger }).read());
    expect(rows.map((r) => r.item_id)).toEqual(['a']);
    expect(logger.events.map((e) => e.message)).toEqual([expect.stringMatching(/line 3: a quote opened/)]);
  });

  it('keeps a legitimate quoted field that spans lines', async () => {
    await writeFile(
      path,
      `${RUN_LOG_COLUMNS.join(',')}\n` +
        '2025-03-01T10:00:00.000Z,run-1,"trace\nwith a break",review,a,drafted,PASS,,1,10,1,1,0.01,\n' +
        line('b'),
    );
    const logger = createMemoryLogger();
    const rows = await collect(new CsvRunLog({ stateDir: dir, logger }).read());
    expect(rows.map((r) => [r.item_id, r.trace_id])).toEqual([
      ['a', 'trace\nwith a break'],
      ['b', 'trace-1'],
    ]);
    expect(logger.events).toEqual([]);
  });

  it('a stray quote inside a field costs that row only', async () => {
    await writeFile(
      path,
      `${RUN_LOG_COLUMNS.join(',')}\n${line('a')}` +
        '2025-03-01T10:00:00.000Z,run-1,"trace"x,review,b,drafted,PASS,,1,10,1,1,0.01,\n' +
        line('c'),
    );
    const logger = createMemoryLogger();
    const rows = await collect(new CsvRunLog({ stateDir: dir, logger }).read());
    expect(rows.map((r) => r.item_id)).toEqual(['a', 'c']);
    expect(logger.events.map((e) => e.message)).toEqual([expect.stringMatching(/line 3: not valid CSV/)]);
  });

  it('the writer closes an open quote on a line of its own before appending', async () => {
    const logger = createMemoryLogger();
    const log = new CsvRunLog({ stateDir: dir, logger });
    await log.append([runLogRow({ item_id: 'a' })]);
    // A torn write (or a hand edit) left a quote open, and no final newline.
    await appendFile(path, '2025-03-01T10:00:00.000Z,run-1,"torn');
    await log.append([runLogRow({ item_id: 'b' })]);
    await log.append([runLogRow({ item_id: 'c' })]);
    const text = await readFile(path, 'utf8');
    expect(text).toContain('"torn\n"\n2025-03-01T10:00:00.000Z');
    expect(text.match(/^"$/gm)).toHaveLength(1); // repaired once, not on every append
    const rows = await collect(log.read());
    expect(rows.map((r) => r.item_id)).toEqual(['a', 'b', 'c']);
    expect(logger.events.some((e) => /closed it on a line of its own/.test(e.message))).toBe(true);
  });

  it('the writer repairs a quote opened far up the file (a hand edit on line 3 of many)', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => `x${i} text without quotes, that goes on and on\n`).join('');
    await writeFile(
      path,
      `${RUN_LOG_COLUMNS.join(',')}\n${line('a')}2025-03-01T10:00:00.000Z,run-1,"hand edit\n${many}`,
    );
    const logger = createMemoryLogger();
    const log = new CsvRunLog({ stateDir: dir, logger });
    await log.append([runLogRow({ item_id: 'b' })]);
    const rows = await collect(log.read());
    expect(rows.map((r) => r.item_id)).toEqual(['a', 'b']);
    // The hand-edited record, closed by the writer, is one bad row: reported at its line, skipped.
    expect(logger.events.filter((e) => /run_log\.csv line 3: .*row skipped/.test(e.message))).toHaveLength(1);
  });
});

describe('queue.csv with an unbalanced quote', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hostile-queue-quote-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('is refused, naming the file and the line the quote opened on; nothing is written, no row is lost', async () => {
    const text = 'id,title,status\nq1,Tea,PENDING\nq2,"Coffee,PENDING\nq3,Milk,PENDING\nq4,Water,PENDING\n';
    await writeFile(join(dir, 'queue.csv'), text);
    const store = new CsvQueueStore({ stateDir: dir });
    const listed = await store.list().catch((error: unknown) => error);
    expect(listed).toBeInstanceOf(UserError);
    expect((listed as Error).message).toContain(
      `${join(dir, 'queue.csv')} line 3: a quote opened on this line is never closed`,
    );
    const wrote = await store
      .transact(() => ({ append: [{ id: 'q5', title: 'New' }], result: null }))
      .catch((error: unknown) => error);
    expect(wrote).toBeInstanceOf(UserError);
    expect(await readFile(join(dir, 'queue.csv'), 'utf8')).toBe(text);
  });
});
