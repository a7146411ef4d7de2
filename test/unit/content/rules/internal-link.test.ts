import { describe, expect, it } from 'vitest';
import { gate, isInternalLink, noInternalLink } from '../../../../packages/core/src/domain/content';
import { context, draft } from './context';

describe('NO_INTERNAL_LINK', () => {
  it('wants a link to the shop when the catalog has a match (RETRY)', () => {
    const d = draft({ body_markdown: 'See [a blog](https://other.example.org/x).' });
    const findings = noInternalLink(d, context(d, { catalogMatches: 2 }));
    expect(findings.map((f) => f.code)).toEqual(['NO_INTERNAL_LINK']);
    expect(findings[0]?.message).toContain('2 product(s)');
    expect(gate(findings).verdict).toBe('RETRY');
  });

  it('is satisfied by a relative link or a link to a shop host, and silent without matches', () => {
    const relative = draft({ body_markdown: 'Try our [sencha](/products/sencha).' });
    expect(noInternalLink(relative, context(relative, { catalogMatches: 1 }))).toEqual([]);
    const absolute = draft({ body_markdown: '<a href="https://shop.example.com/collections/tea">tea</a>' });
    expect(noInternalLink(absolute, context(absolute, { catalogMatches: 1, shopHosts: ['shop.example.com'] }))).toEqual(
      [],
    );
    const none = draft({ body_markdown: 'No links.' });
    expect(noInternalLink(none, context(none, { catalogMatches: 0 }))).toEqual([]);
  });

  it('does not count a protocol-relative link as internal', () => {
    expect(isInternalLink('//evil.example/x')).toBe(false);
    expect(isInternalLink('/pages/about')).toBe(true);
  });
});
