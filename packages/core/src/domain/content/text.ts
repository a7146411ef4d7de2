// Text helpers for counting, comparing and cleaning. Plain text of markdown
// (rendered by marked, stripped by sanitize-html) is in plain-text.ts,
// re-exported here: a module that only cleans or compares text does not load
// the renderer (start-up, issue 12).
export { countWords, plainText } from './plain-text';
export { normalizeTitle } from './title';

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A whole word or phrase, case-insensitive, any spacing between its words. */
export function containsPhrase(text: string, phrase: string): boolean {
  const words = phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  if (!words) return true;
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const LINE_BREAKS_AND_TABS = /\r\n|[\t\n\r]/g;

/**
 * Text without C0/C1 control characters (NUL, ESC, BEL, DEL, …): they have no
 * place in a page, a cell or the store, and some (NUL) break what reads them.
 * Tab and line breaks stay as they are (a queue cell round-trips them);
 * with `singleLine` (titles, ids, log cells) each becomes one space.
 */
export function stripControlChars(text: string, options: { singleLine?: boolean } = {}): string {
  const cleaned = text.replace(CONTROL, '');
  return options.singleLine ? cleaned.replace(LINE_BREAKS_AND_TABS, ' ') : cleaned;
}

/** The draft's one-line optional fields (meta title, image, author, …). */
const LINE_FIELDS = ['meta_title', 'meta_description', 'image_url', 'image_alt', 'author', 'language'] as const;

/** A draft fit for a page or the store: one-line title, tags and fields, control characters gone. */
export function cleanDraft<T extends { title: string; summary: string; body_markdown: string; tags: string[] }>(
  draft: T,
): T {
  const fields: Record<string, string> = {};
  for (const key of LINE_FIELDS) {
    const value = (draft as Record<string, unknown>)[key];
    if (typeof value === 'string') fields[key] = stripControlChars(value, { singleLine: true });
  }
  return {
    ...draft,
    ...fields,
    title: stripControlChars(draft.title, { singleLine: true }),
    summary: stripControlChars(draft.summary),
    body_markdown: stripControlChars(draft.body_markdown),
    tags: draft.tags.map((tag) => stripControlChars(tag, { singleLine: true })),
  };
}
