// The rules of the local article store, as pure functions over lookups into
// the records (SiteLookup: each answered in O(1) by the store, so a store of
// 10,000 articles costs no more per article than one of 10): one article per
// item id, one per handle, never an overwrite of someone else's handle, and
// a published article is never taken down.
import { stripControlChars } from '../../domain/content/text';
import { ItemError } from '../../errors';
import type { ArticleInput, ArticleRef } from '../../ports';

export interface SiteArticle {
  id: string;
  item_id: string;
  handle: string;
  title: string;
  summary: string;
  body_html: string;
  tags: string[];
  author: string;
  // Issue 11's fields: optional, so records written before them still read.
  /** SEO title and meta description; '' or absent when the input gave none. */
  meta_title?: string;
  meta_description?: string;
  /** Featured image; '' or absent when none. */
  image_url?: string;
  image_alt?: string;
  /** Language tag; '' or absent when none (the page says en). */
  language?: string;
  /** When a post is scheduled to go live (ISO 8601); null or absent when it is not. */
  publish_at?: string | null;
  status: 'draft' | 'published';
  created_at: string;
  updated_at: string;
  published_at: string | null;
}

/** How far `-2`, `-3`, … goes before giving up on a wanted handle. */
const MAX_HANDLE_SUFFIX = 100;

/** A handle that is safe as a file name: lower-case letters, digits and dashes. */
export function safeHandle(wanted: string): string {
  const slug = wanted
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, 100);
  return slug || 'article';
}

/** `wanted`, then `wanted-2`, `wanted-3`, …: the handles we may use for one article. */
export function handleCandidates(wanted: string, max = MAX_HANDLE_SUFFIX): string[] {
  const out = [wanted];
  for (let n = 2; n <= max; n++) out.push(`${wanted}-${n}`);
  return out;
}

/** What the rules ask of the store. */
export interface SiteLookup {
  byId(id: string): SiteArticle | undefined;
  byItem(itemId: string): SiteArticle | undefined;
  hasHandle(handle: string): boolean;
  /** The next free `local-N` id. */
  nextId(): string;
}

/** The first candidate of `wanted` that no article holds. */
export function distinctHandle(articles: readonly SiteArticle[] | SiteLookup, wanted: string): string {
  const handles = 'hasHandle' in articles ? undefined : new Set(articles.map((a) => a.handle));
  const taken = (handle: string) => (handles ? handles.has(handle) : (articles as SiteLookup).hasHandle(handle));
  const free = handleCandidates(safeHandle(wanted)).find((h) => !taken(h));
  if (!free) {
    throw new ItemError(
      'SITE_HANDLE_TAKEN',
      `handle "${wanted}" and its first ${MAX_HANDLE_SUFFIX} variants are taken`,
      false,
    );
  }
  return free;
}

/** N of a `local-N` id; 0 for any other id. */
export function localIdNumber(id: string): number {
  const n = /^local-(\d+)$/.exec(id)?.[1];
  return n ? Number(n) : 0;
}

export function nextArticleId(articles: readonly SiteArticle[]): string {
  let max = 0;
  for (const a of articles) max = Math.max(max, localIdNumber(a.id));
  return `local-${max + 1}`;
}

export function validateInput(input: ArticleInput): void {
  if (!input.item_id.trim()) throw new ItemError('SITE_INVALID', 'article input: item_id is empty', false);
  if (!input.title.trim())
    throw new ItemError('SITE_BLANK', `item ${input.item_id}: the article title is empty`, false);
}

const line = (text: string | undefined) => stripControlChars(text ?? '', { singleLine: true }).trim();

/** The content an input sets; status only moves forward (draft → published). */
function withContent(article: SiteArticle, input: ArticleInput, now: string): SiteArticle {
  const publish = input.published && article.status === 'draft';
  return {
    ...article,
    // Control characters (a NUL in a title) have no place in the store or a page.
    title: stripControlChars(input.title, { singleLine: true }),
    summary: stripControlChars(input.summary),
    body_html: stripControlChars(input.body_html),
    tags: input.tags.map((tag) => stripControlChars(tag, { singleLine: true })),
    author: input.author === undefined ? article.author : stripControlChars(input.author, { singleLine: true }),
    meta_title: line(input.seo?.title),
    meta_description: line(input.seo?.description),
    image_url: line(input.image?.url),
    image_alt: line(input.image?.altText),
    language: line(input.language),
    publish_at: input.publishAt ?? null,
    status: publish ? 'published' : article.status,
    published_at: publish ? now : article.published_at,
    updated_at: now,
  };
}

/**
 * Create, or — when the item already has an article (a racing or repeated
 * create) — update that one instead. Returns the new list and the record.
 */
export function upsertArticle(
  articles: SiteLookup,
  input: ArticleInput,
  now: string,
): { article: SiteArticle; created: boolean } {
  validateInput(input);
  const existing = articles.byItem(input.item_id);
  if (existing) return { article: withContent(existing, input, now), created: false };
  const blank: SiteArticle = {
    id: articles.nextId(),
    item_id: input.item_id,
    handle: distinctHandle(articles, input.handle),
    title: '',
    summary: '',
    body_html: '',
    tags: [],
    author: '',
    meta_title: '',
    meta_description: '',
    image_url: '',
    image_alt: '',
    language: '',
    publish_at: null,
    status: 'draft',
    created_at: now,
    updated_at: now,
    published_at: null,
  };
  return { article: withContent(blank, input, now), created: true };
}

function byId(articles: SiteLookup, id: string): SiteArticle {
  const found = articles.byId(id);
  if (!found) throw new ItemError('SITE_NOT_FOUND', `article ${id} is not in the local site store`, false);
  return found;
}

/** Update an article's content; the handle (its address) stays. */
export function updateArticle(
  articles: SiteLookup,
  id: string,
  input: ArticleInput,
  now: string,
): { article: SiteArticle } {
  validateInput(input);
  const existing = byId(articles, id);
  if (existing.item_id !== input.item_id) {
    throw new ItemError(
      'SITE_NOT_OWNED',
      `article ${id} belongs to item ${existing.item_id}, not to item ${input.item_id}; refusing to overwrite it`,
      false,
    );
  }
  return { article: withContent(existing, input, now) };
}

/** Make a draft live without touching its content; `changed` is false for an article already live. */
export function publishArticleDraft(
  articles: SiteLookup,
  id: string,
  now: string,
): { article: SiteArticle; changed: boolean } {
  const existing = byId(articles, id);
  if (existing.status === 'published') return { article: existing, changed: false };
  return { article: { ...existing, status: 'published', published_at: now, updated_at: now }, changed: true };
}

/** Where a local article lives, relative to the state folder. */
export function siteArticlePath(handle: string): string {
  return `site/articles/${handle}.html`;
}

export function toArticleRef(article: SiteArticle): ArticleRef {
  return {
    id: article.id,
    item_id: article.item_id,
    handle: article.handle,
    title: article.title,
    url: siteArticlePath(article.handle),
    status: article.status,
  };
}
