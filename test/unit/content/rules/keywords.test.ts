import { describe, expect, it } from 'vitest';
import { keywordMissing } from '../../../../packages/core/src/domain/content';
import { context, draft } from './context';

const body = 'Prune your **Rose Bushes** in early spring. Mulch\nwell. C++ fans welcome.';

describe('KEYWORD_MISSING', () => {
  it('passes keywords present as whole words or phrases, any case or spacing', () => {
    const d = draft({ body_markdown: body });
    expect(keywordMissing(d, context(d, { keywords: ['rose bushes', 'SPRING', 'mulch well', 'c++'] }))).toEqual([]);
  });

  it('passes with no keywords', () => {
    const d = draft({ body_markdown: body });
    expect(keywordMissing(d, context(d))).toEqual([]);
  });

  it('flags each absent keyword, and a keyword only inside another word', () => {
    const d = draft({ body_markdown: body });
    expect(keywordMissing(d, context(d, { keywords: ['fertiliser', 'bush', 'pruning', 'spring'] }))).toEqual([
      { code: 'KEYWORD_MISSING', message: 'keyword "fertiliser" does not appear in the body' },
      { code: 'KEYWORD_MISSING', message: 'keyword "bush" does not appear in the body' },
      { code: 'KEYWORD_MISSING', message: 'keyword "pruning" does not appear in the body' },
    ]);
  });

  it('does not count a keyword that only appears in a link URL', () => {
    const d = draft({ body_markdown: 'See [this page](https://example.com/fertiliser).' });
    expect(keywordMissing(d, context(d, { keywords: ['fertiliser'] }))).toHaveLength(1);
  });
});
