import type { Rule } from './types';

const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');

export const bannedPhrase: Rule = (draft, ctx) => {
  const text = fold([draft.title, draft.summary, draft.body_markdown].join(' '));
  return ctx.thresholds.bannedPhrases
    .filter((phrase) => phrase.trim() && text.includes(fold(phrase.trim())))
    .map((phrase) => ({ code: 'BANNED_PHRASE', message: `banned phrase "${phrase}" found` }));
};
