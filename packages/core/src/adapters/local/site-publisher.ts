// The embedded default Publisher: articles as HTML pages under
// `<state>/site/` (the records in `articles.json` and its journal
// `articles.jsonl`, `articles/<handle>.html`, and `index.html`), so a person
// can open the result in a browser. Each change costs the same however many
// articles the site holds; `flush` (end of run) writes the index (site-store.ts).
//
// Exactly-once: `create` checks for the item's article and inserts under one
// cross-process lock, so two processes creating for the same item id end
// with one article (the later call updates the first's record).
// An article's `url` is the page's path relative to the state folder:
// `site/articles/<handle>.html`.
import type {
  ArticleFields,
  ArticleInput,
  ArticleLookup,
  ArticleRef,
  ArticleText,
  Clock,
  Publisher,
} from '../../ports';
import { publishArticleDraft, toArticleRef, updateArticle, upsertArticle } from './site-articles';
import { SiteStore } from './site-store';

export interface SitePublisherOptions {
  /** The state folder (`.autopilot/` by default in the CLI). */
  stateDir: string;
  /** A lock older than this belongs to a dead process (min 5000, default 10000). */
  lockStaleMs?: number;
  now?: Clock;
}

export class SitePublisher implements Publisher {
  private readonly store: SiteStore;
  private readonly now: Clock;

  constructor(options: SitePublisherOptions) {
    this.store = new SiteStore(options.stateDir, options.lockStaleMs ?? 10_000);
    this.now = options.now ?? (() => new Date());
  }

  find(lookup: ArticleLookup): Promise<ArticleRef | undefined> {
    return this.store.read((articles) => {
      const byId = lookup.article_id ? articles.byId(lookup.article_id) : undefined;
      if (byId?.item_id === lookup.item_id) return toArticleRef(byId);
      // item_id is unique in the store, so this also covers the handle lookup.
      const byItem = articles.byItem(lookup.item_id);
      return byItem ? toArticleRef(byItem) : undefined;
    });
  }

  create(article: ArticleInput): Promise<ArticleRef> {
    return this.store.transact((articles) => {
      const change = upsertArticle(articles, article, this.now().toISOString());
      return { touched: [change.article], result: toArticleRef(change.article) };
    });
  }

  update(id: string, article: ArticleInput): Promise<ArticleRef> {
    return this.store.transact((articles) => {
      const change = updateArticle(articles, id, article, this.now().toISOString());
      return { touched: [change.article], result: toArticleRef(change.article) };
    });
  }

  /** The article's current fields, as a version keeps them (the update path, rollback). */
  read(id: string): Promise<ArticleFields | undefined> {
    return this.store.read((articles) => {
      const a = articles.byId(id);
      if (!a) return undefined;
      return {
        handle: a.handle,
        title: a.title,
        summary: a.summary,
        body_html: a.body_html,
        tags: [...a.tags],
        author: a.author,
        ...(a.image_url && { image: { url: a.image_url, altText: a.image_alt ?? '' } }),
        seo: { title: a.meta_title ?? '', description: a.meta_description ?? '' },
      };
    });
  }

  async articleTexts(): Promise<ArticleText[]> {
    const articles = await this.store.all();
    return articles.map(({ id, item_id, title, body_html }) => ({ id, item_id, title, body_html }));
  }

  publishDraft(id: string): Promise<ArticleRef> {
    return this.store.transact((articles) => {
      const change = publishArticleDraft(articles, id, this.now().toISOString());
      return { touched: change.changed ? [change.article] : [], result: toArticleRef(change.article) };
    });
  }

  /** Fold the journal into `articles.json` and write the index: once, at the end of a run. */
  flush(): Promise<void> {
    return this.store.flush();
  }
}

export function createSitePublisher(options: SitePublisherOptions): SitePublisher {
  return new SitePublisher(options);
}

export type { SiteArticle } from './site-articles';
export { readSiteArticles, sitePaths } from './site-store';
