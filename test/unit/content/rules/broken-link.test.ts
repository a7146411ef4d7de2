import { describe, expect, it } from 'vitest';
import { brokenLink, catalogLinks, gate, linkTarget } from '../../../../packages/core/src/domain/content';
import { context, draft } from './context';

const HOSTS = ['shop.example.com', 'demo.myshopify.com'];

describe('BROKEN_LINK', () => {
  it('reports each internal link the catalog lookup found missing (RETRY), naming it', () => {
    const d = draft({
      body_markdown:
        'Try [sencha](/products/sencha), [matcha](https://shop.example.com/products/matcha-kit) ' +
        'and [our teas](/collections/green-tea), or [elsewhere](https://other.example.org/products/x).',
    });
    const linkChecks = new Map([
      ['/products/sencha', true],
      ['https://shop.example.com/products/matcha-kit', false],
      ['/collections/green-tea', false],
    ]);
    const findings = brokenLink(d, context(d, { linkChecks, shopHosts: HOSTS }));
    expect(findings.map((f) => f.code)).toEqual(['BROKEN_LINK', 'BROKEN_LINK']);
    expect(findings[0]?.message).toContain('https://shop.example.com/products/matcha-kit');
    expect(findings[0]?.message).toContain('product');
    expect(findings[1]?.message).toContain('"green-tea"');
    expect(gate(findings).verdict).toBe('RETRY');
  });

  it('is silent without lookups, and for a link that could not be checked', () => {
    const d = draft({ body_markdown: 'Try [sencha](/products/sencha).' });
    expect(brokenLink(d, context(d, {}))).toEqual([]);
    expect(brokenLink(d, context(d, { linkChecks: new Map() }))).toEqual([]);
  });

  it('reads what a link names from its path', () => {
    expect(linkTarget('/products/Sencha-Tea')).toEqual({ kind: 'product', handle: 'sencha-tea' });
    expect(linkTarget('/collections/tea/products/sencha?variant=1#x')).toEqual({ kind: 'product', handle: 'sencha' });
    expect(linkTarget('/de/collections/tee')).toEqual({ kind: 'collection', handle: 'tee' });
    expect(linkTarget('/pages/about-us')).toEqual({ kind: 'page', handle: 'about-us' });
    expect(linkTarget('https://demo.myshopify.com/blogs/news/brewing', HOSTS)).toEqual({
      kind: 'article',
      handle: 'brewing',
      blog: 'news',
    });
    // Pages every shop has, and links elsewhere, are not looked up.
    for (const href of [
      '/',
      '/cart',
      '/search?q=tea',
      '/collections/all',
      '/blogs/news',
      'https://other.example.org/products/x',
      '//evil.example/products/x',
    ]) {
      expect(linkTarget(href, HOSTS)).toBeUndefined();
    }
  });

  it('lists the body links to look up, each once', () => {
    const md = '[a](/products/a) [a again](/products/a) [home](/) <a href="/pages/faq">faq</a>';
    expect(catalogLinks(md)).toEqual(['/products/a', '/pages/faq']);
  });
});
