// The DUPLICATE_TITLE memory an item's draft is checked against: a view over
// the claim's titles and this run's, answering as the merged copy it replaced
// (the run's titles win; the row's own title is never a duplicate of itself).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { titleLookup } from '../../../packages/core/src/services/executor/run';

/** What the executor built per item before: a copy of the claim's titles less the row's own, the run's on top. */
function mergedCopy(claim: Map<string, string>, run: Map<string, string>, ownId: string): Map<string, string> {
  return new Map([...[...claim].filter(([, id]) => id !== ownId), ...run]);
}

describe('titleLookup', () => {
  it('leaves out the row itself, not another row with the same title', () => {
    const claim = new Map([
      ['green tea', 'me'],
      ['black tea', 'other'],
    ]);
    const lookup = titleLookup(claim, new Map(), 'me');
    expect(lookup.get('green tea')).toBeUndefined();
    expect(lookup.get('black tea')).toBe('other');
    expect(lookup.get('oolong')).toBeUndefined();
  });

  it("sees this run's titles as they are added, and they win over the claim's", () => {
    const run = new Map<string, string>();
    const lookup = titleLookup(new Map([['green tea', 'me']]), run, 'me');
    run.set('green tea', 'earlier-item');
    run.set('white tea', 'me');
    expect(lookup.get('green tea')).toBe('earlier-item');
    expect(lookup.get('white tea')).toBe('me');
  });

  it('answers as the merged copy did, for any titles', () => {
    const ids = fc.constantFrom('a', 'b', 'c', ' a');
    const titles = fc.constantFrom('t1', 't2', 't3', 't4');
    fc.assert(
      fc.property(fc.array(fc.tuple(titles, ids)), fc.array(fc.tuple(titles, ids)), ids, (c, r, own) => {
        const claim = new Map(c);
        const run = new Map(r);
        const copy = mergedCopy(claim, run, own);
        const lookup = titleLookup(claim, run, own);
        for (const t of ['t1', 't2', 't3', 't4', 't5']) expect(lookup.get(t)).toBe(copy.get(t));
      }),
    );
  });
});
