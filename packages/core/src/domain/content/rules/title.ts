import type { Rule } from './types';

export const titleMissing: Rule = (draft) =>
  draft.title.trim()
    ? []
    : [
        {
          code: 'TITLE_MISSING',
          message: 'the article has no title; expected a title in the row, front matter or a `# ` heading',
        },
      ];

export const titleTooLong: Rule = (draft, ctx) => {
  const length = [...draft.title.trim()].length;
  return length > ctx.thresholds.titleMax
    ? [
        {
          code: 'TITLE_TOO_LONG',
          message: `title has ${length} characters; at most ${ctx.thresholds.titleMax} expected`,
        },
      ]
    : [];
};
