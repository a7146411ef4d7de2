import { describe, expect, it } from 'vitest';
import { gate, jaccard, nearDuplicate, shingleSet } from '../../../../packages/core/src/domain/content';
import { context, draft } from './context';

const original =
  'Green tea turns bitter when the water is too hot. Use water at about eighty degrees, ' +
  'two grams of leaf for each cup, and steep it for two minutes. Taste it, then adjust the time. ' +
  'Good leaves can be steeped three or four times, each a little longer than the last.';
const reworded = original.replace('Taste it', 'Try it').replace('Good leaves', 'Fine leaves');
const other =
  'Oolong sits between green and black tea. Its leaves are rolled or twisted, partly oxidised, ' +
  'and often roasted over charcoal, which gives the cup notes of honey, stone fruit and toast.';

describe('shingles', () => {
  it('Jaccard of word 4-shingles: 1 for the same text, 0 for unrelated ones', () => {
    expect(jaccard(shingleSet(original), shingleSet(original))).toBe(1);
    expect(jaccard(shingleSet(original), shingleSet(other))).toBe(0);
    expect(jaccard(shingleSet('a b c d e'), shingleSet('a b c d f'))).toBeCloseTo(1 / 3);
  });
});

describe('NEAR_DUPLICATE', () => {
  it('blocks a light rewording of another article and names it', () => {
    const d = draft({ body_markdown: reworded });
    const corpus = [{ itemId: 'green-tea', label: 'article "Brewing green tea" (item green-tea)', text: original }];
    const findings = nearDuplicate(d, context(d, { corpus }));
    expect(findings.map((f) => f.code)).toEqual(['NEAR_DUPLICATE']);
    expect(findings[0]?.message).toContain('article "Brewing green tea" (item green-tea)');
    expect(gate(findings).verdict).toBe('BLOCK');
  });

  it('passes a different article, and never compares a draft with its own item', () => {
    const d = draft({ body_markdown: reworded });
    expect(nearDuplicate(d, context(d, { corpus: [{ label: 'oolong', text: other }] }))).toEqual([]);
    const own = [{ itemId: 'spring-care', label: 'own', text: original }];
    expect(nearDuplicate(d, context(d, { corpus: own }))).toEqual([]);
  });

  it('follows near-duplicate-threshold', () => {
    const d = draft({ body_markdown: reworded });
    const corpus = [{ label: 'x', text: original }];
    const similarity = jaccard(shingleSet(reworded), shingleSet(original));
    const at = (t: number) =>
      context(d, { corpus, thresholds: { ...context(d).thresholds, nearDuplicateThreshold: t } });
    expect(nearDuplicate(d, at(similarity + 0.01))).toEqual([]);
    expect(nearDuplicate(d, at(similarity))).toHaveLength(1);
  });
});
