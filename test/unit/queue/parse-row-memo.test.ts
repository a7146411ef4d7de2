// parseQueueRow is memoised by the cells it reads: a row read again (a new
// object, the same cells) parses once. The memo must never change a result:
// the item carries the row it was given, and no cell outside the key can
// change what the parse says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARSED_CELLS, parseQueueRow, parseQueueRowUnmemoized } from '../../../packages/core/src/domain/queue';
import { QUEUE_COLUMNS, type QueueRow } from '../../../packages/core/src/model';
import { queueRow } from './rows';

// Values that are wrong for one cell or another: any cell the parse reads trips on one of them.
const odd = fc.constantFrom('', 'P9', 'nope', '-1', '2026-13-45', 'ftp://x', 'x y', 'REJECTED', 'approved', '3', 'en');

describe('parseQueueRow memo', () => {
  it('gives what an unmemoised parse gives, with the row it was given', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...PARSED_CELLS), odd), fc.nat(5), (cells, n) => {
        const row = queueRow({ row: n + 2, ...cells });
        const again = { ...row };
        const first = parseQueueRow(row);
        const second = parseQueueRow(again);
        expect(second).toEqual(parseQueueRowUnmemoized(again));
        expect(first).toEqual(second);
        if (second.ok) expect(second.item.row).toBe(again);
      }),
      { numRuns: 500 },
    );
  });

  it('reads no cell outside its key (a cell it starts reading must join PARSED_CELLS)', () => {
    const others = QUEUE_COLUMNS.filter((c) => !(PARSED_CELLS as readonly string[]).includes(c));
    expect(others.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...others), odd, (column, value) => {
        const row = queueRow({ row: 2, id: 'a', keywords: 'tea' });
        const changed: QueueRow = { ...row, [column]: value };
        const strip = (r: ReturnType<typeof parseQueueRowUnmemoized>) =>
          r.ok ? { ...r, item: { ...r.item, row: undefined } } : r;
        expect(strip(parseQueueRowUnmemoized(changed))).toEqual(strip(parseQueueRowUnmemoized(row)));
      }),
      { numRuns: 300 },
    );
  });

  it('a frozen row is parsed once per time zone, and its result is the unmemoised one', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...PARSED_CELLS), odd), (cells) => {
        const row = Object.freeze(queueRow({ row: 2, ...cells }));
        const first = parseQueueRow(row);
        expect(parseQueueRow(row)).toBe(first);
        expect(first).toEqual(parseQueueRowUnmemoized(row));
        const zoned = parseQueueRow(row, { timeZone: 'Asia/Tokyo' });
        expect(zoned).toEqual(parseQueueRowUnmemoized(row, { timeZone: 'Asia/Tokyo' }));
      }),
      { numRuns: 200 },
    );
  });

  it('a row that is not frozen is never kept by identity (it may change)', () => {
    const row = queueRow({ row: 2, id: 'a', priority: 'P9' });
    const before = parseQueueRow(row);
    expect(before.ok).toBe(false);
    row.priority = 'P1';
    expect(parseQueueRow(row)).toEqual(parseQueueRowUnmemoized(row));
  });
});
