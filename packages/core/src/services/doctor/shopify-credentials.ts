// Shopify credentials: a Dev Dashboard app's client id and secret must
// exchange for an Admin API token (the client credentials grant); a legacy
// custom app's static Admin API token must be accepted by the Admin API.
import { type CheckResult, fail, type HttpObservation, isAnswer, messageOf, pass } from './types';

export type ShopifyCredentialsObservation =
  | { kind: 'missing'; missing: string }
  | { kind: 'client-credentials'; store: string; exchange: HttpObservation }
  | { kind: 'admin-token'; store: string; graphql: HttpObservation };

const ID = 'shopify.credentials';

export function evaluateShopifyCredentials(o: ShopifyCredentialsObservation): CheckResult {
  if (o.kind === 'missing') {
    return fail(
      ID,
      'Shopify credentials',
      `${o.missing} is not set`,
      'set SHOPIFY_STORE_DOMAIN (a variable, like my-store.myshopify.com) and either SHOPIFY_CLIENT_ID (variable) + ' +
        'SHOPIFY_CLIENT_SECRET (secret) from your Dev Dashboard app, or SHOPIFY_ADMIN_TOKEN (secret) of a legacy custom app',
    );
  }
  if (o.kind === 'client-credentials') {
    const title = `Shopify client credentials exchange for a token on ${o.store}`;
    const x = o.exchange;
    if (!isAnswer(x))
      return fail(ID, title, `no answer from ${o.store}: ${x.error}`, 'check SHOPIFY_STORE_DOMAIN and the network');
    const token = (x.body as { access_token?: unknown } | undefined)?.access_token;
    if (x.status === 200 && typeof token === 'string' && token) {
      return pass(ID, title, 'Shopify issued an Admin API access token (client credentials grant)');
    }
    if (x.status === 404) {
      return fail(
        ID,
        title,
        `no token endpoint at ${o.store} (404)`,
        'check SHOPIFY_STORE_DOMAIN: the store’s my-store.myshopify.com domain',
      );
    }
    if (x.status >= 400 && x.status < 500) {
      return fail(
        ID,
        title,
        `Shopify refused the client id and secret (${x.status}: ${messageOf(x)})`,
        'copy Client ID and Secret from the Dev Dashboard → your app → Settings into SHOPIFY_CLIENT_ID (variable) and ' +
          `SHOPIFY_CLIENT_SECRET (secret); the app must be installed on ${o.store}, a store of the app's own organization`,
      );
    }
    return fail(ID, title, `unexpected answer (HTTP ${x.status}: ${messageOf(x)})`, 'run the doctor again');
  }
  const title = `Shopify accepts SHOPIFY_ADMIN_TOKEN on ${o.store}`;
  const g = o.graphql;
  if (!isAnswer(g))
    return fail(ID, title, `no answer from ${o.store}: ${g.error}`, 'check SHOPIFY_STORE_DOMAIN and the network');
  if (g.status === 200) return pass(ID, title, 'the Admin API answered with this token (legacy custom app)');
  if (g.status === 401) {
    return fail(
      ID,
      title,
      `Shopify rejected SHOPIFY_ADMIN_TOKEN (401: ${messageOf(g)})`,
      'the token was revoked or mistyped; custom apps made since 1 January 2026 have no static token: make a Dev ' +
        'Dashboard app and set SHOPIFY_CLIENT_ID / SHOPIFY_CLIENT_SECRET instead',
    );
  }
  if (g.status === 404) {
    return fail(
      ID,
      title,
      `no Admin API at ${o.store} (404)`,
      'check SHOPIFY_STORE_DOMAIN and SHOPIFY_API_VERSION (a supported YYYY-MM version)',
    );
  }
  return fail(ID, title, `unexpected answer (HTTP ${g.status}: ${messageOf(g)})`, 'run the doctor again');
}
