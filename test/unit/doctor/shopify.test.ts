import { describe, expect, it } from 'vitest';
import { evaluateShopifyBlog } from '../../../packages/core/src/services/doctor/shopify-blog';
import { evaluateShopifyCredentials } from '../../../packages/core/src/services/doctor/shopify-credentials';
import { evaluateShopifyScopes } from '../../../packages/core/src/services/doctor/shopify-scopes';
import { answer } from './helpers';

describe('shopify.credentials', () => {
  it('passes an exchange that issued a token, without showing it', () => {
    const r = evaluateShopifyCredentials({
      kind: 'client-credentials',
      store: 's.myshopify.com',
      exchange: answer(200, { access_token: 'shpat_issued_secret', scope: 'read_content', expires_in: 86399 }),
    });
    expect(r.status).toBe('pass');
    expect(JSON.stringify(r)).not.toContain('shpat_issued_secret');
  });

  it('fails a refused exchange with where to find the id and secret', () => {
    const r = evaluateShopifyCredentials({
      kind: 'client-credentials',
      store: 's.myshopify.com',
      exchange: answer(400, { error: 'invalid_client', error_description: 'Client authentication failed' }),
    });
    expect(r.detail).toBe('Shopify refused the client id and secret (400: invalid_client)');
    expect(r.fix).toContain('Dev Dashboard → your app → Settings');
  });

  it('fails missing credentials and a rejected legacy token', () => {
    expect(evaluateShopifyCredentials({ kind: 'missing', missing: 'SHOPIFY_STORE_DOMAIN' }).status).toBe('fail');
    const r = evaluateShopifyCredentials({
      kind: 'admin-token',
      store: 's',
      graphql: answer(401, { errors: '[API] Invalid' }),
    });
    expect(r.fix).toContain('SHOPIFY_CLIENT_ID');
  });
});

describe('shopify.scopes', () => {
  const scopes = (...handles: string[]) =>
    answer(200, { data: { currentAppInstallation: { accessScopes: handles.map((handle) => ({ handle })) } } });

  it('passes read and write content (or the online-store-pages equivalents; write includes read) with read_products', () => {
    expect(evaluateShopifyScopes(scopes('read_content', 'write_content', 'read_products')).status).toBe('pass');
    expect(evaluateShopifyScopes(scopes('write_online_store_pages', 'write_products')).status).toBe('pass');
  });

  it('names each missing scope and what was granted', () => {
    expect(evaluateShopifyScopes(scopes('read_products')).detail).toBe(
      'missing read_content and write_content (granted: read_products)',
    );
    // The catalog's scope: without it internal links go unchecked.
    expect(evaluateShopifyScopes(scopes('read_content', 'write_content')).detail).toBe(
      'missing read_products (granted: read_content, write_content)',
    );
    expect(evaluateShopifyScopes(scopes()).detail).toBe(
      'missing read_content, write_content and read_products (granted: none)',
    );
    expect(evaluateShopifyScopes(scopes()).fix).toContain('Versions');
  });
});

describe('shopify.blog', () => {
  it('passes a blog found by its handle and fails another, listing what exists', () => {
    const found = answer(200, { data: { blogs: { nodes: [{ id: 'gid://shopify/Blog/1', handle: 'news' }] } } });
    expect(evaluateShopifyBlog('news', found)).toMatchObject({
      status: 'pass',
      detail: 'found (gid://shopify/Blog/1)',
    });
    const r = evaluateShopifyBlog('stories', found);
    expect(r.detail).toBe('no blog has the handle "stories" (the store has: news)');
    expect(r.fix).toContain('SHOPIFY_BLOG_HANDLE');
  });

  it('fails an ACCESS_DENIED answer rather than calling the blog missing', () => {
    const denied = answer(200, {
      data: null,
      errors: [{ message: 'Access denied', extensions: { code: 'ACCESS_DENIED' } }],
    });
    expect(evaluateShopifyBlog('news', denied).detail).toContain('could not list blogs');
  });
});
