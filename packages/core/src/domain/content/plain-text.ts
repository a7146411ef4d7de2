// Plain text of markdown, for counting and searching: rendered by marked and
// stripped of every tag by sanitize-html (no regex guessing at markup).
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

export function plainText(markdown: string): string {
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
