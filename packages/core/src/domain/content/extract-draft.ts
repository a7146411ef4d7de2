// A draft from human-written markdown: optional YAML front matter (title,
// summary, tags, meta_title, meta_description, image_url, image_alt, author,
// language), the title from the row or else the first `# ` heading, the
// summary from front matter or else the first paragraph.
import { parse as parseYaml } from 'yaml';
import { ItemError } from '../../errors';
import type { QueueRow } from '../../model';
import type { Draft } from '../../ports';
import { splitKeywords } from '../queue/parse-row';
import { plainText } from './text';

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const H1 = /^#[ \t]+(.+?)[ \t#]*$/m;

function frontMatter(markdown: string, row: QueueRow): { data: Record<string, unknown>; body: string } {
  const match = FRONT_MATTER.exec(markdown);
  if (!match) return { data: {}, body: markdown };
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    throw new ItemError(
      'FRONT_MATTER_INVALID',
      `row ${row.row} (id "${row.id}"): the front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
      false,
    );
  }
  const record = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  return { data: record, body: markdown.slice(match[0].length) };
}

/** First sentence(s) of the first paragraph, kept under `max` characters where a sentence ends in time. */
function summaryFrom(body: string, max = 160): string {
  const paragraph = body
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .find((p) => p && !/^(#|[-*+] |\d+\. |>|```|<)/.test(p));
  if (!paragraph) return '';
  const text = plainText(paragraph).replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('! '), cut.lastIndexOf('? '));
  return end > 40 ? cut.slice(0, end + 1) : text;
}

function tagsFrom(value: unknown): string[] | undefined {
  if (Array.isArray(value))
    return value
      .map(String)
      .map((t) => t.trim())
      .filter(Boolean);
  if (typeof value === 'string') return splitKeywords(value);
  return undefined;
}

export function extractDraft(markdown: string, row: QueueRow): Draft {
  const { data, body: afterFrontMatter } = frontMatter(markdown, row);
  let body = afterFrontMatter;
  const heading = H1.exec(body);
  const fmTitle = typeof data.title === 'string' ? data.title.trim() : '';
  const title = row.title.trim() || fmTitle || heading?.[1]?.trim() || '';
  // The title is shown by the page itself: drop a leading `# Title` from the body.
  if (heading && body.slice(0, heading.index).trim() === '') body = body.slice(heading.index + heading[0].length);
  body = body.replace(/^\s+/, '');
  const summary = typeof data.summary === 'string' ? data.summary.trim() : summaryFrom(body);
  const draft: Draft = {
    title,
    summary,
    body_markdown: body,
    tags: tagsFrom(data.tags) ?? splitKeywords(row.keywords),
  };
  // The article's own fields, where the front matter gives them (the row's cells still win: mergeRowFields).
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string).trim() : '');
  const fields = {
    meta_title: text('meta_title'),
    meta_description: text('meta_description'),
    image_url: text('image_url') || text('image'),
    image_alt: text('image_alt'),
    author: text('author'),
    language: text('language'),
  };
  for (const [key, value] of Object.entries(fields)) if (value) draft[key as keyof typeof fields] = value;
  return draft;
}
