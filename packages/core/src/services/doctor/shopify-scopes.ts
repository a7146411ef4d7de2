// The app's granted access scopes, read with the Admin GraphQL query
// `currentAppInstallation { accessScopes { handle } }`: blogs and articles
// need read_content (or read_online_store_pages) and articleCreate /
// articleUpdate need write_content (or write_online_store_pages); the
// catalog lookups (products and collections for internal links, BROKEN_LINK)
// need read_products — without it the executor only warns and checks no
// link, so the doctor is where a team learns it. A write scope includes its read.
import { type CheckResult, fail, type HttpObservation, isAnswer, messageOf, pass } from './types';

const ID = 'shopify.scopes';
const TITLE = 'Shopify app has the scopes it needs (read_content, write_content, read_products)';

export const READ_SCOPES = ['read_content', 'read_online_store_pages', 'write_content', 'write_online_store_pages'];
export const WRITE_SCOPES = ['write_content', 'write_online_store_pages'];
export const CATALOG_SCOPES = ['read_products', 'write_products'];

const FIX =
  'Dev Dashboard → your app → Versions → create a version whose access scopes include read_content, ' +
  'write_content and read_products → release it, then approve the updated scopes on the store when its admin asks; ' +
  'a legacy custom app: Shopify admin → Settings → Apps → Develop apps → the app → Configuration → Admin API scopes';

/** Judge the GraphQL answer to the AccessScopes query. */
export function evaluateShopifyScopes(o: HttpObservation): CheckResult {
  if (!isAnswer(o)) return fail(ID, TITLE, `no answer from Shopify: ${o.error}`, 'check the network and run again');
  const body = o.body as
    | { data?: { currentAppInstallation?: { accessScopes?: Array<{ handle?: unknown }> } }; errors?: unknown }
    | undefined;
  const list = body?.data?.currentAppInstallation?.accessScopes;
  if (o.status !== 200 || !Array.isArray(list)) {
    return fail(ID, TITLE, `could not read the granted scopes (HTTP ${o.status}: ${messageOf(o)})`, FIX);
  }
  const granted = list.map((s) => String(s.handle ?? ''));
  const missing = [
    ...(granted.some((s) => READ_SCOPES.includes(s)) ? [] : ['read_content']),
    ...(granted.some((s) => WRITE_SCOPES.includes(s)) ? [] : ['write_content']),
    ...(granted.some((s) => CATALOG_SCOPES.includes(s)) ? [] : ['read_products']),
  ];
  const shown = granted.length > 0 ? granted.join(', ') : 'none';
  if (missing.length === 0) return pass(ID, TITLE, `granted: ${shown}`);
  const named = missing.length > 1 ? `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}` : missing[0];
  return fail(ID, TITLE, `missing ${named} (granted: ${shown})`, FIX);
}
