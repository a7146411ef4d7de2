// Raw HTML that must never reach a storefront. Checked on the source so the
// author learns about it, even though rendering sanitises it anyway.
import type { Rule } from './types';

const UNSAFE: Array<[RegExp, string]> = [
  [/<\s*script\b/i, '<script>'],
  [/<\s*iframe\b/i, '<iframe>'],
  [/<[a-z][^>]*\son[a-z]+\s*=/i, 'an on* event attribute'],
  [/javascript\s*:/i, 'a javascript: URL'],
];

export const unsafeHtml: Rule = (draft) => {
  const text = [draft.title, draft.summary, draft.body_markdown].join('\n');
  return UNSAFE.filter(([pattern]) => pattern.test(text)).map(([, what]) => ({
    code: 'UNSAFE_HTML',
    message: `unsafe HTML: ${what}`,
  }));
};
