// Linked to the shop (issue 11): before drafting the executor looks up the
// shop's products and collections matching the row (keywords, links) and
// hands them to the model with their URLs; every internal link of a draft is
// looked up (cached per run), and one to nothing is a BROKEN_LINK finding.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JsonCatalog } from '../../../packages/core/src/adapters/local/catalog-json';
import type { ShopifyPublisher } from '../../../packages/core/src/adapters/shopify';
import type { Draft, GenerateRequest, Generator } from '../../../packages/core/src/ports';
import { type FakeShopify, startFakeShopify } from '../../fakes/shopify-server';
import { createWorld, fakeShopifyPublisher, goodMarkdown, pendingRow, type World } from './world';

let world: World | undefined;
let fake: FakeShopify | undefined;
afterEach(async () => {
  await world?.cleanup();
  await fake?.close();
  world = undefined;
  fake = undefined;
});

const PRODUCTS = [
  { handle: 'sencha', title: 'Sencha green tea' },
  { handle: 'matcha-kit', title: 'Matcha starter kit' },
];

describe('executor: links to the shop', () => {
  it('local: a human-written link to a product catalog.json lacks is blocked as BROKEN_LINK; a real one passes', async () => {
    world = await createWorld({
      rows: [
        pendingRow('bad', {
          keywords: 'green tea',
          content: goodMarkdown(['green tea'], 'See [kit](/products/no-such-kit).'),
        }),
        pendingRow('good', {
          keywords: 'green tea',
          content: goodMarkdown(['green tea'], 'See [sencha](/products/sencha).'),
        }),
      ],
    });
    await writeFile(
      join(world.stateDir, 'catalog.json'),
      JSON.stringify({ shop: 'https://tea.example.com', products: PRODUCTS }),
    );
    const catalog = await JsonCatalog.open(world.stateDir);
    const result = await world.run({ concurrency: 1 }, { catalog });
    const byId = new Map(result.items.map((i) => [i.item_id, i]));
    expect(byId.get('bad')).toMatchObject({ outcome: 'blocked', codes: ['BROKEN_LINK'] });
    expect(byId.get('bad')?.message).toContain('/products/no-such-kit');
    expect((await world.row('bad')).notes).toContain('[BROKEN_LINK]');
    expect(byId.get('good')?.outcome).toBe('drafted');
  });

  it('Shopify: the model gets the matching products with their URLs; its broken link is fixed on the auto-fix pass', async () => {
    fake = await startFakeShopify({
      products: PRODUCTS,
      primaryDomain: 'tea.example.com',
      scopes: ['read_content', 'write_content', 'read_products'],
    });
    const store = fake;
    const requests: GenerateRequest[] = [];
    // First a link to a product the shop does not have, then (told BROKEN_LINK) the real one.
    const generator: Generator = {
      async generate(request) {
        requests.push(request);
        const link = request.fix ? '[sencha](https://tea.example.com/products/sencha)' : '[kit](/products/gyokuro-kit)';
        const draft: Draft = {
          title: 'Brewing green tea',
          summary: 'How to brew green tea well, from water to timing.',
          body_markdown: goodMarkdown(['green tea'], `Try ${link}.`),
          tags: ['tea'],
        };
        return { draft, usage: { tokens_in: 1, tokens_out: 1, cost_usd: 0 } };
      },
    };
    let publisher: ShopifyPublisher | undefined;
    world = await createWorld({
      rows: [{ id: 'gen', title: '', keywords: 'green tea', status: 'PENDING' }],
      publisher: (_site, clock) => {
        publisher = fakeShopifyPublisher(store, clock);
        return publisher;
      },
    });
    const result = await world.run({}, { generator, catalog: publisher?.catalog() });
    expect(result.items.map((i) => i.outcome)).toEqual(['drafted']);
    expect(requests[0]?.item.catalog).toEqual([
      { kind: 'product', handle: 'sencha', title: 'Sencha green tea', url: 'https://tea.example.com/products/sencha' },
    ]);
    expect(requests[1]?.fix?.findings.map((f) => f.code)).toContain('BROKEN_LINK');
    expect(store.calls.filter((c) => c.operation === 'CatalogSearch')).toHaveLength(1);
    expect(store.calls.filter((c) => c.operation === 'CatalogProducts').map((c) => c.variables.query)).toEqual([
      'handle:"gyokuro-kit"',
      'handle:"sencha"',
    ]);
  });
});
