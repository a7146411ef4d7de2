// The shingle index must find exactly what comparing a draft with every
// corpus entry finds (the NEAR_DUPLICATE verdict before the index): the same
// entry, the same similarity, or none — on random corpora built from a small
// vocabulary (so texts share many shingles), at random and boundary
// thresholds, with entries added, replaced and taken out along the way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildShingleIndex,
  type CorpusEntry,
  emptyShingleIndex,
  indexEntry,
  jaccard,
  nearestEntry,
  shingleSet,
  unindexEntry,
} from '../../../../packages/core/src/domain/content';

/** The rule as it was: every entry compared, the first of the most similar named. */
function bruteForce(entries: readonly CorpusEntry[], text: string, threshold: number, excludeItemId?: string) {
  const mine = shingleSet(text);
  if (mine.size === 0) return undefined;
  let best: { entry: CorpusEntry; similarity: number } | undefined;
  for (const entry of entries) {
    if (entry.itemId !== undefined && entry.itemId === excludeItemId) continue;
    const similarity = jaccard(mine, shingleSet(entry.text));
    if (similarity >= threshold && (!best || similarity > best.similarity)) best = { entry, similarity };
  }
  return best;
}

const word = fc.constantFrom('tea', 'leaf', 'water', 'hot', 'cup', 'green', 'black', 'steep');
// Mostly variations of one base text (near-copies), sometimes a text of its own, sometimes too short to shingle.
const base = 'green tea leaf in hot water then steep the cup of black tea leaf for the water';
const text = fc.oneof(
  fc.array(word, { minLength: 0, maxLength: 14 }).map((w) => w.join(' ')),
  fc.tuple(fc.nat(16), fc.array(word, { maxLength: 3 })).map(([at, extra]) => {
    const words = base.split(' ');
    words.splice(at, extra.length > 1 ? 1 : 0, ...extra);
    return words.join(' ');
  }),
  fc.constant(base),
);
const itemId = fc.option(fc.constantFrom('a', 'b', 'c', 'me'), { nil: undefined });
const entry = fc.record({ itemId, label: fc.string({ maxLength: 3 }), text });
const threshold = fc.oneof(
  fc.constantFrom(0, 1, 0.5, 0.6, 1 / 3, 2 / 3, 1.2, -0.1),
  fc.double({ min: 0, max: 1, noNaN: true }),
);

const same = (
  found: { entry: CorpusEntry; similarity: number } | undefined,
  expected: { entry: CorpusEntry; similarity: number } | undefined,
) => {
  expect(found?.entry).toBe(expected?.entry);
  expect(found?.similarity).toBe(expected?.similarity);
};

describe('shingle index: the same verdict as comparing with every entry', () => {
  it('on a corpus indexed whole', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 25 }), text, threshold, fc.boolean(), (entries, draft, t, boundary) => {
        // Often exactly at some entry's similarity, where the rounding of the bounds matters most.
        const mine = shingleSet(draft);
        const at = boundary && entries.length > 0 ? jaccard(mine, shingleSet(entries[0]?.text ?? '')) : t;
        same(nearestEntry(buildShingleIndex(entries), draft, at, 'me'), bruteForce(entries, draft, at, 'me'));
      }),
      { numRuns: 3000 },
    );
  });

  it('on a corpus kept up to date: entries added, replaced and taken out', () => {
    const op = fc.record({ key: fc.nat(8), remove: fc.boolean(), entry });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), text, threshold, (ops, draft, t) => {
        const index = emptyShingleIndex();
        const live = new Map<number, CorpusEntry>();
        for (const { key, remove, entry: e } of ops) {
          if (remove) {
            unindexEntry(index, `k${key}`);
            live.delete(key);
          } else {
            // Placed by key, as the run corpus places queue rows by row number.
            indexEntry(index, `k${key}`, e, key);
            live.set(key, e);
          }
        }
        const ordered = [...live].sort(([a], [b]) => a - b).map(([, e]) => e);
        same(nearestEntry(index, draft, t, 'me'), bruteForce(ordered, draft, t, 'me'));
      }),
      { numRuns: 3000 },
    );
  });

  it('a text indexed again unchanged is not shingled again, and an edit replaces it', () => {
    const index = emptyShingleIndex();
    const first = { label: 'x', text: base };
    indexEntry(index, 'k', first, 0);
    const shingles = index.ids.size;
    const again = { ...first, label: 'y' };
    indexEntry(index, 'k', again, 0);
    expect(index.docs.size).toBe(1);
    expect(index.ids.size).toBe(shingles);
    // The entry given last is the one named.
    expect(nearestEntry(index, base, 1)?.entry).toBe(again);
    indexEntry(index, 'k', { label: 'x', text: `${base} and a new ending here` }, 0);
    expect(index.docs.size).toBe(1);
    expect(nearestEntry(index, base, 1)).toBeUndefined();
    expect(nearestEntry(index, `${base} and a new ending here`, 1)?.entry.label).toBe('x');
  });
});
