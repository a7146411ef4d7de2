// The local site's pages: one small self-contained HTML page per article and
// an index. Every text we put in HTML is escaped; the body arrives already
// sanitised (rendered and cleaned by the content step) and goes in as is.
import { stripControlChars } from '../../domain/content/text';
import type { SiteArticle } from './site-articles';

/** Hand-written: five replacements do not need a dependency. Control characters are dropped, not escaped. */
export function escapeHtml(text: string): string {
  return stripControlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE = `
  body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.6; color: #222; }
  a { color: #0b5cad; }
  .badge { display: inline-block; padding: 0.1rem 0.6rem; border-radius: 0.3rem; font-size: 0.8rem; font-weight: 700; letter-spacing: 0.05em; }
  .badge.draft { background: #fff3cd; color: #7a5a00; border: 1px solid #e0c060; }
  .badge.published { background: #d1f2dc; color: #0f5a2b; border: 1px solid #6cc38a; }
  .banner { padding: 0.6rem 1rem; border-radius: 0.4rem; margin: 1rem 0; font-weight: 700; }
  .banner.draft { background: #fff3cd; border: 2px dashed #e0c060; }
  .banner.published { background: #d1f2dc; border: 2px solid #6cc38a; }
  .summary { font-size: 1.1rem; color: #555; }
  .tags li { display: inline-block; margin-right: 0.4rem; background: #eee; padding: 0 0.5rem; border-radius: 0.3rem; list-style: none; }
  .tags { padding: 0; }
  .meta { color: #777; font-size: 0.85rem; }
  .featured img { max-width: 100%; height: auto; border-radius: 0.4rem; }
  table { border-collapse: collapse; width: 100%; }
  td, th { text-align: left; padding: 0.4rem; border-bottom: 1px solid #ddd; }
`;

function badge(status: SiteArticle['status']): string {
  return `<span class="badge ${status}">${status === 'draft' ? 'DRAFT' : 'PUBLISHED'}</span>`;
}

function layout(title: string, body: string, head = '', lang = 'en'): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>${head}
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * JSON for a `<script>` element: `<` (so no `</script>` or `<!--` can end or
 * bend it), `>`, `&` and the two JavaScript line separators as \u escapes.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const webUrl = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : '');

/** A post whose publish_at is still ahead of `now` (default: when its page was written). */
export function scheduledFor(article: SiteArticle, now?: Date): string | undefined {
  const at = article.publish_at ? Date.parse(article.publish_at) : Number.NaN;
  const reference = now?.getTime() ?? Date.parse(article.updated_at);
  return Number.isFinite(at) && at > reference ? (article.publish_at ?? undefined) : undefined;
}

/** `<meta>` description, Open Graph tags and JSON-LD BlogPosting for an article page. */
function articleHead(article: SiteArticle): string {
  const title = article.meta_title || article.title;
  const description = article.meta_description || article.summary;
  const image = webUrl(article.image_url);
  const meta = (attr: 'name' | 'property', key: string, value: string) =>
    value ? `\n<meta ${attr}="${key}" content="${escapeHtml(value)}">` : '';
  const posting = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: article.title,
    ...(description && { description }),
    ...(image && { image }),
    ...(article.author && { author: { '@type': 'Person', name: article.author } }),
    datePublished: article.published_at ?? article.publish_at ?? article.created_at,
    dateModified: article.updated_at,
    inLanguage: article.language || 'en',
  };
  return [
    meta('name', 'description', description),
    meta('property', 'og:type', 'article'),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('property', 'og:image', image),
    meta('property', 'og:image:alt', image ? (article.image_alt ?? '') : ''),
    `\n<script type="application/ld+json">${scriptJson(posting)}</script>`,
  ].join('');
}

export function renderArticlePage(article: SiteArticle, now?: Date): string {
  const scheduled = scheduledFor(article, now);
  const banner = scheduled
    ? `SCHEDULED — scheduled for ${scheduled}.`
    : article.status === 'draft'
      ? 'DRAFT — not published yet; waiting for approval.'
      : `PUBLISHED — live since ${article.published_at ?? article.updated_at}.`;
  const image = webUrl(article.image_url);
  const figure = image
    ? `<figure class="featured"><img src="${escapeHtml(image)}" alt="${escapeHtml(article.image_alt ?? '')}"></figure>\n`
    : '';
  const tags = article.tags.length
    ? `<ul class="tags">${article.tags.map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul>`
    : '';
  const author = article.author ? ` · by ${escapeHtml(article.author)}` : '';
  return layout(
    article.meta_title || article.title,
    `<p><a href="../index.html">&larr; All articles</a></p>
<div class="banner ${article.status}">${badge(article.status)} ${escapeHtml(banner)}</div>
<article>
<h1>${escapeHtml(article.title)}</h1>
<p class="meta">item ${escapeHtml(article.item_id)}${author} · updated ${escapeHtml(article.updated_at)}</p>
${article.summary ? `<p class="summary">${escapeHtml(article.summary)}</p>` : ''}
${figure}${article.body_html}
${tags}
</article>`,
    articleHead(article),
    article.language || 'en',
  );
}

/** Newest first: by update time, then by id for a stable order. */
function newestFirst(a: SiteArticle, b: SiteArticle): number {
  return b.updated_at.localeCompare(a.updated_at) || b.id.localeCompare(a.id, 'en', { numeric: true });
}

export function renderIndexPage(articles: readonly SiteArticle[]): string {
  const rows = [...articles]
    .sort(newestFirst)
    .map(
      (a) =>
        `<tr><td><a href="articles/${encodeURIComponent(a.handle)}.html">${escapeHtml(a.title)}</a></td>` +
        `<td>${badge(a.status)}</td><td>${escapeHtml(a.updated_at)}</td></tr>`,
    )
    .join('\n');
  const published = articles.filter((a) => a.status === 'published').length;
  return layout(
    'Blog Autopilot — local site',
    `<h1>Blog Autopilot — local site</h1>
<p class="meta">${articles.length} article(s): ${published} published, ${articles.length - published} draft(s).</p>
${
  articles.length
    ? `<table>
<thead><tr><th>Title</th><th>Status</th><th>Updated</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
    : '<p>No articles yet. Run the executor to write some.</p>'
}`,
  );
}
