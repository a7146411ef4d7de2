import { containsPhrase, plainText } from '../text';
import type { Rule } from './types';

export const keywordMissing: Rule = (draft, ctx) => {
  const text = plainText(draft.body_markdown);
  return ctx.keywords
    .filter((keyword) => !containsPhrase(text, keyword))
    .map((keyword) => ({ code: 'KEYWORD_MISSING', message: `keyword "${keyword}" does not appear in the body` }));
};
