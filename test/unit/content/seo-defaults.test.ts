import { describe, expect, it } from 'vitest';
import { clipAtWord, DEFAULT_THRESHOLDS, withSeoDefaults } from '../../../packages/core/src/domain/content';
import type { Draft } from '../../../packages/core/src/ports';

const base: Draft = {
  title: 'How to Brew Green Tea Without the Bitterness, Every Single Time You Try',
  summary: 'Short.',
  body_markdown:
    'Short.\n\n## Why\n\nGreen tea turns bitter when the water is too hot. Use water at about eighty degrees. Steep it for two minutes and taste it.',
  tags: [],
};

describe('withSeoDefaults', () => {
  it('derives a meta title cut at a word under the limit, and a description of 70–160 from the opening', () => {
    const d = withSeoDefaults(base, DEFAULT_THRESHOLDS);
    expect(d.meta_title).toBe('How to Brew Green Tea Without the Bitterness, Every Single');
    expect(d.meta_title?.length).toBeLessThanOrEqual(60);
    expect(d.meta_description).toBe(
      'Short. Green tea turns bitter when the water is too hot. Use water at about eighty degrees. Steep it for two minutes and taste it.',
    );
    const length = d.meta_description?.length ?? 0;
    expect(length).toBeGreaterThanOrEqual(70);
    expect(length).toBeLessThanOrEqual(160);
  });

  it('uses the summary when it fits, and keeps values the draft has (the gate measures those)', () => {
    const summary = 'A summary that is long enough to serve as the meta description of this article.';
    expect(withSeoDefaults({ ...base, summary }, DEFAULT_THRESHOLDS).meta_description).toBe(summary);
    const own = withSeoDefaults({ ...base, meta_title: 'x'.repeat(80), meta_description: 'tiny' }, DEFAULT_THRESHOLDS);
    expect(own).toMatchObject({ meta_title: 'x'.repeat(80), meta_description: 'tiny' });
  });

  it('clipAtWord never cuts inside a word when it can help it', () => {
    expect(clipAtWord('one two three', 9)).toBe('one two');
    expect(clipAtWord('short', 60)).toBe('short');
  });
});
