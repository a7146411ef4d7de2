// Markdown → HTML that is safe to publish: marked renders, sanitize-html
// keeps an allow-list (no script, iframe, style, event handlers, or
// javascript: URLs). Memoized (memo.ts): a draft's body is rendered for
// its links by two rules and the catalog look-up, then for the page.
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { boundedMemo } from './memo';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'p',
    'br',
    'hr',
    'blockquote',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'b',
    'i',
    'code',
    'pre',
    'a',
    'img',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'del',
    'sup',
    'sub',
    'figure',
    'figcaption',
  ],
  allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt', 'title'], th: ['align'], td: ['align'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};

/** Bodies whose HTML is kept: a few drafts in flight at once. */
const KEPT_BODIES = 32;

export const renderMarkdown: (markdown: string) => string = boundedMemo(
  (markdown: string) => sanitizeHtml(marked.parse(markdown, { async: false, gfm: true }), OPTIONS).trim(),
  KEPT_BODIES,
);
