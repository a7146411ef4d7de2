import { PassThrough, Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { RUN_LOG_COLUMNS } from '../../../packages/core/src/model';
import { csvRecord, exportRunHistoryCsv } from '../../../packages/core/src/report';
import { iterate, logRow, runLogRows } from './fixture';

async function exportToString(
  ...args: Parameters<typeof exportRunHistoryCsv> extends [infer L, unknown, ...infer R] ? [L, ...R] : never
) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const result = await exportRunHistoryCsv(args[0], out, args[1]);
  return { result, text: Buffer.concat(chunks).toString('utf8') };
}

describe('exportRunHistoryCsv', () => {
  it('writes the header and every row, error codes joined by |', async () => {
    const { result, text } = await exportToString(iterate(runLogRows), {});
    expect(result.rows).toBe(runLogRows.length);
    const records = parse(text, { columns: true }) as Record<string, string>[];
    expect(text.split('\n')[0]).toBe(RUN_LOG_COLUMNS.join(','));
    expect(records).toHaveLength(runLogRows.length);
    expect(records.find((r) => r.item_id === 'matcha')).toMatchObject({
      outcome: 'blocked',
      error_codes: 'BODY_TOO_SHORT|MISSING_H2',
      cost_usd: '0.01',
    });
  });

  it('filters by status and time window (since inclusive, until exclusive)', async () => {
    const { result, text } = await exportToString(iterate(runLogRows), {
      status: ['drafted', 'published'],
      since: new Date('2025-05-02T10:00:00Z'),
      until: new Date('2025-05-03T09:01:00Z'),
    });
    const records = parse(text, { columns: true }) as Record<string, string>[];
    expect(records.map((r) => `${r.item_id}:${r.outcome}`)).toEqual([
      'green-tea:published',
      'oolong:published',
      'gaiwan:drafted',
    ]);
    expect(result.rows).toBe(3);
  });

  it('quotes fields with commas, quotes and newlines', async () => {
    const { text } = await exportToString(iterate([logRow({ item_id: 'a,"b"\nc' })]), {});
    expect((parse(text, { columns: true }) as Record<string, string>[])[0]?.item_id).toBe('a,"b"\nc');
  });

  it('respects back-pressure: the log is read only as fast as the output drains', async () => {
    let produced = 0;
    let written = 0;
    let maxAhead = 0;
    async function* log() {
      for (let i = 0; i < 10_000; i++) {
        produced++;
        maxAhead = Math.max(maxAhead, produced - written);
        yield logRow({ item_id: `item-${i}` });
      }
    }
    // A slow consumer with a tiny buffer: one line at a time, each acknowledged on a later tick.
    const slow = new Writable({
      highWaterMark: 64,
      write(chunk: Buffer, _enc, done) {
        written += chunk.toString('utf8').split('\n').length - 1;
        setImmediate(done);
      },
    });
    const result = await exportRunHistoryCsv(log(), slow, {});
    expect(result.rows).toBe(10_000);
    expect(written).toBe(10_001); // header included
    // Without back-pressure the generator would run all 10,000 rows ahead; what remains is the streams' own buffers (~16 KB each).
    expect(maxAhead).toBeLessThan(2_000);
  });

  it('writes every record as csv-stringify with escape_formulas does (its fast path for plain rows included)', () => {
    const cells: Array<string | number> = [
      '',
      'plain',
      'a,b',
      'say "hi"',
      'two\nlines',
      'cr\rhere',
      '=HYPERLINK("x")',
      '+1',
      '-1',
      '@SUM(A1)',
      '\tTAB',
      '\uFF1D1',
      'mid=dle',
      'x-y',
      0,
      -5,
      0.0042,
      1e21,
      Number.NaN,
    ];
    const rows = [
      ['2025-03-01T10:00:00.000Z', 'run-1', 'drafted', '', 3, 0.01],
      ...cells.map((cell) => ['a', cell, 'b']),
      cells,
    ];
    for (const row of rows) {
      expect(csvRecord(row)).toBe(stringify([row], { escape_formulas: true }));
    }
    expect(csvRecord(['=1', 'x'])).toBe("'=1,x\n");
  });
});
