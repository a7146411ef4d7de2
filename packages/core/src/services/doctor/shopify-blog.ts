// The blog the articles go to must exist, looked up by its handle
// (SHOPIFY_BLOG_HANDLE) as the publisher looks it up.
import { type CheckResult, fail, type HttpObservation, isAnswer, messageOf, pass } from './types';

/** Judge the GraphQL answer to the BlogByHandle query. */
export function evaluateShopifyBlog(handle: string, o: HttpObservation): CheckResult {
  const id = 'shopify.blog';
  const title = `Shopify blog "${handle}" exists`;
  if (!isAnswer(o)) return fail(id, title, `no answer from Shopify: ${o.error}`, 'check the network and run again');
  const body = o.body as { data?: { blogs?: { nodes?: Array<{ handle?: unknown; id?: unknown }> } } } | undefined;
  const nodes = body?.data?.blogs?.nodes;
  if (o.status !== 200 || !Array.isArray(nodes)) {
    return fail(
      id,
      title,
      `could not list blogs (HTTP ${o.status}: ${messageOf(o)})`,
      'see shopify.scopes and run again',
    );
  }
  const found = nodes.find((n) => n.handle === handle);
  if (found) return pass(id, title, `found (${String(found.id)})`);
  const others = nodes.map((n) => String(n.handle)).filter(Boolean);
  return fail(
    id,
    title,
    `no blog has the handle "${handle}"${others.length > 0 ? ` (the store has: ${others.join(', ')})` : ''}`,
    'create it in the Shopify admin (Content → Blog posts → Manage blogs → Add blog; the handle is the last part ' +
      'of its URL), or set SHOPIFY_BLOG_HANDLE to an existing blog’s handle',
  );
}
