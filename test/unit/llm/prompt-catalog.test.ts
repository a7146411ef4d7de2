import { describe, expect, it } from 'vitest';
import { buildMessages } from '../../../packages/core/src/adapters/llm/prompt';

describe('buildMessages: the shop catalog', () => {
  const item = { id: 'x', title: 'Green tea', brief: '', keywords: ['green tea'] };

  it('lists the matching products and collections with their exact URLs, and says to invent none', () => {
    const [, user] = buildMessages({
      item: {
        ...item,
        catalog: [
          { kind: 'product', handle: 'sencha', title: 'Sencha', url: 'https://tea.example.com/products/sencha' },
          { kind: 'collection', handle: 'green', title: 'Green tea', url: 'https://tea.example.com/collections/green' },
        ],
      },
    });
    expect(user?.content).toContain('- product "Sencha": https://tea.example.com/products/sencha');
    expect(user?.content).toContain('- collection "Green tea": https://tea.example.com/collections/green');
    expect(user?.content).toMatch(/never invent a URL/);
  });

  it('says nothing about the catalog when nothing matched', () => {
    const [, user] = buildMessages({ item });
    expect(user?.content).not.toContain('matching products');
  });
});
