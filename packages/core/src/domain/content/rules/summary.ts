import type { Rule } from './types';

export const summaryTooLong: Rule = (draft, ctx) => {
  const length = [...draft.summary.trim()].length;
  return length > ctx.thresholds.summaryMax
    ? [
        {
          code: 'SUMMARY_TOO_LONG',
          message: `summary has ${length} characters; at most ${ctx.thresholds.summaryMax} expected`,
        },
      ]
    : [];
};
