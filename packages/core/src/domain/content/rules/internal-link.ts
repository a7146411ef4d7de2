// At least one link to the shop itself when the shop has something that
// matches the item (catalogMatches, looked up before drafting). RETRY: the
// auto-fix pass is given the matches and adds a link.
import { renderMarkdown } from '../render';
import type { Rule } from './types';

const HREF = /<a\s[^>]*href="([^"]*)"/gi;

/** Links of the body, as rendered (so markdown and HTML links count alike). */
export function bodyLinks(markdown: string): string[] {
  return [...renderMarkdown(markdown).matchAll(HREF)].map((match) => (match[1] ?? '').replace(/&amp;/g, '&'));
}

/** A link to the shop: a root-relative path, or an absolute URL on one of the shop's hosts. */
export function isInternalLink(href: string, shopHosts: readonly string[] = []): boolean {
  if (href.startsWith('/') && !href.startsWith('//')) return true;
  try {
    const host = new URL(href).hostname.toLowerCase();
    return shopHosts.some((shop) => shop.toLowerCase() === host);
  } catch {
    return false;
  }
}

export const noInternalLink: Rule = (draft, ctx) => {
  const matches = ctx.catalogMatches ?? 0;
  if (matches === 0) return [];
  if (bodyLinks(draft.body_markdown).some((href) => isInternalLink(href, ctx.shopHosts))) return [];
  return [
    {
      code: 'NO_INTERNAL_LINK',
      message: `the body links to nothing in the shop, though ${matches} product(s) or collection(s) match; expected at least one internal link`,
    },
  ];
};
