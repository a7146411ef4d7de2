// findDuplicateIds (domain/queue/parse-row.ts) against its definition, by
// brute force: every row whose trimmed id another row also uses, in row
// order, naming all the others.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicateIds } from '../../../packages/core/src/domain/queue';
import { queueRow } from './rows';

function bruteForce(ids: string[]) {
  return ids.flatMap((raw, i) => {
    const id = raw.trim();
    const others = ids.flatMap((o, j) => (j !== i && o.trim() === id ? [j + 1] : []));
    return id && others.length > 0 ? [{ row: i + 1, id, others }] : [];
  });
}

describe('findDuplicateIds', () => {
  it('finds what comparing every pair finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', ' a', 'c ', '', '  ', 'd'), { maxLength: 12 }), (ids) => {
        const rows = ids.map((id, i) => queueRow({ row: i + 1, id }));
        const found = findDuplicateIds(rows).map((p) => ({
          row: p.row,
          id: p.id,
          others: (/also used by row ([\d, ]+);/.exec(p.message)?.[1] ?? '').split(', ').map(Number),
        }));
        expect(found).toEqual(bruteForce(ids));
      }),
      { numRuns: 500 },
    );
  });
});
