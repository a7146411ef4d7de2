import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSiteArticles, SitePublisher } from '../../packages/core/src/adapters/local/site-publisher';
import { describePublisherContract } from './publisher.contract';

describePublisherContract(
  'SitePublisher (local files)',
  async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'site-publisher-'));
    let tick = 0;
    // A clock that moves, so "newest first" and published_at are observable.
    const now = () => new Date(Date.UTC(2026, 10, 1, 12, 0, tick++));
    return {
      publisher: new SitePublisher({ stateDir, now }),
      countOf: async (itemId) => (await readSiteArticles(stateDir)).filter((a) => a.item_id === itemId).length,
      titleOf: async (id) => (await readSiteArticles(stateDir)).find((a) => a.id === id)?.title,
      fieldsOf: async (id) => {
        const a = (await readSiteArticles(stateDir)).find((article) => article.id === id);
        if (!a) return undefined;
        return {
          summary: a.summary,
          tags: a.tags,
          author: a.author,
          ...(a.image_url && { image: { url: a.image_url, altText: a.image_alt ?? '' } }),
          seo: { title: a.meta_title ?? '', description: a.meta_description ?? '' },
          ...(a.language && { language: a.language }),
          ...(a.publish_at && { publishAt: a.publish_at }),
        };
      },
      close: () => rm(stateDir, { recursive: true, force: true }),
    };
  },
  { articleFields: true },
);
