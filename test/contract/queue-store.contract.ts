// The QueueStore contract (DESIGN §4): every adapter — the CSV file and the
// Sheets tab — must pass it. `seed` puts a table (given as CSV text) in the
// store; `dump` returns the stored table as a grid of cells, so the suite can
// check layout (column positions, untouched rows) and not only what list()
// shows.
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../packages/core/src/errors';
import { QUEUE_COLUMNS, type QueueRow } from '../../packages/core/src/model';
import type { QueueStore } from '../../packages/core/src/ports';

export interface QueueStoreHarness {
  store: QueueStore;
  seed(csvText: string): Promise<void>;
  /** The stored table, header first, trailing empty cells dropped. */
  dump(): Promise<string[][]>;
  cleanup(): Promise<void>;
}

/** Cells of CSV text, trailing empty cells dropped (as Sheets reports them). */
export function csvGrid(text: string): string[][] {
  const records = parse(text, { relax_column_count: true, bom: true }) as string[][];
  return records.map(trimRow);
}

export function trimRow(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}

const byId = (rows: readonly QueueRow[], id: string): QueueRow => {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`no row with id ${id}`);
  return row;
};

export function describeQueueStoreContract(name: string, makeStore: () => Promise<QueueStoreHarness>): void {
  describe(`QueueStore contract: ${name}`, () => {
    let h: QueueStoreHarness;
    beforeEach(async () => {
      h = await makeStore();
    });
    afterEach(async () => {
      await h.cleanup();
    });

    it('matches header names case-insensitively and trimmed, in any column order', async () => {
      await h.seed(' STATUS ,Title,Id\nPENDING,Hello,a1\nDONE,World,a2\n');
      const rows = await h.store.list();
      expect(rows.map((r) => [r.row, r.id, r.title, r.status])).toEqual([
        [1, 'a1', 'Hello', 'PENDING'],
        [2, 'a2', 'World', 'DONE'],
      ]);
      expect(rows[0]?.brief).toBe('');
      expect(rows[0]?.extra).toEqual({});
    });

    it('writes known columns into their own positions, whatever the order', async () => {
      await h.seed('status,title,id\nPENDING,Hello,a1\n');
      await h.store.transact((rows) => ({ update: [{ ...byId(rows, 'a1'), status: 'IN_PROGRESS' }], result: null }));
      expect(await h.dump()).toEqual([
        ['status', 'title', 'id'],
        ['IN_PROGRESS', 'Hello', 'a1'],
      ]);
    });

    it('keeps unknown columns, their values and positions across writes', async () => {
      await h.seed('id,Owner Notes,status,Campaign\n1,keep me,PENDING,spring\n2,"also, kept",PENDING,\n');
      const before = await h.store.list();
      expect(byId(before, '1').extra).toEqual({ 'Owner Notes': 'keep me', Campaign: 'spring' });
      await h.store.transact((rows) => ({ update: [{ ...byId(rows, '2'), status: 'FAILED' }], result: null }));
      expect(await h.dump()).toEqual([
        ['id', 'Owner Notes', 'status', 'Campaign'],
        ['1', 'keep me', 'PENDING', 'spring'],
        ['2', 'also, kept', 'FAILED'],
      ]);
      expect(byId(await h.store.list(), '2').extra).toEqual({ 'Owner Notes': 'also, kept', Campaign: '' });
    });

    it('writes an edited unknown column back in place', async () => {
      await h.seed('id,Campaign,status\n1,spring,PENDING\n');
      await h.store.transact((rows) => {
        const row = byId(rows, '1');
        return { update: [{ ...row, extra: { ...row.extra, Campaign: 'summer' } }], result: null };
      });
      expect(await h.dump()).toEqual([
        ['id', 'Campaign', 'status'],
        ['1', 'summer', 'PENDING'],
      ]);
    });

    it('updates only the rows it is given', async () => {
      await h.seed('id,title,status\n1,one,PENDING\n2,two,PENDING\n3,three,PENDING\n');
      await h.store.transact((rows) => ({ update: [{ ...byId(rows, '2'), status: 'PUBLISHED' }], result: null }));
      expect(await h.dump()).toEqual([
        ['id', 'title', 'status'],
        ['1', 'one', 'PENDING'],
        ['2', 'two', 'PUBLISHED'],
        ['3', 'three', 'PENDING'],
      ]);
    });

    it('adds a missing known column to the header only when a write sets it', async () => {
      await h.seed('id,title\n1,one\n');
      await h.store.transact((rows) => ({ update: [{ ...byId(rows, '1'), title: 'uno' }], result: null }));
      expect((await h.dump())[0]).toEqual(['id', 'title']);
      await h.store.transact((rows) => ({ update: [{ ...byId(rows, '1'), notes: 'checked' }], result: null }));
      expect(await h.dump()).toEqual([
        ['id', 'title', 'notes'],
        ['1', 'uno', 'checked'],
      ]);
      expect(byId(await h.store.list(), '1').notes).toBe('checked');
    });

    it('appends rows at the end with the next row numbers', async () => {
      await h.seed('id,title,status,Campaign\n1,one,PENDING,x\n');
      await h.store.transact(() => ({
        append: [
          { id: '2', title: 'two', status: 'PENDING' },
          { id: '3', title: 'three', extra: { Campaign: 'y' } },
        ],
        result: null,
      }));
      const rows = await h.store.list();
      expect(rows.map((r) => [r.row, r.id, r.title, r.status, r.extra.Campaign])).toEqual([
        [1, '1', 'one', 'PENDING', 'x'],
        [2, '2', 'two', 'PENDING', ''],
        [3, '3', 'three', '', 'y'],
      ]);
      expect((await h.dump())[0]).toEqual(['id', 'title', 'status', 'Campaign']);
    });

    it('creates the table with every known column when appending to an empty store', async () => {
      expect(await h.store.list()).toEqual([]);
      await h.store.transact(() => ({ append: [{ id: 'first', title: 'First' }], result: null }));
      const dump = await h.dump();
      expect(dump[0]).toEqual([...QUEUE_COLUMNS]);
      expect((await h.store.list()).map((r) => [r.row, r.id, r.title])).toEqual([[1, 'first', 'First']]);
    });

    it('returns the plan result, hands the plan a fresh snapshot, and writes nothing for no change', async () => {
      await h.seed('id,status\n1,PENDING\n2,PENDING\n');
      const seen = await h.store.transact((rows) => ({ result: rows.map((r) => r.id).join('+') }));
      expect(seen).toBe('1+2');
      await h.store.transact((rows) => ({ update: [{ ...byId(rows, '1'), status: 'IN_PROGRESS' }], result: 1 }));
      const status = await h.store.transact((rows) => ({ result: byId(rows, '1').status }));
      expect(status).toBe('IN_PROGRESS');
      const before = await h.dump();
      await h.store.transact((rows) => ({ update: [...rows], result: null }));
      expect(await h.dump()).toEqual(before);
    });

    it('round-trips ids and values with commas, quotes, newlines, unicode and formula-like text', async () => {
      await h.seed('id,title,brief,status\n');
      const tricky = {
        id: 'x,1 "q"',
        title: 'Ünïcödé — 日本語 🚀',
        brief: 'line one\nline "two", with comma\r\nthree',
        keywords: ' leading and trailing ',
        notes: '=SUM(A1:A2)',
        attempts: '007',
      };
      await h.store.transact(() => ({ append: [tricky], result: null }));
      const [row] = await h.store.list();
      expect(row).toMatchObject(tricky);
      await h.store.transact((rows) => ({ update: [{ ...(rows[0] as QueueRow), status: 'PENDING' }], result: null }));
      expect((await h.store.list())[0]).toMatchObject({ ...tricky, status: 'PENDING' });
    });

    it('reads empty cells and short rows as empty text', async () => {
      await h.seed('id,title,brief,status\n1,,,PENDING\n2\n');
      const rows = await h.store.list();
      expect(rows.map((r) => [r.id, r.title, r.brief, r.status])).toEqual([
        ['1', '', '', 'PENDING'],
        ['2', '', '', ''],
      ]);
      await h.store.transact((r) => ({ update: [{ ...byId(r, '2'), status: 'SKIPPED' }], result: null }));
      expect(byId(await h.store.list(), '2').status).toBe('SKIPPED');
    });

    it('skips blank rows but keeps counting them in row numbers', async () => {
      await h.seed('id,title\n1,one\n,\n3,three\n');
      const rows = await h.store.list();
      expect(rows.map((r) => [r.row, r.id])).toEqual([
        [1, '1'],
        [3, '3'],
      ]);
      await h.store.transact((r) => ({ update: [{ ...byId(r, '3'), title: 'THREE' }], result: null }));
      expect(byId(await h.store.list(), '3')).toMatchObject({ row: 3, title: 'THREE' });
    });

    it('rejects a table whose header has no id column, naming what it expected', async () => {
      await h.seed('name,title\n1,one\n');
      const error = await h.store.list().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toMatch(/no 'id' column/);
      await expect(h.store.transact(() => ({ result: null }))).rejects.toBeInstanceOf(UserError);
    });
  });
}
