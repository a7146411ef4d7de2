// The article's own columns (issue 11): split like keywords, checked where they have a shape.
import { describe, expect, it } from 'vitest';
import { parseQueueRow } from '../../../packages/core/src/domain/queue';
import { articleInputOf } from '../../../packages/core/src/services/executor/content';
import { queueRow } from './rows';

describe('queue row article fields', () => {
  it('splits tags and links like keywords', () => {
    const parsed = parseQueueRow(
      queueRow({ row: 1, id: 'a', tags: 'tea; how-to,', links: 'sencha, green-tea-collection' }),
    );
    expect(parsed.ok && parsed.item.tags).toEqual(['tea', 'how-to']);
    expect(parsed.ok && parsed.item.links).toEqual(['sencha', 'green-tea-collection']);
  });

  it('refuses an image_url that is not an http(s) URL and a language that is not a tag, naming the field', () => {
    const parsed = parseQueueRow(
      queueRow({ row: 1, id: 'a', image_url: 'javascript:alert(1)', language: 'English please' }),
    );
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? [] : parsed.problems;
    expect(problems.map((p) => p.field)).toEqual(['image_url', 'language']);
    expect(problems[0]?.message).toContain('expected an http(s) URL');
    expect(
      parseQueueRow(queueRow({ row: 1, id: 'a', image_url: 'https://cdn.example.com/x.jpg', language: 'pt-BR' })).ok,
    ).toBe(true);
  });
});

describe('articleInputOf', () => {
  const now = new Date('2026-11-01T12:00:00Z');
  const item = (fields: Record<string, string> = {}) => {
    const parsed = parseQueueRow(queueRow({ row: 1, id: 'g1', keywords: 'green tea', ...fields }));
    if (!parsed.ok) throw new Error('bad row');
    return parsed.item;
  };
  const draft = {
    title: 'Green tea',
    summary: 'A summary.',
    body_markdown: 'Body **bold**.',
    tags: ['tea'],
    meta_description: 'A meta description.',
    image_url: 'https://cdn.example.com/g.jpg',
    image_alt: 'Leaves',
    language: 'en',
  };

  it('passes summary, tags, author, image, SEO and language through to the publisher', () => {
    expect(articleInputOf(item(), draft, { published: false, author: 'Setting author', now })).toEqual({
      item_id: 'g1',
      handle: 'green-tea',
      title: 'Green tea',
      summary: 'A summary.',
      body_html: '<p>Body <strong>bold</strong>.</p>',
      tags: ['tea'],
      author: 'Setting author',
      image: { url: 'https://cdn.example.com/g.jpg', altText: 'Leaves' },
      seo: { title: 'Green tea', description: 'A meta description.' },
      language: 'en',
      published: false,
    });
  });

  it("the row's author wins over the setting; a future publish_at becomes publishAt", () => {
    const input = articleInputOf(
      item({ publish_at: '2026-12-01T09:00:00Z' }),
      { ...draft, author: 'Mei' },
      {
        published: false,
        author: 'Setting author',
        now,
      },
    );
    expect(input.author).toBe('Mei');
    expect(input.publishAt).toBe('2026-12-01T09:00:00.000Z');
    expect(
      articleInputOf(item({ publish_at: '2026-10-01T09:00:00Z' }), draft, { published: true, now }).publishAt,
    ).toBe(undefined);
  });
});
