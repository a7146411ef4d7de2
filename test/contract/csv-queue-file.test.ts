// What the CSV queue does beyond the contract: the file's own details (BOM,
// line endings, quoting, ragged rows, bad CSV) and the atomic write.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readQueueCsvFile, writeQueueCsvFile } from '../../packages/core/src/adapters/local/queue-csv-file';
import { CsvQueueStore } from '../../packages/core/src/adapters/local/queue-csv-store';
import { UserError } from '../../packages/core/src/errors';
import { createMemoryLogger } from '../../packages/core/src/log/memory-logger';
import type { QueueRow } from '../../packages/core/src/model';

describe('CsvQueueStore file handling', () => {
  let stateDir: string;
  let path: string;
  beforeEach(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'queue-file-'));
    path = join(stateDir, 'queue.csv');
  });
  afterEach(() => rm(stateDir, { recursive: true, force: true }));

  const setStatus = (id: string, status: string) => (rows: readonly QueueRow[]) => ({
    update: [{ ...(rows.find((r) => r.id === id) as QueueRow), status }],
    result: null,
  });

  it('keeps a BOM and CRLF line endings, and rewrites untouched rows byte for byte', async () => {
    await writeFile(path, '\ufeffid,title,status\r\n1,"Hello, world",PENDING\r\n2,plain,PENDING\r\n');
    const store = new CsvQueueStore({ stateDir });
    expect((await store.list())[0]?.id).toBe('1');
    await store.transact(setStatus('2', 'PUBLISHED'));
    expect(await readFile(path, 'utf8')).toBe(
      '\ufeffid,title,status\r\n1,"Hello, world",PENDING\r\n2,plain,PUBLISHED\r\n',
    );
  });

  it('keeps cells past the header under synthetic names and reports them', async () => {
    await writeFile(path, 'id,title\n1,one,stray,more\n2,two\n');
    const logger = createMemoryLogger();
    const store = new CsvQueueStore({ stateDir, logger });
    const rows = await store.list();
    expect(rows[0]?.extra).toEqual({ column_3: 'stray', column_4: 'more' });
    expect(rows[1]?.extra).toEqual({ column_3: '', column_4: '' });
    expect(logger.events.filter((e) => e.level === 'warn').map((e) => e.message)).toEqual([
      expect.stringMatching(
        /queue\.csv: some rows have more cells than the header's 2 columns; column 3 is kept as 'column_3'/,
      ),
      expect.stringMatching(/column 4 is kept as 'column_4'/),
    ]);
    await store.transact(setStatus('2', 'SKIPPED'));
    expect(await readFile(path, 'utf8')).toBe('id,title,,,status\n1,one,stray,more\n2,two,,,SKIPPED\n');
    expect((await store.list())[0]?.extra).toEqual({ column_3: 'stray', column_4: 'more' });
  });

  it('names the file and line of broken quoting, and a duplicated known column', async () => {
    await writeFile(path, 'id,title\n1,"unclosed\n');
    const error = await new CsvQueueStore({ stateDir }).list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/queue\.csv line 2: a quote opened on this line is never closed/);
    await writeFile(path, 'id,title\n1,"closed"x\n');
    const stray = await new CsvQueueStore({ stateDir }).list().catch((e: unknown) => e);
    expect((stray as Error).message).toMatch(/queue\.csv: not valid CSV — .*line 2/);
    await writeFile(path, 'id,Status,status\n1,a,b\n');
    await expect(new CsvQueueStore({ stateDir }).list()).rejects.toThrow(
      /column 'status' appears twice in the header \(columns 2 and 3\)/,
    );
  });

  it('keeps duplicate and blank unknown headers apart', async () => {
    await writeFile(path, 'id,tag,tag,\n1,a,b,c\n');
    const [row] = await new CsvQueueStore({ stateDir }).list();
    expect(row?.extra).toEqual({ tag: 'a', column_3: 'b', column_4: 'c' });
  });

  it('treats a missing or empty file as an empty queue', async () => {
    const store = new CsvQueueStore({ stateDir });
    expect(await store.list()).toEqual([]);
    await writeFile(path, '');
    expect(await store.list()).toEqual([]);
  });

  it('writes atomically, leaving no temp file, and leaves the file alone when the plan throws', async () => {
    await writeFile(path, 'id,status\n1,PENDING\n');
    const store = new CsvQueueStore({ stateDir });
    await expect(
      store.transact(() => {
        throw new Error('plan failed');
      }),
    ).rejects.toThrow('plan failed');
    await store.transact(setStatus('1', 'FAILED'));
    expect(await readFile(path, 'utf8')).toBe('id,status\n1,FAILED\n');
    expect(await readdir(stateDir)).toEqual(['queue.csv']);
  });

  it('copies a queue file with readQueueCsvFile / writeQueueCsvFile', async () => {
    await writeFile(path, '\ufeffid,x\r\n1,"a\nb"\r\n');
    const copy = join(stateDir, 'copy', 'queue.csv');
    await writeQueueCsvFile(copy, await readQueueCsvFile(path));
    expect(await readFile(copy, 'utf8')).toBe(await readFile(path, 'utf8'));
  });
});
