// SEO fields a draft lacks, derived so an article never goes out without
// them: the SEO title from the title (cut at a word under the limit), the
// meta description from the summary when it fits the range, else from the
// opening of the text. A value the draft has — the row's, the front
// matter's or the model's — is kept as it is, and the gate measures it.
import type { Draft } from '../../ports';
import { plainText } from './text';
import type { ContentThresholds } from './thresholds';

/** `text` cut to at most `max` characters at a word boundary (no ellipsis: search engines add their own). */
export function clipAtWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if ([...clean].length <= max) return clean;
  const cut = [...clean].slice(0, max + 1).join('');
  const end = cut.lastIndexOf(' ');
  return (end > max / 2 ? cut.slice(0, end) : [...clean].slice(0, max).join('')).replace(/[\s,;:–—-]+$/, '');
}

/** The opening sentences of the text, as many as fit in `max` characters (at least `min` when the text has them). */
function openingOf(text: string, min: number, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const sentences = clean.match(/[^.!?]+[.!?]+(?=\s|$)|[^.!?]+$/g) ?? [];
  let out = '';
  for (const sentence of sentences) {
    const next = `${out} ${sentence.trim()}`.trim();
    if ([...next].length > max) break;
    out = next;
  }
  return [...out].length >= min ? out : clipAtWord(clean, max);
}

/** Markdown without its `#` heading lines: a heading is not a sentence of a description. */
function withoutHeadings(markdown: string): string {
  return markdown.replace(/^ {0,3}#{1,6}[ \t].*$/gm, '');
}

/** The text an article opens with: the body, after the summary unless the body already begins with it. */
function startingWith(summary: string, body: string): string {
  const text = body.replace(/\s+/g, ' ').trim();
  return summary && !text.startsWith(summary) ? `${summary} ${text}` : text;
}

export function withSeoDefaults(
  draft: Draft,
  thresholds: Pick<ContentThresholds, 'metaTitleMax' | 'metaDescriptionMin' | 'metaDescriptionMax'>,
): Draft {
  const { metaTitleMax, metaDescriptionMin: min, metaDescriptionMax: max } = thresholds;
  const out = { ...draft };
  if (!out.meta_title?.trim() && out.title.trim()) out.meta_title = clipAtWord(out.title, metaTitleMax);
  if (!out.meta_description?.trim()) {
    const summary = plainText(out.summary).replace(/\s+/g, ' ').trim();
    const length = [...summary].length;
    const derived =
      length >= min && length <= max
        ? summary
        : openingOf(startingWith(summary, plainText(withoutHeadings(out.body_markdown))), min, max);
    if (derived) out.meta_description = derived;
  }
  return out;
}
