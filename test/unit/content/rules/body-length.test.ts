import { describe, expect, it } from 'vitest';
import { bodyTooLong, bodyTooShort, DEFAULT_THRESHOLDS } from '../../../../packages/core/src/domain/content';
import { context, draft, words } from './context';

describe('BODY_TOO_SHORT', () => {
  it('passes 300 words', () => {
    const d = draft({ body_markdown: words(300) });
    expect(bodyTooShort(d, context(d))).toEqual([]);
  });

  it('flags 299 words, counting text not markup', () => {
    const d = draft({ body_markdown: `## ${words(2)}\n\n**${words(297)}** [](https://a.example/b/c)` });
    expect(bodyTooShort(d, context(d))).toEqual([
      { code: 'BODY_TOO_SHORT', message: 'body has 299 words; at least 300 expected' },
    ]);
  });

  it('uses the configured threshold', () => {
    const d = draft({ body_markdown: words(10) });
    const thresholds = { ...DEFAULT_THRESHOLDS, bodyMinWords: 10 };
    expect(bodyTooShort(d, context(d, { thresholds }))).toEqual([]);
  });
});

describe('BODY_TOO_LONG', () => {
  it('passes 3000 words', () => {
    const d = draft({ body_markdown: words(3000) });
    expect(bodyTooLong(d, context(d))).toEqual([]);
  });

  it('flags 3001 words', () => {
    const d = draft({ body_markdown: words(3001) });
    expect(bodyTooLong(d, context(d))).toEqual([
      { code: 'BODY_TOO_LONG', message: 'body has 3001 words; at most 3000 expected' },
    ]);
  });

  it('uses the configured threshold', () => {
    const d = draft({ body_markdown: words(11) });
    const thresholds = { ...DEFAULT_THRESHOLDS, bodyMaxWords: 10 };
    expect(bodyTooLong(d, context(d, { thresholds })).map((f) => f.code)).toEqual(['BODY_TOO_LONG']);
  });
});
