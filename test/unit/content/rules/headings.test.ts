import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, noHeadings } from '../../../../packages/core/src/domain/content';
import { context, draft, words } from './context';

describe('NO_HEADINGS', () => {
  it('passes 600 words without headings', () => {
    const d = draft({ body_markdown: words(600) });
    expect(noHeadings(d, context(d))).toEqual([]);
  });

  it('flags 601 words without a ## heading', () => {
    const d = draft({ body_markdown: `# Title only\n\n### Small\n\n${words(598)}` });
    expect(noHeadings(d, context(d))).toEqual([
      {
        code: 'NO_HEADINGS',
        message: 'body has 601 words and no second-level heading; expected `## ` headings above 600 words',
      },
    ]);
  });

  it('passes a long body with a ## heading', () => {
    const d = draft({ body_markdown: `${words(300)}\n\n## Part two\n\n${words(400)}` });
    expect(noHeadings(d, context(d))).toEqual([]);
  });

  it('does not take "##" inside a line or a hashtag for a heading', () => {
    const d = draft({ body_markdown: `${words(650)} use ## here\n\n##hashtag` });
    expect(noHeadings(d, context(d))).toHaveLength(1);
  });

  it('uses the configured threshold', () => {
    const d = draft({ body_markdown: words(20) });
    expect(noHeadings(d, context(d, { thresholds: { ...DEFAULT_THRESHOLDS, headingsAfterWords: 19 } }))).toHaveLength(
      1,
    );
  });
});
