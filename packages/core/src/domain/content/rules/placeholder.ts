import type { Rule } from './types';

const PLACEHOLDERS: Array<[RegExp, string]> = [
  [/\[TODO\]/i, '[TODO]'],
  [/(?<![\p{L}\p{N}])TBD(?![\p{L}\p{N}])/u, 'TBD'],
  [/lorem\s+ipsum/i, 'lorem ipsum'],
  [/\{\{/, '{{'],
];

export const placeholder: Rule = (draft) => {
  const text = [draft.title, draft.summary, draft.body_markdown].join('\n');
  return PLACEHOLDERS.filter(([pattern]) => pattern.test(text)).map(([, shown]) => ({
    code: 'PLACEHOLDER',
    message: `placeholder "${shown}" left in the article`,
  }));
};
