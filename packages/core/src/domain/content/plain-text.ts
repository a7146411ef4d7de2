// Plain text of markdown, for counting and searching: rendered by marked and
// stripped of every tag by sanitize-html (no regex guessing at markup).
// Memoized (memo.ts): the rules of one draft ask for the same body's plain
// text four times (words, keywords, reading ease, shingles).
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { boundedMemo } from './memo';

/** Texts whose plain text is kept: a few drafts in flight at once, each with a body or two. */
const KEPT_TEXTS = 32;

export const plainText: (markdown: string) => string = boundedMemo(plainTextOf, KEPT_TEXTS);

function plainTextOf(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  return sanitizeHtml(html, {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: ['script', 'style', 'iframe', 'textarea', 'noscript'],
  })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

/** Words: runs of letters or digits (apostrophes and hyphens inside a word keep it one). */
export function countWords(markdown: string): number {
  return plainText(markdown).match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
