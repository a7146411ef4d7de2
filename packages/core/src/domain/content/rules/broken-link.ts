// Every link to the shop itself must lead somewhere: a product, collection,
// page or article that exists. The executor looks each such link up before
// the gate runs (cached per run) and passes what it found as `linkChecks`;
// this rule only reads that. RETRY: the auto-fix pass is told which links are
// broken and removes or replaces them. A link that could not be checked (the
// store refused the lookup) is not reported.
import type { CatalogTarget } from '../../../ports';
import { bodyLinks, isInternalLink } from './internal-link';
import type { Rule } from './types';

/** An optional locale prefix (/de/, /pt-br/) before the resource path. */
const LOCALE = '(?:/[a-z]{2}(?:-[a-z0-9]{2,4})?)?';
const PATHS: Array<[RegExp, (m: RegExpExecArray) => CatalogTarget]> = [
  [new RegExp(`^${LOCALE}/(?:collections/[^/]+/)?products/([^/]+)/?$`, 'i'), (m) => target('product', m[1])],
  [new RegExp(`^${LOCALE}/collections/([^/]+)/?$`, 'i'), (m) => target('collection', m[1])],
  [new RegExp(`^${LOCALE}/pages/([^/]+)/?$`, 'i'), (m) => target('page', m[1])],
  [new RegExp(`^${LOCALE}/blogs/([^/]+)/([^/]+)/?$`, 'i'), (m) => ({ ...target('article', m[2]), blog: m[1] })],
];

function target(kind: CatalogTarget['kind'], handle: string | undefined): CatalogTarget {
  let decoded = handle ?? '';
  try {
    decoded = decodeURIComponent(decoded);
  } catch {}
  return { kind, handle: decoded.toLowerCase() };
}

/**
 * What an internal link names, from its path: a product, collection, page or
 * article. Undefined for an external link and for the shop's other pages
 * (home, /cart, /search, /collections/all, a blog's index), which always exist.
 */
export function linkTarget(href: string, shopHosts: readonly string[] = []): CatalogTarget | undefined {
  if (!isInternalLink(href, shopHosts)) return undefined;
  let path: string;
  try {
    path = new URL(href, 'https://shop.invalid').pathname;
  } catch {
    return undefined;
  }
  for (const [pattern, make] of PATHS) {
    const match = pattern.exec(path);
    if (!match) continue;
    const found = make(match);
    return found.kind === 'collection' && found.handle === 'all' ? undefined : found;
  }
  return undefined;
}

/** The body's links that name something of the shop, each once (what the executor looks up). */
export function catalogLinks(markdown: string, shopHosts: readonly string[] = []): string[] {
  return [...new Set(bodyLinks(markdown))].filter((href) => linkTarget(href, shopHosts) !== undefined);
}

export const brokenLink: Rule = (draft, ctx) => {
  const checks = ctx.linkChecks;
  if (!checks) return [];
  const broken = catalogLinks(draft.body_markdown, ctx.shopHosts).filter((href) => checks.get(href) === false);
  return broken.map((href) => {
    const t = linkTarget(href, ctx.shopHosts);
    return {
      code: 'BROKEN_LINK',
      message: `the link ${href} leads to no ${t?.kind ?? 'page'} of the shop ("${t?.handle ?? ''}" does not exist); expected a link to an existing product, collection, page or article, or none`,
    };
  });
};
