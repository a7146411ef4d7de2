import type { Rule } from './types';

const H2 = /^ {0,3}##[ \t]+\S|<h2[\s>]/im;

export const noHeadings: Rule = (draft, ctx) =>
  ctx.words > ctx.thresholds.headingsAfterWords && !H2.test(draft.body_markdown)
    ? [
        {
          code: 'NO_HEADINGS',
          message: `body has ${ctx.words} words and no second-level heading; expected \`## \` headings above ${ctx.thresholds.headingsAfterWords} words`,
        },
      ]
    : [];
