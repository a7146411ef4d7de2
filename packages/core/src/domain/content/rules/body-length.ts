import type { Rule } from './types';

export const bodyTooShort: Rule = (_draft, ctx) =>
  ctx.words < ctx.thresholds.bodyMinWords
    ? [
        {
          code: 'BODY_TOO_SHORT',
          message: `body has ${ctx.words} words; at least ${ctx.thresholds.bodyMinWords} expected`,
        },
      ]
    : [];

export const bodyTooLong: Rule = (_draft, ctx) =>
  ctx.words > ctx.thresholds.bodyMaxWords
    ? [
        {
          code: 'BODY_TOO_LONG',
          message: `body has ${ctx.words} words; at most ${ctx.thresholds.bodyMaxWords} expected`,
        },
      ]
    : [];
