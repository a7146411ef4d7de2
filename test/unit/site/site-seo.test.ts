// The local site's article page carries the article's SEO fields, image and schedule.
import { describe, expect, it } from 'vitest';
import type { SiteArticle } from '../../../packages/core/src/adapters/local/site-articles';
import { renderArticlePage, scriptJson } from '../../../packages/core/src/adapters/local/site-html';

const article: SiteArticle = {
  id: 'local-1',
  item_id: 'green-tea',
  handle: 'green-tea',
  title: 'How to Brew Green Tea Without the Bitterness',
  summary: 'Bitter green tea is a brewing problem.',
  body_html: '<p>Body</p>',
  tags: ['tea'],
  author: 'Mei Lin',
  meta_title: 'Brew Green Tea Without Bitterness',
  meta_description: 'The right water temperature, leaf amount and steeping time for a sweet cup.',
  image_url: 'https://images.example.com/green.jpg',
  image_alt: 'Leaves in a glass pot',
  language: 'de',
  publish_at: null,
  status: 'published',
  created_at: '2026-11-01T10:00:00.000Z',
  updated_at: '2026-11-01T10:00:00.000Z',
  published_at: '2026-11-01T10:00:00.000Z',
};

function jsonLd(page: string): Record<string, unknown> {
  const text = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)?.[1];
  return JSON.parse(text ?? 'null');
}

describe('article page fields', () => {
  it('title from meta_title, meta description, Open Graph tags and lang', () => {
    const page = renderArticlePage(article);
    expect(page).toContain('<title>Brew Green Tea Without Bitterness</title>');
    expect(page).toContain(`<meta name="description" content="${article.meta_description}">`);
    expect(page).toContain('<meta property="og:title" content="Brew Green Tea Without Bitterness">');
    expect(page).toContain(`<meta property="og:description" content="${article.meta_description}">`);
    expect(page).toContain('<meta property="og:image" content="https://images.example.com/green.jpg">');
    expect(page).toContain('<meta property="og:type" content="article">');
    expect(page).toContain('<html lang="de">');
  });

  it('JSON-LD BlogPosting with headline, description, image, author, datePublished, inLanguage', () => {
    expect(jsonLd(renderArticlePage(article))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: article.title,
      description: article.meta_description,
      image: article.image_url,
      author: { '@type': 'Person', name: 'Mei Lin' },
      datePublished: '2026-11-01T10:00:00.000Z',
      dateModified: '2026-11-01T10:00:00.000Z',
      inLanguage: 'de',
    });
  });

  it('JSON-LD cannot be closed early by text in a field', () => {
    const hostile = { ...article, title: '</script><script>alert(1)</script>', author: '<!--' };
    const page = renderArticlePage(hostile);
    expect(page.match(/<\/script>/g)).toHaveLength(1);
    expect(jsonLd(page).headline).toBe(hostile.title);
    expect(scriptJson('<&>\u2028')).toBe('"\\u003c\\u0026\\u003e\\u2028"');
  });

  it('the featured image with its alt text; no image, no figure and no og:image', () => {
    expect(renderArticlePage(article)).toContain(
      '<img src="https://images.example.com/green.jpg" alt="Leaves in a glass pot">',
    );
    const none = renderArticlePage({ ...article, image_url: '', image_alt: '' });
    expect(none).not.toContain('<img');
    expect(none).not.toContain('og:image');
    expect(renderArticlePage({ ...article, image_url: 'javascript:alert(1)' })).not.toContain('javascript:');
  });

  it('says "scheduled for" a post whose publish_at is ahead, and not once it has passed', () => {
    const future = { ...article, status: 'draft' as const, published_at: null, publish_at: '2026-12-24T08:00:00.000Z' };
    expect(renderArticlePage(future)).toContain('scheduled for 2026-12-24T08:00:00.000Z');
    expect(renderArticlePage(future, new Date('2026-12-25T00:00:00Z'))).not.toContain('scheduled for');
  });

  it('falls back to the title and summary for a record without SEO fields', () => {
    const old: SiteArticle = { ...article, meta_title: undefined, meta_description: undefined };
    const page = renderArticlePage(old);
    expect(page).toContain(`<title>${article.title}</title>`);
    expect(page).toContain(`<meta name="description" content="${article.summary}">`);
  });
});
