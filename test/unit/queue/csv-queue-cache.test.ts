// CsvQueueStore keeps the parsed queue.csv between transactions; whatever
// changed the file since — another process, a person's editor writing in
// place with the same length — must be read, never the cached copy.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CsvQueueStore } from '../../../packages/core/src/adapters/local/queue-csv-store';
import type { QueueRow } from '../../../packages/core/src/model';

describe('CsvQueueStore cache', () => {
  let stateDir: string;
  let path: string;
  beforeEach(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'queue-cache-'));
    path = join(stateDir, 'queue.csv');
    await writeFile(path, 'id,title,status\na,Alpha,PENDING\nb,Bravo,PENDING\n');
  });
  afterEach(() => rm(stateDir, { recursive: true, force: true }));

  const titles = async (store: CsvQueueStore) => (await store.list()).map((r) => `${r.id}:${r.title}:${r.status}`);

  it('reads an edit made in place, with the same length, after its own write', async () => {
    const store = new CsvQueueStore({ stateDir });
    await store.transact((rows) => ({ update: [{ ...rows[0], status: 'CLAIMED' }] as QueueRow[], result: undefined }));
    expect(await titles(store)).toEqual(['a:Alpha:CLAIMED', 'b:Bravo:PENDING']);
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace('Bravo', 'Brava'));
    expect(await titles(store)).toEqual(['a:Alpha:CLAIMED', 'b:Brava:PENDING']);
    // And a transaction plans over the edited file, keeping the edit.
    await store.transact((rows) => ({ update: [{ ...rows[1], status: 'DONE' }] as QueueRow[], result: undefined }));
    expect(await readFile(path, 'utf8')).toContain('b,Brava,DONE');
  });

  it('two stores on one file (two processes) see each other’s writes', async () => {
    const one = new CsvQueueStore({ stateDir });
    const two = new CsvQueueStore({ stateDir });
    expect(await titles(two)).toEqual(['a:Alpha:PENDING', 'b:Bravo:PENDING']);
    await one.transact((rows) => ({ update: [{ ...rows[0], status: 'CLAIMED' }] as QueueRow[], result: undefined }));
    await two.transact((rows) => ({ update: [{ ...rows[1], status: 'CLAIMED' }] as QueueRow[], result: undefined }));
    expect(await titles(one)).toEqual(['a:Alpha:CLAIMED', 'b:Bravo:CLAIMED']);
  });

  it('concurrent transactions of one store all land, in turn', async () => {
    const store = new CsvQueueStore({ stateDir });
    await Promise.all(
      ['x', 'y', 'z', 'w'].map((id) => store.transact(() => ({ append: [{ id, title: id }], result: undefined }))),
    );
    expect((await store.list()).map((r) => r.id)).toEqual(['a', 'b', 'x', 'y', 'z', 'w']);
  });
});
