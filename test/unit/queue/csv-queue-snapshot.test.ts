// CsvQueueStore keeps the last version of queue.csv it read or wrote (bytes,
// table, rows, each record's line) and re-renders only the rows a write
// changes. What must hold: an edit a person makes between two transactions is
// seen and kept — even one that leaves size and times as they were — and the
// file written is exactly the whole table stringified, as before the cache.
import { mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCsvTable, stringifyCsvTable } from '../../../packages/core/src/adapters/local/queue-csv-file';
import { CsvQueueStore } from '../../../packages/core/src/adapters/local/queue-csv-store';
import type { QueueRow } from '../../../packages/core/src/model';

describe('CsvQueueStore snapshot', () => {
  let stateDir: string;
  let path: string;
  beforeEach(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'queue-snapshot-'));
    path = join(stateDir, 'queue.csv');
  });
  afterEach(() => rm(stateDir, { recursive: true, force: true }));

  const setStatus = (store: CsvQueueStore, id: string, status: string) =>
    store.transact((rows) => {
      const row = rows.find((r) => r.id === id);
      if (!row) throw new Error(`no row ${id}`);
      return { update: [{ ...row, status }], result: undefined };
    });

  it('sees an edit made between two transactions, with the same size and times, and keeps it', async () => {
    await writeFile(path, 'id,title,status\na,Alpha,PENDING\nb,Bravo,PENDING\n');
    const store = new CsvQueueStore({ stateDir });
    await setStatus(store, 'a', 'CLAIMED');
    const before = await stat(path);
    const text = await readFile(path, 'utf8');
    // In place, same length, times put back: only the bytes tell.
    await writeFile(path, text.replace('Bravo', 'Brava'));
    await utimes(path, before.atime, before.mtime);
    await setStatus(store, 'a', 'DONE');
    expect(await readFile(path, 'utf8')).toBe('id,title,status\na,Alpha,DONE\nb,Brava,PENDING\n');
    expect((await store.list()).map((r) => r.title)).toEqual(['Alpha', 'Brava']);
  });

  it('writes what stringifying the whole table writes: quotes, BOM and CRLF, blank and added rows, a new column', async () => {
    const original =
      '\ufeffid,title,status,notes\r\na,"Tea, green",PENDING,"say ""hi"""\r\n,,,\r\nb,Bravo,PENDING,\r\n';
    await writeFile(path, original);
    const store = new CsvQueueStore({ stateDir });
    let expected = parseCsvTable(original, path);
    const check = async () => {
      const text = await readFile(path, 'utf8');
      expect(text).toBe(stringifyCsvTable(expected, expected.format));
    };
    await setStatus(store, 'b', 'CLAIMED');
    expected = { ...expected, rows: expected.rows.map((r) => (r[0] === 'b' ? ['b', 'Bravo', 'CLAIMED', ''] : r)) };
    await check();
    await store.transact((rows) => ({
      update: [{ ...(rows[0] as QueueRow), notes: 'line one\nline "two"' }],
      append: [{ id: 'c', title: 'Charlie, the third', status: 'PENDING' }],
      result: undefined,
    }));
    // The whole file read back through the parser agrees with the store's rows.
    const reread = parseCsvTable(await readFile(path, 'utf8'), path);
    expect(await readFile(path, 'utf8')).toBe(stringifyCsvTable(reread, reread.format));
    const rows = await store.list();
    expect(rows.map((r) => [r.row, r.id, r.title, r.status, r.notes])).toEqual([
      [1, 'a', 'Tea, green', 'PENDING', 'line one\nline "two"'],
      [3, 'b', 'Bravo', 'CLAIMED', ''],
      [4, 'c', 'Charlie, the third', 'PENDING', ''],
    ]);
    // A column the header lacks, added by a write: every row read again under the new header.
    await store.transact((current) => ({
      update: [{ ...(current[1] as QueueRow), lease_owner: 'me' }],
      result: undefined,
    }));
    const fresh = new CsvQueueStore({ stateDir });
    expect(await store.list()).toEqual(await fresh.list());
    expect((await store.list()).find((r) => r.id === 'b')?.lease_owner).toBe('me');
    const last = parseCsvTable(await readFile(path, 'utf8'), path);
    expect(await readFile(path, 'utf8')).toBe(stringifyCsvTable(last, last.format));
  });

  it('hands out copies: a caller sorting the list or a plan changing a row cannot change the kept rows', async () => {
    await writeFile(path, 'id,title,status\na,Alpha,PENDING\nb,Bravo,PENDING\n');
    const store = new CsvQueueStore({ stateDir });
    const list = await store.list();
    list.reverse();
    expect((await store.list()).map((r) => r.id)).toEqual(['a', 'b']);
    const [first] = await store.list();
    expect(() => {
      (first as QueueRow).status = 'DONE';
    }).toThrow(TypeError);
    expect((await store.list())[0]?.status).toBe('PENDING');
  });
});
