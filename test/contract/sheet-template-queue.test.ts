// examples/sheet-template.csv is what users import into their Queue tab: it
// must carry every known column, in order, and read cleanly as a queue.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readQueueTable } from '../../packages/core/src/adapters/local/csv-table';
import { parseCsvTable } from '../../packages/core/src/adapters/local/queue-csv-file';
import { QUEUE_COLUMNS } from '../../packages/core/src/model';

describe('examples/sheet-template.csv', () => {
  it('has the queue columns as its header and three readable PENDING rows', async () => {
    const path = join(import.meta.dirname, '../../examples/sheet-template.csv');
    const table = parseCsvTable(await readFile(path, 'utf8'), path);
    expect(table.header).toEqual([...QUEUE_COLUMNS]);
    const { rows, warnings } = readQueueTable(table, path);
    expect(warnings).toEqual([]);
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      ['cold-brew-basics', 'PENDING'],
      ['matcha-whisking', 'PENDING'],
      ['tea-and-food-pairing', 'PENDING'],
    ]);
    expect(rows.every((r) => r.title !== '' && r.brief !== '' && Object.keys(r.extra).length === 0)).toBe(true);
  });
});
